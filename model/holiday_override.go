package model

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/holidays"
	"github.com/youcheng/youcheng/model/pdate"
)

// HolidayOverride is a holiday schedule the office loaded itself for one
// country (and region) and year: it replaces or amends the built-in days
// (see holidays.Override). One per (country, region, year).
type HolidayOverride struct {
	Meta
	Country string `gorm:"size:2;not null;uniqueIndex:ux_holiday_override,priority:1"`
	// Region is the canonical ISO 3166-2 code, "" for the national set.
	Region string `gorm:"size:10;not null;default:'';uniqueIndex:ux_holiday_override,priority:2"`
	Year   int    `gorm:"not null;uniqueIndex:ux_holiday_override,priority:3"`
	Mode   string `gorm:"size:10;not null"`
	Source string `gorm:"type:text;not null"`
	// Complete nil: true for replace, the built-in value for amend.
	Complete *bool
	Items    []HolidayOverrideItem `gorm:"type:text;not null;serializer:json"`
}

// HolidayOverrideItem is one listed day of an override.
type HolidayOverrideItem struct {
	Date      string `json:"date"`
	NameEN    string `json:"name_en,omitempty"`
	NameLocal string `json:"name_local,omitempty"`
	NameZH    string `json:"name_zh,omitempty"`
	Kind      string `json:"kind"`
}

// holidayOverridesGeneration is the settings key whose value changes with
// every change to the overrides (see holidays.Service.Sync).
const holidayOverridesGeneration = "holiday_overrides_generation"

// ToHolidays converts o for the holiday engine.
func (o *HolidayOverride) ToHolidays() holidays.Override {
	out := holidays.Override{Country: o.Country, Region: o.Region, Year: o.Year, Mode: holidays.Mode(o.Mode),
		Source: o.Source, Complete: o.Complete, Items: make([]holidays.Day, len(o.Items))}
	for i, it := range o.Items {
		d, _ := pdate.Parse(it.Date)
		out.Items[i] = holidays.Day{Date: d, NameEN: it.NameEN, NameLocal: it.NameLocal, NameZH: it.NameZH, Kind: holidays.Kind(it.Kind)}
	}
	return out
}

// HolidayOverrideInput is an override as the office writes it (the PUT body
// or the import file); Items' dates are strings so that a malformed one is
// reported as items[i].date.
type HolidayOverrideInput struct {
	Country, Region string
	Year            int
	Mode            string
	Source          string
	Complete        *bool
	Items           []HolidayOverrideItem
}

// checkHolidayOverride validates in against the holiday engine and returns
// the override to store (country and region canonical), or a KindInvalid
// error naming each field at fault (items[i].date, items[i].kind, …).
func checkHolidayOverride(hol *holidays.Service, in HolidayOverrideInput) (*HolidayOverride, error) {
	var p Problems
	o := holidays.Override{Country: in.Country, Region: in.Region, Year: in.Year, Mode: holidays.Mode(in.Mode),
		Source: in.Source, Complete: in.Complete, Items: make([]holidays.Day, len(in.Items))}
	badDate := map[int]bool{}
	for i, it := range in.Items {
		o.Items[i] = holidays.Day{NameEN: it.NameEN, NameLocal: it.NameLocal, NameZH: it.NameZH, Kind: holidays.Kind(it.Kind)}
		if it.Date == "" {
			continue // reported by the engine as required
		}
		d, err := pdate.ParseFull(it.Date)
		if err != nil {
			p.Add("items["+itoa(int64(i))+"].date", "%q is not a date YYYY-MM-DD", it.Date)
			badDate[i] = true
			continue
		}
		o.Items[i].Date = d
	}
	for _, pr := range hol.CheckOverride(&o) {
		if strings.HasSuffix(pr.Field, "].date") && badDate[itemIndex(pr.Field)] {
			continue
		}
		p.Add(pr.Field, pr.Format, pr.Args...)
	}
	for i, it := range in.Items {
		checkText(&p, "items["+itoa(int64(i))+"].name_en", it.NameEN, MaxName, false, true)
		checkText(&p, "items["+itoa(int64(i))+"].name_local", it.NameLocal, MaxName, false, true)
		checkText(&p, "items["+itoa(int64(i))+"].name_zh", it.NameZH, MaxName, false, true)
	}
	checkText(&p, "source", in.Source, MaxURL, false, false)
	if err := p.Err(); err != nil {
		return nil, err
	}
	out := &HolidayOverride{Country: o.Country, Region: o.Region, Year: o.Year, Mode: string(o.Mode), Source: o.Source,
		Complete: o.Complete, Items: make([]HolidayOverrideItem, len(o.Items))}
	for i, d := range o.Items {
		out.Items[i] = HolidayOverrideItem{Date: d.Date.String(), NameEN: d.NameEN, NameLocal: d.NameLocal, NameZH: d.NameZH, Kind: string(d.Kind)}
	}
	return out, nil
}

// itemIndex returns i of "items[i].x", -1 if none.
func itemIndex(field string) int {
	a, b := strings.Index(field, "["), strings.Index(field, "]")
	if a < 0 || b < a {
		return -1
	}
	n := 0
	for _, c := range field[a+1 : b] {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// PutHolidayOverride validates in and stores it as the override of its
// country, region and year, replacing any earlier one, in one transaction
// with its audit record and a new overrides generation. expected is the
// If-Match version (nil: none). It returns the stored override and whether
// it was created; KindInvalid naming each bad field (nothing is stored
// then), KindPrecondition when expected is stale.
func (s *Store) PutHolidayOverride(ctx context.Context, in HolidayOverrideInput, expected *int) (*HolidayOverride, bool, error) {
	o, err := checkHolidayOverride(s.hol, in)
	if err != nil {
		return nil, false, err
	}
	created := false
	err = s.transaction(ctx, func(tx *gorm.DB) error {
		var old HolidayOverride
		err := tx.Where("country = ? AND region = ? AND year = ?", o.Country, o.Region, o.Year).First(&old).Error
		switch {
		case errors.Is(err, gorm.ErrRecordNotFound):
			if expected != nil {
				return Errorf(KindPrecondition, "If-Match names version %d but %s %d has no override", *expected, o.Country, o.Year)
			}
			created = true
			o.Version = 1
			if err := tx.Create(o).Error; err != nil {
				return err
			}
			if err := writeAudit(ctx, tx, "create", "holiday_override", o.ID, nil, o); err != nil {
				return err
			}
		case err != nil:
			return err
		default:
			if err := checkVersion(expected, old.Version); err != nil {
				return err
			}
			o.ID, o.CreatedAt = old.ID, old.CreatedAt
			if err := updateVersioned(tx, o, old.ID, old.Version, &o.Version); err != nil {
				return err
			}
			if err := writeAudit(ctx, tx, "update", "holiday_override", o.ID, &old, o); err != nil {
				return err
			}
		}
		return bumpHolidayOverrides(tx)
	})
	if err != nil {
		return nil, false, err
	}
	return o, created, nil
}

// DeleteHolidayOverride removes the override of country (canonical code),
// region and year, with its audit record and a new generation. It returns
// KindNotFound when there is none, KindPrecondition when expected is stale.
func (s *Store) DeleteHolidayOverride(ctx context.Context, country, region string, year int, expected *int) error {
	return s.transaction(ctx, func(tx *gorm.DB) error {
		var old HolidayOverride
		err := tx.Where("country = ? AND region = ? AND year = ?", country, region, year).First(&old).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			name := country
			if region != "" {
				name += " (" + region + ")"
			}
			return Errorf(KindNotFound, "%s %d has no override; it already shows the built-in holidays", name, year)
		}
		if err != nil {
			return err
		}
		if err := checkVersion(expected, old.Version); err != nil {
			return err
		}
		if err := tx.Delete(&HolidayOverride{}, old.ID).Error; err != nil {
			return err
		}
		if err := writeAudit(ctx, tx, "delete", "holiday_override", old.ID, &old, nil); err != nil {
			return err
		}
		return bumpHolidayOverrides(tx)
	})
}

// HolidayOverrideFilter selects overrides; zero values select all.
type HolidayOverrideFilter struct {
	Country string
	Year    int
	Page
}

// ListHolidayOverrides returns the overrides by country, region and year,
// and their total.
func (s *Store) ListHolidayOverrides(ctx context.Context, f HolidayOverrideFilter) ([]HolidayOverride, int64, error) {
	q := whereSet(s.db.WithContext(ctx).Model(&HolidayOverride{}), eq{"country", f.Country}, eq{"year", f.Year})
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, translate(err)
	}
	var out []HolidayOverride
	q = q.Order("country, region, year")
	if f.Limit > 0 {
		q = q.Limit(f.Limit).Offset(f.Offset)
	}
	if err := q.Find(&out).Error; err != nil {
		return nil, 0, translate(err)
	}
	return out, total, nil
}

// GetHolidayOverride returns the override of country (canonical code),
// region and year, or KindNotFound.
func (s *Store) GetHolidayOverride(ctx context.Context, country, region string, year int) (*HolidayOverride, error) {
	var o HolidayOverride
	err := s.db.WithContext(ctx).Where("country = ? AND region = ? AND year = ?", country, region, year).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, Errorf(KindNotFound, "%s %d has no override", country, year)
	}
	if err != nil {
		return nil, translate(err)
	}
	return &o, nil
}

// HolidayOverridesGeneration returns the value that changes with every
// change to the overrides ("" before the first); one primary-key read.
func (s *Store) HolidayOverridesGeneration(ctx context.Context) (string, error) {
	v, _, err := s.Setting(ctx, holidayOverridesGeneration)
	return v, err
}

// HolidayOverrides returns every override for the holiday engine.
func (s *Store) HolidayOverrides(ctx context.Context) ([]holidays.Override, error) {
	list, _, err := s.ListHolidayOverrides(ctx, HolidayOverrideFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]holidays.Override, len(list))
	for i := range list {
		out[i] = list[i].ToHolidays()
	}
	return out, nil
}

// SyncHolidays brings the store's holiday service (Holidays) up to date
// with the overrides in the database: one primary-key read when nothing
// changed. The store's own users of the service (Calendar, GeneratePlan,
// UpdatePlan) call it; so must every other reader before answering.
func (s *Store) SyncHolidays(ctx context.Context) error {
	return translate(s.hol.Sync(ctx, s))
}

// bumpHolidayOverrides sets a new random generation inside tx. A random
// value, not a counter, so that two transactions committing one after the
// other never leave the same generation behind.
func bumpHolidayOverrides(tx *gorm.DB) error {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	return tx.Save(&Setting{Key: holidayOverridesGeneration, Value: time.Now().UTC().Format("20060102T150405.000000") + "-" + hex.EncodeToString(b[:])}).Error
}
