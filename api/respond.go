package api

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/gin-gonic/gin"
)

// writeJSON writes v as JSON without HTML escaping, so Chinese and
// punctuation go out as they are.
func writeJSON(c *gin.Context, status int, contentType string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		c.Status(500)
		return
	}
	c.Data(status, contentType+"; charset=utf-8", buf.Bytes())
}

// ok writes a 2xx JSON body.
func ok(c *gin.Context, status int, v any) { writeJSON(c, status, "application/json", v) }

// okVersioned writes a single resource with its ETag.
func okVersioned(c *gin.Context, status int, version int, v any) {
	c.Header("ETag", etag(version))
	ok(c, status, v)
}

func etag(version int) string { return `"` + strconv.Itoa(version) + `"` }

// list is the envelope of every list.
type list[T any] struct {
	Items  []T   `json:"items"`
	Total  int64 `json:"total"`
	Limit  int   `json:"limit"`
	Offset int   `json:"offset"`
}
