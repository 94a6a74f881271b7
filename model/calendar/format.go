package calendar

import (
	"fmt"
	"io"
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
	switch format {
	case "json":
		return WriteJSON(w, c)
	case "ics":
		return WriteICS(w, c)
	case "csv":
		return WriteCSV(w, c)
	case "xlsx":
		return WriteXLSX(w, c)
	}
	return fmt.Errorf("calendar: unknown format %q (json, ics, csv, xlsx)", format)
}

// WantsHolidays reports whether format shows holidays (JSON and XLSX do).
func WantsHolidays(format string) bool { return format == "json" || format == "xlsx" }

// AnnualName is the title of a city's annual exchange calendar.
func AnnualName(cityZH string, year int) string {
	return fmt.Sprintf("%s %d 对外交流日历 Exchange calendar", cityZH, year)
}
