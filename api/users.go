package api

import (
	"context"

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
	change(&f, "display_name", r.DisplayName, &ch.DisplayName, false)
	change(&f, "role", r.Role, &ch.Role, true)
	change(&f, "disabled", r.Disabled, &ch.Disabled, true)
	change(&f, "password", r.Password, &ch.Password, true)
	return ch, f.err()
}

// userResponse never carries the password hash.
type userResponse struct {
	ID          int64   `json:"id"`
	Name        string  `json:"name"`
	DisplayName *string `json:"display_name"`
	Role        string  `json:"role"`
	Disabled    bool    `json:"disabled"`
	stamps
}

func toUserResponse(u *model.User) userResponse {
	return userResponse{ID: u.ID, Name: u.Name, DisplayName: nullable(u.DisplayName), Role: u.Role,
		Disabled: u.Disabled, stamps: stampsOf(&u.Meta)}
}

func (s *Server) createUser(ctx context.Context, req *userCreateRequest) (*model.User, error) {
	u := &model.User{Name: req.Name, DisplayName: req.DisplayName, Role: req.Role}
	return u, s.store.CreateUser(ctx, u, req.Password)
}

func (s *Server) updateUser(ctx context.Context, id int64, expected *int, req *userPatchRequest) (*model.User, error) {
	ch, err := req.change()
	if err != nil {
		return nil, err
	}
	return s.store.UpdateUser(ctx, id, expected, ch)
}

func (s *Server) userRoutes(g groups) {
	g.admin.GET("/users", listAll(s, pageOnly, s.store.ListUsers, toUserResponse))
	g.admin.GET("/users/:id", getOne(s, s.store.GetUser, toUserResponse))
	g.admin.POST("/users", createBy(s, "users", s.createUser, toUserResponse))
	g.admin.PATCH("/users/:id", patchBy(s, s.updateUser, toUserResponse))
	g.admin.DELETE("/users/:id", s.deleteOne(s.store.DeleteUser))
}
