package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// This file holds the generic handler shapes every resource shares: list,
// get, create, patch, delete. A resource's own file holds its request and
// response types, its list filter and the routes that put them together.

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// handle adapts a handler that returns its failure: the one error writer
// answers it.
func (s *Server) handle(h func(*gin.Context) error) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			s.writeError(c, err)
		}
	}
}

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

// storeOps are the store's calls behind a resource's item routes.
type storeOps[T any] struct {
	get    func(context.Context, int64) (*T, error)
	create func(context.Context, *T) error
	update func(context.Context, int64, *int, func(*T) error) (*T, error)
	remove func(context.Context, int64, *int) error
	// blank holds a new one's defaults, before the body applies.
	blank T
}

// crud registers GET, POST, PATCH and DELETE of /<name>[/:id] for a
// resource the body type Req edits: reads for viewers, writes for editors,
// deletions for admins.
func crud[Req, T any, PT checked[T], PR request[Req, T], R any](s *Server, g groups, name string, conv func(*T) R, ops storeOps[T]) {
	g.read.GET("/"+name+"/:id", getOne[T, PT](s, ops.get, conv))
	g.edit.POST("/"+name, createOne[T, PT, Req, PR](s, name, ops.blank, ops.create, conv))
	g.edit.PATCH("/"+name+"/:id", patchOne[T, PT, Req, PR](s, ops.update, conv))
	g.admin.DELETE("/"+name+"/:id", s.deleteOne(ops.remove))
}

// listAll is GET /<resources>: filter reads the query (every bad parameter
// a 400), list reads one page, and the page goes out in the list envelope.
func listAll[F, T, R any](s *Server, filter func(*query) (F, model.Page),
	list func(context.Context, F) ([]T, int64, error), conv func(*T) R) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		q := newQuery(c)
		f, pg := filter(q)
		if err := q.err(); err != nil {
			return err
		}
		items, total, err := list(c.Request.Context(), f)
		if err != nil {
			return err
		}
		ok(c, http.StatusOK, listOf(items, total, pg.Limit, pg.Offset, conv))
		return nil
	})
}

// listOf converts a page of model values into the list envelope.
func listOf[T any, R any](items []T, total int64, limit, offset int, conv func(*T) R) list[R] {
	out := list[R]{Items: make([]R, len(items)), Total: total, Limit: limit, Offset: offset}
	for i := range items {
		out.Items[i] = conv(&items[i])
	}
	return out
}

// listUnpaged is GET /<resources> of a short list that takes no parameter:
// every item, in an envelope of items alone.
func listUnpaged[T, R any](s *Server, list func(context.Context) ([]T, error), conv func(*T) R) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		items, err := list(c.Request.Context())
		if err != nil {
			return err
		}
		ok(c, http.StatusOK, gin.H{"items": listOf(items, 0, 0, 0, conv).Items})
		return nil
	})
}

// getOne is GET /<resources>/:id.
func getOne[T any, PT stored[T], R any](s *Server, get func(context.Context, int64) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		id, err := pathID(c)
		if err != nil {
			return err
		}
		v, err := get(c.Request.Context(), id)
		if err != nil {
			return err
		}
		okVersioned(c, http.StatusOK, PT(v).Ver(), conv(v))
		return nil
	})
}

// createBy is POST /<resources>: decode the body, create from it, 201
// with the new resource's Location and ETag.
func createBy[Req, T any, PT stored[T], R any](s *Server, path string,
	create func(context.Context, *Req) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		var req Req
		if err := decode(c, &req); err != nil {
			return err
		}
		v, err := create(c.Request.Context(), &req)
		if err != nil {
			return err
		}
		c.Header("Location", "/api/v1/"+path+"/"+itoa(PT(v).Ident()))
		okVersioned(c, http.StatusCreated, PT(v).Ver(), conv(v))
		return nil
	})
}

// patchBy is PATCH /<resources>/:id with If-Match: update applies the
// body to the stored version expected.
func patchBy[Req, T any, PT stored[T], R any](s *Server,
	update func(ctx context.Context, id int64, expected *int, req *Req) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		id, expected, req, err := versionedBody[int64, Req](c, pathVersion)
		if err != nil {
			return err
		}
		v, err := update(c.Request.Context(), id, expected, &req)
		if err != nil {
			return err
		}
		okVersioned(c, http.StatusOK, PT(v).Ver(), conv(v))
		return nil
	})
}

// createOne is createBy of a body type that applies itself onto the
// defaults (blank), checked by the store.
func createOne[T any, PT checked[T], Req any, PR request[Req, T], R any](s *Server, path string, blank T,
	create func(context.Context, *T) error, conv func(*T) R) gin.HandlerFunc {
	return createBy[Req, T, PT](s, path, func(ctx context.Context, req *Req) (*T, error) {
		v := blank
		if err := PR(req).apply(&v); err != nil {
			return nil, model.Merge(err, s.store.Check(PT(&v)))
		}
		return &v, create(ctx, &v)
	}, conv)
}

// patchOne is patchBy of a body type that applies itself onto the stored
// value, checked by the store.
func patchOne[T any, PT checked[T], Req any, PR request[Req, T], R any](s *Server,
	update func(context.Context, int64, *int, func(*T) error) (*T, error), conv func(*T) R) gin.HandlerFunc {
	return patchBy[Req, T, PT](s, func(ctx context.Context, id int64, expected *int, req *Req) (*T, error) {
		return update(ctx, id, expected, func(v *T) error {
			if err := PR(req).apply(v); err != nil {
				return model.Merge(err, s.store.Check(PT(v)))
			}
			return nil
		})
	}, conv)
}

// deleteOne is DELETE /<resources>/:id with If-Match: 204.
func (s *Server) deleteOne(del func(ctx context.Context, id int64, expected *int) error) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		id, expected, err := pathVersion(c)
		if err != nil {
			return err
		}
		return noContent(c, del(c.Request.Context(), id, expected))
	})
}

// revokeOne is DELETE /<resources>/:id of a secret (a token or a feed),
// which has no version: 204.
func (s *Server) revokeOne(revoke func(ctx context.Context, id int64) error) gin.HandlerFunc {
	return s.handle(func(c *gin.Context) error {
		id, err := pathID(c)
		if err != nil {
			return err
		}
		return noContent(c, revoke(c.Request.Context(), id))
	})
}

// noContent answers 204 unless err.
func noContent(c *gin.Context, err error) error {
	if err == nil {
		c.Status(http.StatusNoContent)
	}
	return err
}

// versionedBody reads what a write with If-Match asks for: the resource
// named by the path (at reads it and If-Match), then the JSON body.
func versionedBody[K, Req any](c *gin.Context, at func(*gin.Context) (K, *int, error)) (key K, expected *int, req Req, err error) {
	if key, expected, err = at(c); err == nil {
		err = decode(c, &req)
	}
	return key, expected, req, err
}

// pathVersion reads the path id and If-Match.
func pathVersion(c *gin.Context) (int64, *int, error) {
	id, err := pathID(c)
	if err != nil {
		return 0, nil, err
	}
	expected, err := ifMatch(c)
	return id, expected, err
}
