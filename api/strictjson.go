package api

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/youcheng/youcheng/model"
)

// strictJSON refuses what encoding/json would silently accept or mangle:
// invalid UTF-8 and escaped lone surrogates (both decoded as U+FFFD),
// duplicate keys in one object (the last would win), deep nesting, and
// NUL in any string (no field takes it; PostgreSQL refuses it in text).
// Malformed JSON is left to the decoder, which reports it with its offset.
// encoding/json has no strict mode (its v2 is still an experiment), so
// these checks are done here, in one pass over the tokens.
func strictJSON(body []byte) error {
	if !utf8.Valid(body) {
		return model.BadRequest("body", "the request body is not valid UTF-8")
	}
	type frame struct {
		object bool
		keys   map[string]bool
		path   string // of the container itself ("" at the top)
		key    string // object: the key whose value comes next
		index  int    // array: the index of the latest value
	}
	var stack []*frame
	expectKey := false
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return nil // finished, or malformed: the decoder reports where
		}
		if tok == json.Delim('}') || tok == json.Delim(']') {
			stack = stack[:len(stack)-1]
			expectKey = len(stack) > 0 && stack[len(stack)-1].object
			continue
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && expectKey {
			k, _ := tok.(string)
			field := joinPath(top.path, k)
			if r, lone := loneSurrogate(body[off:dec.InputOffset()]); lone {
				return model.BadRequest(field, "the key holds a lone UTF-16 surrogate (\\u%04x)", r)
			}
			if strings.ContainsRune(k, 0) {
				return model.BadRequest(field, "contains a control character (U+%04X)", 0)
			}
			if top.keys[k] {
				return model.BadRequest(field, "appears more than once in one object")
			}
			top.keys[k], top.key, expectKey = true, k, false
			continue
		}
		field := ""
		switch {
		case top == nil:
		case top.object:
			field = joinPath(top.path, top.key)
		default:
			top.index++
			field = top.path + "[" + strconv.Itoa(top.index) + "]"
		}
		if tok == json.Delim('{') || tok == json.Delim('[') {
			if len(stack) >= maxDepth {
				first := field // the top-level field, not a path 32 levels long
				if i := strings.IndexAny(first, ".["); i >= 0 {
					first = first[:i]
				}
				return model.BadRequest(orBody(first), "nests deeper than %d levels", maxDepth)
			}
			stack = append(stack, &frame{object: tok == json.Delim('{'), keys: map[string]bool{}, path: field, index: -1})
			expectKey = tok == json.Delim('{')
			continue
		}
		if v, ok := tok.(string); ok {
			if r, lone := loneSurrogate(body[off:dec.InputOffset()]); lone {
				return model.BadRequest(orBody(field), "holds a lone UTF-16 surrogate (\\u%04x)", r)
			}
			// No text field takes NUL, and PostgreSQL refuses it in text.
			if strings.ContainsRune(v, 0) {
				return model.BadRequest(orBody(field), "contains a control character (U+%04X)", 0)
			}
		}
		expectKey = top != nil && top.object
	}
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orBody(field string) string {
	if field == "" {
		return "body"
	}
	return field
}

// loneSurrogate finds the string literal in raw (it may follow a comma or
// colon) and reports the first \u escape that is a lone UTF-16 surrogate,
// which encoding/json would turn into U+FFFD.
func loneSurrogate(raw []byte) (uint64, bool) {
	i := bytes.IndexByte(raw, '"')
	if i < 0 {
		return 0, false
	}
	hex4 := func(at int) (uint64, bool) {
		if at+4 > len(raw) {
			return 0, false
		}
		r, err := strconv.ParseUint(string(raw[at:at+4]), 16, 16)
		return r, err == nil
	}
	for i++; i < len(raw); i++ {
		switch raw[i] {
		case '"':
			return 0, false
		case '\\':
			i++
			if i >= len(raw) || raw[i] != 'u' {
				continue
			}
			r, ok := hex4(i + 1)
			if !ok {
				continue
			}
			i += 4
			if r < 0xD800 || r > 0xDFFF {
				continue
			}
			if r <= 0xDBFF && i+2 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
				if lo, ok := hex4(i + 3); ok && lo >= 0xDC00 && lo <= 0xDFFF {
					i += 6
					continue
				}
			}
			return r, true
		}
	}
	return 0, false
}
