package api

import (
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// This file reads what the path and the precondition headers name.

// pathID reads the :id path parameter: a positive integer in canonical
// decimal ("12"; not "+12", "012" or "1e1"), else 400.
func pathID(c *gin.Context) (int64, error) {
	id, ok := parseCanonical(c.Param("id"))
	if !ok || id <= 0 {
		return 0, model.BadRequest("id", "the path id must be a positive integer in plain decimal (e.g. 12)")
	}
	return id, nil
}

// pathYear reads the :year path parameter: 1–9999 in canonical decimal.
func pathYear(c *gin.Context) (int, error) {
	y, ok := parseCanonical(c.Param("year"))
	if !ok || y < 1 || y > 9999 {
		return 0, model.BadRequest("year", "the path year must be a year such as 2022")
	}
	return int(y), nil
}

// ifMatch reads If-Match: nil when absent or "*", else the version it
// names. A value that names no version can never match: 412.
func ifMatch(c *gin.Context) (*int, error) {
	h := strings.TrimSpace(c.GetHeader("If-Match"))
	if h == "" || h == "*" {
		return nil, nil
	}
	h = strings.TrimPrefix(h, "W/")
	v, err := strconv.Atoi(strings.Trim(h, `"`))
	if err != nil {
		return nil, model.Errorf(model.KindPrecondition, "If-Match %q names no version of this resource", h)
	}
	return &v, nil
}
