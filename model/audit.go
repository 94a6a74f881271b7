package model

import (
	"context"
	"encoding/json"
	"reflect"
	"time"

	"gorm.io/gorm"

	"github.com/youcheng/youcheng/model/pdate"
)

// AuditRecord is one create, update or delete, written in the same
// transaction as the change.
type AuditRecord struct {
	ID       int64     `gorm:"primaryKey"`
	At       time.Time `gorm:"not null;index"`
	Actor    string    `gorm:"size:200;not null"`
	Action   string    `gorm:"size:10;not null"`
	Entity   string    `gorm:"size:40;not null;index:ix_audit_entity,priority:1"`
	EntityID int64     `gorm:"not null;index:ix_audit_entity,priority:2"`
	// Before and After hold the changed fields only (JSON objects).
	Before string `gorm:"type:text;not null;default:'{}'"`
	After  string `gorm:"type:text;not null;default:'{}'"`
}

type actorKey struct{}

// WithActor returns a context naming who makes the changes made with it.
func WithActor(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, actorKey{}, name)
}

// Actor returns the actor of ctx, "anonymous" when none was set.
func Actor(ctx context.Context) string {
	if a, ok := ctx.Value(actorKey{}).(string); ok && a != "" {
		return a
	}
	return "anonymous"
}

// skipAudit lists bookkeeping and derived columns left out of diffs.
var skipAudit = map[string]bool{
	"id": true, "version": true, "created_at": true, "updated_at": true,
	"est_year": true, "est_key": true, "date_year": true, "date_key": true,
	"span_start": true, "span_end": true, "long_span": true,
}

// auditFields returns the column values of a model (nil model: none),
// plus extra values such as an event's partner ids.
func auditFields(db *gorm.DB, m any) map[string]any {
	out := map[string]any{}
	if m == nil || reflect.ValueOf(m).IsNil() {
		return out
	}
	stmt := &gorm.Statement{DB: db}
	if err := stmt.Parse(m); err != nil {
		return out
	}
	rv := reflect.ValueOf(m)
	for _, f := range stmt.Schema.Fields {
		if f.DBName == "" || skipAudit[f.DBName] {
			continue
		}
		// The field itself, not GORM's database value: serializer fields
		// (e.g. sources) would not encode as JSON.
		v := f.ReflectValueOf(context.Background(), rv).Interface()
		if dv, ok := v.(interface{ String() string }); ok {
			v = dv.String()
		}
		out[f.DBName] = auditValue(v)
	}
	if e, ok := m.(*Event); ok {
		out["partner_ids"] = e.PartnerIDs
		out["tags"] = e.Tags
	}
	return out
}

// writeAudit records action on entity id with the fields that differ
// between before and after (either may be nil), inside tx.
func writeAudit(ctx context.Context, tx *gorm.DB, action, entity string, id int64, before, after any) error {
	return writeAuditFields(ctx, tx, action, entity, id, auditFields(tx, before), auditFields(tx, after))
}

// writeAuditFields is writeAudit for field maps (nil: none).
func writeAuditFields(ctx context.Context, tx *gorm.DB, action, entity string, id int64, b, a map[string]any) error {
	if b == nil {
		b = map[string]any{}
	}
	if a == nil {
		a = map[string]any{}
	}
	b, a = auditValues(b), auditValues(a)
	db, da := map[string]any{}, map[string]any{}
	for k, v := range b {
		if w, ok := a[k]; !ok || !sameJSON(v, w) {
			db[k] = v
		}
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !sameJSON(v, w) {
			da[k] = v
		}
	}
	if action == "update" && len(da) == 0 && len(db) == 0 {
		return nil
	}
	bj, _ := json.Marshal(db)
	aj, _ := json.Marshal(da)
	return tx.Create(&AuditRecord{
		At: tx.NowFunc(), Actor: Actor(ctx), Action: action,
		Entity: entity, EntityID: id, Before: string(bj), After: string(aj),
	}).Error
}

// unchanged reports whether before and after differ in no audited field:
// such an update is a no-op.
func unchanged(db *gorm.DB, before, after any) bool {
	b, a := auditValues(auditFields(db, before)), auditValues(auditFields(db, after))
	if len(a) != len(b) {
		return false
	}
	for k, v := range b {
		if w, ok := a[k]; !ok || !sameJSON(v, w) {
			return false
		}
	}
	return true
}

// auditValue is a field's value as the API shows it: empty text and
// unknown dates are null (the API's responses say null for them, never
// ""), a nil list is []; numbers, lists and objects keep their JSON types.
func auditValue(v any) any {
	if s, ok := v.(string); ok && s == "" {
		return nil
	}
	// No list is a list without entries, as the API shows it.
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice && rv.IsNil() {
		return reflect.MakeSlice(rv.Type(), 0, 0).Interface()
	}
	return v
}

func auditValues(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = auditValue(v)
	}
	return out
}

func sameJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// AuditFilter selects audit records.
type AuditFilter struct {
	Entity   string
	EntityID int64
	Actor    string
	// From and To (inclusive, either may be zero) are civil dates in the
	// home city's time zone: the office's day, not UTC's.
	From, To pdate.Date
	Page
}

// dayStart is midnight of d in loc, in UTC (as audit times are stored).
func dayStart(d pdate.Date, loc *time.Location) time.Time {
	t := d.Time()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc).UTC()
}

// ListAudit returns audit records, newest first, and their total.
func (s *Store) ListAudit(ctx context.Context, f AuditFilter) ([]AuditRecord, int64, error) {
	q := whereSet(s.db.WithContext(ctx).Model(&AuditRecord{}), eq{"entity", f.Entity}, eq{"entity_id", f.EntityID}, eq{"actor", f.Actor})
	if !f.From.IsZero() {
		q = q.Where("at >= ?", dayStart(f.From, s.loc))
	}
	if !f.To.IsZero() {
		q = q.Where("at < ?", dayStart(f.To.AddDays(1), s.loc))
	}
	return page[AuditRecord](q, f.Page, "id DESC")
}

// Changes decodes the before and after field maps of a record.
func (a *AuditRecord) Changes() (before, after map[string]any) {
	before, after = map[string]any{}, map[string]any{}
	_ = json.Unmarshal([]byte(a.Before), &before)
	_ = json.Unmarshal([]byte(a.After), &after)
	return before, after
}
