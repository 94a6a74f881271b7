package model

import (
	"errors"

	"github.com/youcheng/youcheng/model/holidays"
)

// HolidayYear returns the days off of country (and region, "" for the
// national set) in year. It returns KindInvalid naming region, country or
// year when the holiday engine cannot answer for them.
func (s *Store) HolidayYear(country, region string, year int) (holidays.Year, error) {
	y, err := s.hol.Year(country, region, year)
	switch {
	case errors.Is(err, holidays.ErrUnsupported) && region != "" && s.hol.Supports(country):
		return y, Invalid("region", "%q is not a region of %s with its own holidays", region, country)
	case errors.Is(err, holidays.ErrUnsupported):
		return y, Invalid("country", "%q is not a supported ISO 3166-1 alpha-2 code (see /api/v1/holidays/countries)", country)
	case errors.Is(err, holidays.ErrYearRange):
		return y, Invalid("year", "%s", err.Error())
	}
	return y, err
}
