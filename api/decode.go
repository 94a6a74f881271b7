package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// This file reads request bodies: framing (415, 413), decoding errors
// (400) and the Opt type that tells an absent field from a null one;
// strictjson.go holds the checks encoding/json does not make.

// MaxBody is the largest request body accepted.
const MaxBody = 1 << 20

// maxDepth bounds the nesting of a JSON body; no request type nests deeper
// than a few levels.
const maxDepth = 32

// Opt is a JSON field of a create or PATCH request: Set when the key was
// present, Null when its value was null.
type Opt[T any] struct {
	Set  bool
	Null bool
	V    T
}

// UnmarshalJSON records presence; encoding/json calls it only for keys
// present in the document, null included.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	o.Set = true
	if string(b) == "null" {
		o.Null = true
		return nil
	}
	return json.Unmarshal(b, &o.V)
}

// decode reads a JSON object body into dst: 415 unless the body is JSON in
// UTF-8, 413 over MaxBody, 400 for malformed JSON, invalid UTF-8 or lone
// surrogates, duplicate keys, unknown fields or wrong types.
func decode(c *gin.Context, dst any) error {
	if err := jsonContentType(c.GetHeader("Content-Type")); err != nil {
		return err
	}
	body, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &model.Error{Kind: kindTooLarge, Message: fmt.Sprintf("the request body is over %d bytes", MaxBody)}
		}
		return model.BadRequest("body", "the request body could not be read")
	}
	if err := strictJSON(body); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return model.BadRequest("body", "the body holds more than one JSON value")
	}
	return nil
}

// jsonContentType accepts application/json or any +json type, with no
// charset or charset=utf-8: 415 otherwise.
func jsonContentType(ct string) error {
	mt, params, err := mime.ParseMediaType(ct)
	if ct == "" || err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		return &model.Error{Kind: kindUnsupported, Message: "the request body must be JSON (Content-Type: application/json)"}
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return &model.Error{Kind: kindUnsupported, Message: fmt.Sprintf("the request body must be UTF-8, not charset %q", cs)}
	}
	return nil
}

// jsonError turns a decoding error into a 400 naming the field.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var own *model.Error
	switch {
	case errors.As(err, &own): // a field's own UnmarshalJSON named the problem
		return own
	case errors.As(err, &syn):
		return model.BadRequest("body", "malformed JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "body"
		}
		return model.BadRequest(field, "must be %s, not %s", jsonType(typ.Type.Kind().String()), typ.Value)
	case errors.Is(err, io.EOF):
		return model.BadRequest("body", "the request body is empty")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return model.BadRequest("body", "malformed JSON: the body ends too early")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return model.BadRequest(name, "is not a known field")
	}
	return model.BadRequest("body", "malformed JSON")
}

func jsonType(goKind string) string {
	switch goKind {
	case "string":
		return "a string"
	case "int", "int64", "int32", "float64":
		return "a number"
	case "bool":
		return "true or false"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	}
	return goKind
}
