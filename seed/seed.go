// Package seed holds Weihai's sourced partners, partnerships,
// commemorations and 2022 work-plan activities (data/seed.json, transcribed
// from shared/data/weihai-partners.json and the FAO's 2022 work plan) and
// loads them, once, into an empty database.
package seed

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/youcheng/youcheng/model"
	"github.com/youcheng/youcheng/model/pdate"
)

//go:embed data/seed.json
var raw []byte

// settingKey marks a database whose seed was loaded.
const settingKey = "seed_loaded"

// Dataset is the shape of data/seed.json.
type Dataset struct {
	Partners       []Partner       `json:"partners"`
	Commemorations []Commemoration `json:"commemorations"`
	Events         []Event         `json:"events"`
	Targets        []Target        `json:"targets"`
}

type Source struct {
	URL  *string `json:"url"`
	Note string  `json:"note"`
}

type Partner struct {
	Key          string        `json:"key"`
	NameEN       string        `json:"name_en"`
	NameZH       string        `json:"name_zh"`
	NameLocal    string        `json:"name_local"`
	Kind         string        `json:"kind"`
	Country      *string       `json:"country"`
	AdminArea    *string       `json:"admin_area"`
	Timezone     *string       `json:"timezone"`
	Website      *string       `json:"website"`
	Notes        string        `json:"notes"`
	Partnerships []Partnership `json:"partnerships"`
}

type Partnership struct {
	LocalParty    string     `json:"local_party"`
	Type          string     `json:"type"`
	Status        string     `json:"status"`
	EstablishedOn pdate.Date `json:"established_on"`
	EndedOn       pdate.Date `json:"ended_on"`
	Confidence    string     `json:"confidence"`
	Sources       []Source   `json:"sources"`
	Notes         string     `json:"notes"`
	History       []Change   `json:"history"`
}

type Change struct {
	EffectiveOn pdate.Date `json:"effective_on"`
	Status      string     `json:"status"`
	Type        string     `json:"type"`
	Note        string     `json:"note"`
}

type Commemoration struct {
	Key        string     `json:"key"`
	TitleEN    string     `json:"title_en"`
	TitleZH    string     `json:"title_zh"`
	Date       pdate.Date `json:"date"`
	Country    *string    `json:"country"`
	PartnerKey *string    `json:"partner_key"`
	Confidence string     `json:"confidence"`
	Sources    []Source   `json:"sources"`
	Notes      string     `json:"notes"`
}

type Event struct {
	Key         string     `json:"key"`
	TitleEN     string     `json:"title_en"`
	TitleZH     string     `json:"title_zh"`
	Kind        string     `json:"kind"`
	Status      string     `json:"status"`
	Format      string     `json:"format"`
	StartDate   pdate.Date `json:"start_date"`
	EndDate     pdate.Date `json:"end_date"`
	PartnerKeys []string   `json:"partner_keys"`
	Location    *string    `json:"location"`
	Organizer   *string    `json:"organizer"`
	Description string     `json:"description"`
	Sources     []Source   `json:"sources"`
	Tags        []string   `json:"tags"`
}

// Target is a countable promise of the work plan; notes quote its words.
type Target struct {
	Key      string   `json:"key"`
	Year     int      `json:"year"`
	TitleEN  string   `json:"title_en"`
	TitleZH  string   `json:"title_zh"`
	Count    int      `json:"count"`
	Criteria Criteria `json:"criteria"`
	Notes    string   `json:"notes"`
}

// Criteria are a target's criteria (the model's) with partners by key
// (partner_keys) rather than by id.
type Criteria struct {
	model.TargetCriteria
	PartnerKeys []string `json:"partner_keys"`
}

// Data parses the embedded seed file, rejecting unknown fields.
func Data() (*Dataset, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var d Dataset
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("seed: parse data/seed.json: %w", err)
	}
	return &d, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func sources(ss []Source) []model.Source {
	out := make([]model.Source, len(ss))
	for i, s := range ss {
		out[i] = model.Source{URL: str(s.URL), Note: s.Note}
	}
	return out
}

// Load inserts the seed in one transaction unless it was loaded before.
// It returns whether it loaded anything; a record breaking a rule aborts
// the whole load with an error naming it.
func Load(ctx context.Context, st *model.Store) (bool, error) {
	d, err := Data()
	if err != nil {
		return false, err
	}
	ctx = model.WithActor(ctx, "seed")
	return st.LoadOnce(ctx, settingKey, "data/seed.json", func(l *model.Loader) error {
		ids := map[string]int64{}
		for _, sp := range d.Partners {
			if err := sp.load(l, ids); err != nil {
				return err
			}
		}
		if err := insertAll(l, ids, "commemoration", d.Commemorations); err != nil {
			return err
		}
		if err := insertAll(l, ids, "event", d.Events); err != nil {
			return err
		}
		return insertAll(l, ids, "target", d.Targets)
	})
}

// keyed is a seed record that converts to a model record once the partners
// it names by key have ids.
type keyed[R model.Record] interface {
	key() string
	model(ids map[string]int64) (R, error)
}

func (sc Commemoration) key() string { return sc.Key }
func (se Event) key() string         { return se.Key }
func (stg Target) key() string       { return stg.Key }

// insertAll converts and inserts each of recs; an error names the record
// (kind and key).
func insertAll[R model.Record, K keyed[R]](l *model.Loader, ids map[string]int64, kind string, recs []K) error {
	for _, k := range recs {
		r, err := k.model(ids)
		if err == nil {
			err = l.Insert(r)
		}
		if err != nil {
			return fmt.Errorf("seed %s %s: %w", kind, k.key(), err)
		}
	}
	return nil
}

// load inserts a partner with its partnerships and their history, and
// records its id under its key.
func (sp Partner) load(l *model.Loader, ids map[string]int64) error {
	p := &model.Partner{NameEN: sp.NameEN, NameZH: sp.NameZH, NameLocal: sp.NameLocal, Kind: sp.Kind,
		Country: str(sp.Country), AdminArea: str(sp.AdminArea), Timezone: str(sp.Timezone),
		Website: str(sp.Website), Notes: sp.Notes}
	if err := l.Insert(p); err != nil {
		return fmt.Errorf("seed partner %s: %w", sp.Key, err)
	}
	ids[sp.Key] = p.ID
	for _, sps := range sp.Partnerships {
		ps := &model.Partnership{PartnerID: p.ID, LocalParty: sps.LocalParty, Type: sps.Type,
			Status: sps.Status, EstablishedOn: sps.EstablishedOn, EndedOn: sps.EndedOn,
			Confidence: sps.Confidence, Sources: sources(sps.Sources), Notes: sps.Notes}
		if err := l.Insert(ps); err != nil {
			return fmt.Errorf("seed partnership of %s: %w", sp.Key, err)
		}
		changes := make([]model.PartnershipChange, len(sps.History))
		for i, h := range sps.History {
			changes[i] = model.PartnershipChange{PartnershipID: ps.ID, EffectiveOn: h.EffectiveOn,
				Status: h.Status, Type: h.Type, Note: h.Note, Actor: "seed"}
		}
		if err := l.AddPartnershipChanges(changes); err != nil {
			return err
		}
	}
	return nil
}

// partnerIDs resolves partner keys to the ids loaded so far.
func partnerIDs(keys []string, ids map[string]int64) ([]int64, error) {
	var out []int64
	for _, k := range keys {
		id, ok := ids[k]
		if !ok {
			return nil, fmt.Errorf("unknown partner_key %q", k)
		}
		out = append(out, id)
	}
	return out, nil
}

// model is the one conversion of a seed commemoration into the model's.
func (sc Commemoration) model(ids map[string]int64) (*model.Commemoration, error) {
	c := &model.Commemoration{TitleEN: sc.TitleEN, TitleZH: sc.TitleZH, Date: sc.Date,
		Country: str(sc.Country), Confidence: sc.Confidence, Sources: sources(sc.Sources), Notes: sc.Notes}
	if sc.PartnerKey != nil {
		pids, err := partnerIDs([]string{*sc.PartnerKey}, ids)
		if err != nil {
			return nil, err
		}
		c.PartnerID = &pids[0]
	}
	return c, nil
}

// model is the one conversion of a seed event into model.Event.
func (se Event) model(ids map[string]int64) (*model.Event, error) {
	pids, err := partnerIDs(se.PartnerKeys, ids)
	if err != nil {
		return nil, err
	}
	return &model.Event{TitleEN: se.TitleEN, TitleZH: se.TitleZH, Kind: se.Kind, Status: se.Status,
		Format: se.Format, StartDate: se.StartDate, EndDate: se.EndDate, Location: str(se.Location),
		Organizer: str(se.Organizer), Description: se.Description, Sources: sources(se.Sources), Tags: se.Tags,
		PartnerIDs: pids}, nil
}

// model is the one conversion of a seed target into model.Target.
func (stg Target) model(ids map[string]int64) (*model.Target, error) {
	c := stg.Criteria.TargetCriteria
	if len(c.PartnerIDs) > 0 {
		return nil, errors.New("criteria name partners by partner_keys, not partner_ids")
	}
	var err error
	if c.PartnerIDs, err = partnerIDs(stg.Criteria.PartnerKeys, ids); err != nil {
		return nil, err
	}
	return &model.Target{Year: stg.Year, TitleEN: stg.TitleEN, TitleZH: stg.TitleZH, Count: stg.Count, Notes: stg.Notes,
		Criteria: c}, nil
}
