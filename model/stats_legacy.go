package model

// The first statistics rollups (migration step 6), replaced by
// event_counts and partnership_counts in step 7, which drops them. Step 6
// still creates them, so that a database migrated step by step goes
// through the same schemas as one migrated when step 6 was new.

type legacyEventStat struct {
	Year   int    `gorm:"primaryKey;autoIncrement:false"`
	Month  int    `gorm:"primaryKey;autoIncrement:false"`
	Kind   string `gorm:"primaryKey;size:20"`
	Status string `gorm:"primaryKey;size:20"`
	Format string `gorm:"primaryKey;size:20"`
	N      int64  `gorm:"not null;default:0"`
}

func (legacyEventStat) TableName() string { return "event_stats" }

type legacyPartnershipStat struct {
	EstYear int    `gorm:"primaryKey;autoIncrement:false"`
	Country string `gorm:"primaryKey;size:2"`
	Type    string `gorm:"primaryKey;size:20"`
	Status  string `gorm:"primaryKey;size:20"`
	N       int64  `gorm:"not null;default:0"`
}

func (legacyPartnershipStat) TableName() string { return "partnership_stats" }
