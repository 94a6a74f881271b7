package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"time"

	"github.com/youcheng/youcheng/model/render"
)

// formats are the calendar's formats, MediaTypes their media types.
var (
	formats = render.NewSet("calendar", render.Format[*Calendar]{Name: "json", MediaType: "application/json", Write: WriteJSON},
		render.Format[*Calendar]{Name: "ics", MediaType: "text/calendar", Write: WriteICS},
		render.Format[*Calendar]{Name: "csv", MediaType: "text/csv", Write: WriteCSV},
		render.Format[*Calendar]{Name: "xlsx", MediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Write: WriteXLSX})
	MediaTypes = formats.MediaTypes()
)

// Write renders c to w in format: json, ics, csv or xlsx. It returns an
// error for an unknown format or an invalid entry.
func Write(w io.Writer, format string, c *Calendar) error { return formats.Write(w, format, c) }

// WantsHolidays reports whether format shows holidays (JSON and XLSX do).
func WantsHolidays(format string) bool { return format == "json" || format == "xlsx" }

// Fingerprint returns a hex digest of everything c shows except the time
// of generation: titles, warnings and every entry (in Sort order). Two
// calendars have the same fingerprint exactly when their exports differ at
// most in that time, so it serves as an HTTP entity tag that changes when
// any entry changes and only then. It returns an error wrapping
// ErrInvalidEntry when an entry is invalid.
func Fingerprint(c *Calendar) (string, error) {
	fixed := *c
	fixed.Generated = time.Unix(0, 0)
	h := sha256.New()
	io.WriteString(h, ICSProductID+"\n")
	if err := WriteJSON(h, &fixed); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}
