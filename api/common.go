package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// stored is what the generic handlers need of a model type.
type stored[T any] interface {
	*T
	Ver() int
	Ident() int64
}

// checked is a stored type the store validates (model.Checkable), for the
// generic create and update handlers.
type checked[T any] interface {
	stored[T]
	model.Checkable
}

// request is what the generic handlers need of a request body type: it
// applies the fields present onto a model value, failing with 422 problems.
type request[Req, T any] interface {
	*Req
	apply(*T) error
}

// getOne is GET /<resources>/:id.
func getOne[T any, PT stored[T], R any](s *Server, get func(context.Context, int64) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, err := pathID(c)
		if err != nil {
			s.writeError(c, err)
			return
		}
		v, err := get(c.Request.Context(), id)
		if err != nil {
			s.writeError(c, err)
			return
		}
		okVersioned(c, http.StatusOK, PT(v).Ver(), conv(v))
	}
}

// createOne is POST /<resources>: decode, apply onto the defaults, store, 201.
func createOne[T any, PT checked[T], Req any, PR request[Req, T], R any](s *Server, path string, defaults func(*Req) *T,
	create func(context.Context, *T) error, conv func(*T) R) gin.HandlerFunc {
	return func(c *gin.Context) {
		var req Req
		if err := decode(c, &req); err != nil {
			s.writeError(c, err)
			return
		}
		v := defaults(&req)
		if err := PR(&req).apply(v); err != nil {
			s.writeError(c, model.Merge(err, s.store.Check(PT(v))))
			return
		}
		if err := create(c.Request.Context(), v); err != nil {
			s.writeError(c, err)
			return
		}
		c.Header("Location", "/api/v1/"+path+"/"+itoa(PT(v).Ident()))
		okVersioned(c, http.StatusCreated, PT(v).Ver(), conv(v))
	}
}

// patchOne is PATCH /<resources>/:id with If-Match.
func patchOne[T any, PT checked[T], Req any, PR request[Req, T], R any](s *Server,
	update func(context.Context, int64, *int, func(*T) error) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, expected, req, err := patchInput[Req](c)
		if err != nil {
			s.writeError(c, err)
			return
		}
		v, err := update(c.Request.Context(), id, expected, func(v *T) error {
			if err := PR(req).apply(v); err != nil {
				return model.Merge(err, s.store.Check(PT(v)))
			}
			return nil
		})
		if err != nil {
			s.writeError(c, err)
			return
		}
		okVersioned(c, http.StatusOK, PT(v).Ver(), conv(v))
	}
}

// deleteOne is DELETE /<resources>/:id with If-Match: 204.
func (s *Server) deleteOne(del func(ctx context.Context, id int64, expected *int) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		id, err := pathID(c)
		if err != nil {
			s.writeError(c, err)
			return
		}
		expected, err := ifMatch(c)
		if err != nil {
			s.writeError(c, err)
			return
		}
		if err := del(c.Request.Context(), id, expected); err != nil {
			s.writeError(c, err)
			return
		}
		c.Status(http.StatusNoContent)
	}
}

// listOf converts a page of model values into the list envelope.
func listOf[T any, R any](items []T, total int64, limit, offset int, conv func(*T) R) list[R] {
	out := list[R]{Items: make([]R, len(items)), Total: total, Limit: limit, Offset: offset}
	for i := range items {
		out.Items[i] = conv(&items[i])
	}
	return out
}

// patchInput reads what every PATCH needs: the path id, If-Match and the body.
func patchInput[R any](c *gin.Context) (int64, *int, *R, error) {
	id, err := pathID(c)
	if err != nil {
		return 0, nil, nil, err
	}
	expected, err := ifMatch(c)
	if err != nil {
		return 0, nil, nil, err
	}
	var req R
	if err := decode(c, &req); err != nil {
		return 0, nil, nil, err
	}
	return id, expected, &req, nil
}
