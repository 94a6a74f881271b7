package model

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// A draft plan refers to partnerships and partners inside its items (a
// JSON column no foreign key can reach): the plan's partnership_id, each
// item's partnership_id and partner_ids. These checks stand in for the
// foreign keys. Deleting a partnership or partner that a draft refers to
// is a conflict; adopting a plan whose partnership is gone is one too.
// Row locks order a delete and a concurrent plan write on PostgreSQL
// (SQLite transactions take the write lock up front): whichever locks the
// row second sees the other's committed result.

// lockRows locks the rows ids of table for the rest of tx on PostgreSQL
// (strength "UPDATE" before deleting, "SHARE" before referring to them).
func (s *Store) lockRows(tx *gorm.DB, table string, ids []int64, strength string) error {
	if !s.postgres || len(ids) == 0 {
		return nil
	}
	var got []int64
	return tx.Table(table).Clauses(clause.Locking{Strength: strength}).Where("id IN ?", ids).Pluck("id", &got).Error
}

// draftsReferring returns the ids of draft plans that refer to the
// partnership or partner id (which says which: "partnership" or "partner").
func draftsReferring(tx *gorm.DB, which string, id int64) ([]int64, error) {
	var drafts []Plan
	if err := tx.Where("status = ?", PlanDraft).Order("id").Find(&drafts).Error; err != nil {
		return nil, err
	}
	var out []int64
	for _, p := range drafts {
		refers := which == "partnership" && p.PartnershipID != nil && *p.PartnershipID == id
		for _, it := range p.Items {
			switch which {
			case "partnership":
				refers = refers || it.PartnershipID == id
			case "partner":
				refers = refers || slices.Contains(it.PartnerIDs, id)
			}
		}
		if refers {
			out = append(out, p.ID)
		}
	}
	return out, nil
}

// refuseIfDraftsRefer returns KindConflict naming the draft plans that
// refer to partnership or partner id, after locking its row.
func (s *Store) refuseIfDraftsRefer(tx *gorm.DB, which string, id int64) error {
	if err := s.lockRows(tx, which+"s", []int64{id}, "UPDATE"); err != nil {
		return err
	}
	ids, err := draftsReferring(tx, which, id)
	if err != nil || len(ids) == 0 {
		return err
	}
	names := make([]string, len(ids))
	for i, p := range ids {
		names[i] = fmt.Sprint(p)
	}
	return Errorf(KindConflict, "%s %d is used by draft plan %s; delete those drafts or edit them first",
		which, id, strings.Join(names, ", "))
}

// unlinkAdoptedPlans clears the partnership_id of adopted plans made for
// partnership id, as ON DELETE SET NULL would, with a new version and an
// audit record each: an adopted plan is a record of what was adopted, and
// its events keep their partners.
func (s *Store) unlinkAdoptedPlans(ctx context.Context, tx *gorm.DB, id int64) error {
	var plans []Plan
	if err := tx.Where("status = ? AND partnership_id = ?", PlanAdopted, id).Find(&plans).Error; err != nil {
		return err
	}
	for i := range plans {
		before := plans[i]
		p := &plans[i]
		p.PartnershipID = nil
		if err := updateVersioned(tx, p, p.ID, before.Version, &p.Version); err != nil {
			return err
		}
		if err := writeAudit(ctx, tx, "update", "plan", p.ID, &before, p); err != nil {
			return err
		}
	}
	return nil
}

// checkPlanRefs locks the partnerships and partners draft p refers to and
// returns KindConflict when one of those partnerships no longer exists
// (unknown partners are named where the items are checked or adopted).
func (s *Store) checkPlanRefs(tx *gorm.DB, p *Plan) error {
	missing, err := s.lockPlanRefs(tx, p)
	if err != nil || missing == 0 {
		return err
	}
	return Errorf(KindConflict, "plan %d was made for partnership %d, which no longer exists; delete the plan and make a new one", p.ID, missing)
}

// lockPlanRefs locks the partnerships and partners p refers to (on
// PostgreSQL) and returns the first of those partnerships that does not
// exist, 0 when all do.
func (s *Store) lockPlanRefs(tx *gorm.DB, p *Plan) (int64, error) {
	var ids, partners []int64
	if p.PartnershipID != nil {
		ids = append(ids, *p.PartnershipID)
	}
	for _, it := range p.Items {
		if it.PartnershipID != 0 {
			ids = append(ids, it.PartnershipID)
		}
		partners = append(partners, it.PartnerIDs...)
	}
	if err := s.lockRows(tx, "partners", dedupe(partners), "SHARE"); err != nil {
		return 0, err
	}
	ids = dedupe(ids)
	if len(ids) == 0 {
		return 0, nil
	}
	if err := s.lockRows(tx, "partnerships", ids, "SHARE"); err != nil {
		return 0, err
	}
	var found []int64
	if err := tx.Model(&Partnership{}).Where("id IN ?", ids).Pluck("id", &found).Error; err != nil {
		return 0, err
	}
	for _, id := range ids {
		if !slices.Contains(found, id) {
			return id, nil
		}
	}
	return 0, nil
}
