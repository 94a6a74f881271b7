package api

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/youcheng/youcheng/model"
)

// userCreateRequest is the body of POST /users.
type userCreateRequest struct {
	Name        string `json:"name"`
	DisplayName string `json:"display_name"`
	Role        string `json:"role"`
	Password    string `json:"password"`
}

// userPatchRequest is the body of PATCH /users/{id}; the name is fixed.
type userPatchRequest struct {
	DisplayName Opt[string] `json:"display_name"`
	Role        Opt[string] `json:"role"`
	Disabled    Opt[bool]   `json:"disabled"`
	Password    Opt[string] `json:"password"`
}

func (r *userPatchRequest) change() (model.UserChange, error) {
	var ch model.UserChange
	var f fields
	if use, clear := f.take("display_name", r.DisplayName.Set, r.DisplayName.Null, false); use {
		v := r.DisplayName.V
		if clear {
			v = ""
		}
		ch.DisplayName = &v
	}
	if use, _ := f.take("role", r.Role.Set, r.Role.Null, true); use {
		ch.Role = &r.Role.V
	}
	if use, _ := f.take("disabled", r.Disabled.Set, r.Disabled.Null, true); use {
		ch.Disabled = &r.Disabled.V
	}
	if use, _ := f.take("password", r.Password.Set, r.Password.Null, true); use {
		ch.Password = &r.Password.V
	}
	return ch, f.err()
}

// userResponse never carries the password hash.
type userResponse struct {
	ID          int64     `json:"id"`
	Name        string    `json:"name"`
	DisplayName *string   `json:"display_name"`
	Role        string    `json:"role"`
	Disabled    bool      `json:"disabled"`
	Version     int       `json:"version"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

func toUserResponse(u *model.User) userResponse {
	return userResponse{ID: u.ID, Name: u.Name, DisplayName: nullable(u.DisplayName), Role: u.Role,
		Disabled: u.Disabled, Version: u.Version, CreatedAt: u.CreatedAt, UpdatedAt: u.UpdatedAt}
}

func (s *Server) createUser(c *gin.Context) error {
	var req userCreateRequest
	if err := decode(c, &req); err != nil {
		return err
	}
	u := &model.User{Name: req.Name, DisplayName: req.DisplayName, Role: req.Role}
	if err := s.store.CreateUser(c.Request.Context(), u, req.Password); err != nil {
		return err
	}
	c.Header("Location", "/api/v1/users/"+itoa(u.ID))
	okVersioned(c, http.StatusCreated, u.Version, toUserResponse(u))
	return nil
}

func (s *Server) patchUser(c *gin.Context) error {
	id, expected, req, err := patchInput[userPatchRequest](c)
	if err != nil {
		return err
	}
	ch, err := req.change()
	if err != nil {
		return err
	}
	u, err := s.store.UpdateUser(c.Request.Context(), id, expected, ch)
	if err != nil {
		return err
	}
	okVersioned(c, http.StatusOK, u.Version, toUserResponse(u))
	return nil
}

func (s *Server) userRoutes(g groups) {
	g.admin.GET("/users", listAll(s, pageOnly, s.store.ListUsers, toUserResponse))
	g.admin.GET("/users/:id", getOne(s, s.store.GetUser, toUserResponse))
	g.admin.POST("/users", s.handle(s.createUser))
	g.admin.PATCH("/users/:id", s.handle(s.patchUser))
	g.admin.DELETE("/users/:id", s.deleteOne(s.store.DeleteUser))
}
