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
	TitleZH  string             `json:"title_zh,omitempty"`
	Status   int                `json:"status"`
	Detail   string             `json:"detail"`
	Instance string             `json:"instance,omitempty"`
	Errors   []model.FieldError `json:"errors,omitempty"`
}

// Kinds of request framing and serving that only HTTP knows; the domain's
// kinds are in model/errors.go.
const (
	kindTooLarge      model.Kind = "too_large"      // 413
	kindUnsupported   model.Kind = "unsupported"    // 415
	kindMethod        model.Kind = "method"         // 405
	kindNotAcceptable model.Kind = "not_acceptable" // 406
	kindUnavailable   model.Kind = "unavailable"    // 503: the database does not answer
)

// statusOf is the one table from error kinds to HTTP statuses.
var statusOf = map[model.Kind]int{
	model.KindBadRequest:   http.StatusBadRequest,
	model.KindUnauthorized: http.StatusUnauthorized,
	model.KindForbidden:    http.StatusForbidden,
	model.KindNotFound:     http.StatusNotFound,
	model.KindConflict:     http.StatusConflict,
	model.KindPrecondition: http.StatusPreconditionFailed,
	model.KindInvalid:      http.StatusUnprocessableEntity,
	model.KindTooMany:      http.StatusTooManyRequests,
	model.KindInternal:     http.StatusInternalServerError,
	kindTooLarge:           http.StatusRequestEntityTooLarge,
	kindUnsupported:        http.StatusUnsupportedMediaType,
	kindMethod:             http.StatusMethodNotAllowed,
	kindNotAcceptable:      http.StatusNotAcceptable,
	kindUnavailable:        http.StatusServiceUnavailable,
}

// invalidRange is the 422 of an inverted from/to range: both are named.
func invalidRange() error {
	return &model.Error{Kind: model.KindInvalid, Message: "to is before from", Fields: []model.FieldError{
		model.NewFieldError("from", "is after to"), model.NewFieldError("to", "is before from")}}
}

// titlesZH are the problem titles in Chinese, for the office's staff.
var titlesZH = map[int]string{
	http.StatusBadRequest:            "请求格式有误",
	http.StatusUnauthorized:          "未登录，或用户名、密码、令牌无效",
	http.StatusForbidden:             "无权执行此操作",
	http.StatusNotFound:              "未找到",
	http.StatusMethodNotAllowed:      "不支持该请求方法",
	http.StatusNotAcceptable:         "无法提供所请求的格式",
	http.StatusConflict:              "与现有数据冲突",
	http.StatusPreconditionFailed:    "他人已修改此记录，请刷新后再试", // GLOSSARY.md
	http.StatusRequestEntityTooLarge: "请求内容超过 1 MiB",
	http.StatusUnsupportedMediaType:  "请求内容须为 JSON",
	http.StatusUnprocessableEntity:   "数据校验未通过",
	http.StatusTooManyRequests:       "失败次数过多，请稍后再试",
	http.StatusInternalServerError:   "服务器内部错误",
	http.StatusServiceUnavailable:    "服务暂不可用",
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
		TitleZH:  titlesZH[status],
		Status:   status,
		Instance: c.Request.URL.Path,
	}
	var me *model.Error
	switch {
	case status == http.StatusServiceUnavailable && errors.As(err, &me):
		p.Detail = me.Message
		s.log.WarnContext(c.Request.Context(), "unavailable", slog.String("request_id", requestID(c)), slog.Any("error", me.Err))
	case status >= 500 || !errors.As(err, &me):
		p.Type = "https://youcheng.example/problems/internal"
		p.Detail = "An internal error occurred; it has been logged with request id " + requestID(c) + "."
		s.log.ErrorContext(c.Request.Context(), "request failed", slog.String("request_id", requestID(c)),
			slog.String("method", c.Request.Method), slog.String("path", logPath(c.Request.URL.Path)), slog.Any("error", err))
	default:
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
