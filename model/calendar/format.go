package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"time"
)

// MediaTypes maps each format to its media type.
var MediaTypes = map[string]string{
	"json": "application/json",
	"ics":  "text/calendar",
	"csv":  "text/csv",
	"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// Write renders c to w in format: json, ics, csv or xlsx. It returns an
// error for an unknown format or an invalid entry.
func Write(w io.Writer, format string, c *Calendar) error {
	write, ok := writers[format]
	if !ok {
		return fmt.Errorf("calendar: unknown format %q (json, ics, csv, xlsx)", format)
	}
	return write(w, c)
}

// writers are the renderers of MediaTypes' formats.
var writers = map[string]func(io.Writer, *Calendar) error{"json": WriteJSON, "ics": WriteICS, "csv": WriteCSV, "xlsx": WriteXLSX}

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
