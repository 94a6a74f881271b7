package api

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// problem is the RFC 9457 body of every error response.
type problem struct {
	Type     string             `json:"type"`
	Title    string             `json:"title"`
	Status   int                `json:"status"`
	Detail   string             `json:"detail"`
	Instance string             `json:"instance,omitempty"`
	Errors   []model.FieldError `json:"errors,omitempty"`
}

// statusOf is the one table from error kinds to HTTP statuses.
var statusOf = map[model.Kind]int{
	model.KindBadRequest:    http.StatusBadRequest,
	model.KindUnauthorized:  http.StatusUnauthorized,
	model.KindForbidden:     http.StatusForbidden,
	model.KindNotFound:      http.StatusNotFound,
	model.KindConflict:      http.StatusConflict,
	model.KindPrecondition:  http.StatusPreconditionFailed,
	model.KindTooLarge:      http.StatusRequestEntityTooLarge,
	model.KindUnsupported:   http.StatusUnsupportedMediaType,
	model.KindInvalid:       http.StatusUnprocessableEntity,
	model.KindMethod:        http.StatusMethodNotAllowed,
	model.KindNotAcceptable: http.StatusNotAcceptable,
	model.KindInternal:      http.StatusInternalServerError,
}

// writeError is the one error writer: every failing handler ends here. It
// logs server errors with the request id and never shows their cause.
func (s *Server) writeError(c *gin.Context, err error) {
	kind := model.ErrorKind(err)
	status, ok := statusOf[kind]
	if !ok {
		status = http.StatusInternalServerError
	}
	p := problem{
		Type:     "https://youcheng.example/problems/" + string(kind),
		Title:    http.StatusText(status),
		Status:   status,
		Instance: c.Request.URL.Path,
	}
	var me *model.Error
	if status >= 500 || !errors.As(err, &me) {
		p.Type = "https://youcheng.example/problems/internal"
		p.Detail = "An internal error occurred; it has been logged with request id " + requestID(c) + "."
		s.log.ErrorContext(c.Request.Context(), "request failed", slog.String("request_id", requestID(c)),
			slog.String("method", c.Request.Method), slog.String("path", logPath(c.Request.URL.Path)), slog.Any("error", err))
	} else {
		p.Detail = me.Message
		p.Errors = me.Fields
		if p.Detail == "" && len(me.Fields) > 0 {
			p.Detail = me.Fields[0].Field + " " + me.Fields[0].Message
		}
	}
	if status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="youcheng"`)
	}
	c.Abort()
	writeJSON(c, status, "application/problem+json", p)
}
