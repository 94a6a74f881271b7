// Package console is the staff console: a bilingual single-page web client
// of the REST API, served by the same binary. Its HTML shell, ES modules,
// stylesheet and translation catalogs are embedded with go:embed; there is
// no build step and no CDN.
//
// The console owns no rule: every page reads and writes through /api/v1,
// so validation, roles and scheduling stay in one place (the model, behind
// the API). This package only serves files:
//
//   - the HTML shell at "/" and at every console path (paths), with
//     Cache-Control: no-cache, so a deep link such as /partners/1 loads the
//     console, which then routes in the browser;
//   - the assets at /assets/<version>/<file>, where <version> is a hash of
//     every embedded file: a release changes the prefix, so assets can be
//     cached for a year ("immutable") while ES modules keep importing each
//     other by relative path. Each asset also carries an ETag.
//
// Console paths are not API routes: they stay out of docs/openapi.yaml;
// the route/spec test skips every route that Register adds.
package console

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strings"

	"github.com/gin-gonic/gin"
)

//go:embed static
var embedded embed.FS

// paths are the console's pages in gin's syntax. Each serves the HTML shell;
// the browser-side route table (static/js/routes.js) decides what to show.
// A test holds the two lists together.
var paths = []string{
	"/",
	"/signin",
	"/partners",
	"/partners/:id",
	"/partnerships",
	"/partnerships/:id",
	"/anniversaries",
	"/events",
	"/events/:id",
	"/plans",
	"/plans/:id",
	"/calendar",
	"/holidays",
	"/targets",
	"/stats",
	"/admin/users",
	"/admin/tokens",
	"/admin/audit",
	"/admin/holidays",
}

// assetsRoute serves every embedded asset.
const assetsRoute = "/assets/*file"

type asset struct {
	body        []byte
	contentType string
	etag        string
}

// Console serves the shell and the assets.
type Console struct {
	version string
	assets  map[string]asset // by path below static/, e.g. "js/app.js"
	shell   []byte
	etag    string
	// notFound answers an unknown asset.
	notFound gin.HandlerFunc
}

// contentTypes is explicit so that the answer never depends on the host's
// /etc/mime.types.
var contentTypes = map[string]string{
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
	".html": "text/html; charset=utf-8",
}

// Options tell the console about the installation.
type Options struct {
	// HomeCountry is the office's own country (default CN): the console
	// shows its holidays beside each partner country's.
	HomeCountry string
	// LocalNamesZH gives the Chinese names of local parties (the home city
	// and e.g. Shandong Province), shown in place of the English ones.
	LocalNamesZH map[string]string
	// Auth is the API's mode ("writes", "all", "off"): with "off" there is
	// no sign-in and the console offers everything.
	Auth string
	// NotFound answers a request for an asset that is not there (the API
	// passes its problem+json 404); without it, a plain-text 404.
	NotFound gin.HandlerFunc
}

// New reads the embedded files. It panics only if the embedded shell is
// broken, which the package's tests rule out.
func New(opt Options) *Console {
	if opt.HomeCountry == "" {
		opt.HomeCountry = "CN"
	}
	c := &Console{assets: map[string]asset{}, notFound: opt.NotFound}
	if c.notFound == nil {
		c.notFound = func(g *gin.Context) { g.Data(http.StatusNotFound, "text/plain; charset=utf-8", []byte("not found\n")) }
	}
	all := sha256.New()
	var names []string
	_ = fs.WalkDir(embedded, "static", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	for _, p := range names {
		b, _ := embedded.ReadFile(p)
		rel := strings.TrimPrefix(p, "static/")
		sum := sha256.Sum256(b)
		all.Write([]byte(rel))
		all.Write(sum[:])
		ct := contentTypes[path.Ext(rel)]
		if ct == "" {
			ct = "application/octet-stream"
		}
		c.assets[rel] = asset{body: b, contentType: ct, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
	}
	c.version = hex.EncodeToString(all.Sum(nil)[:6])

	localNames, _ := json.Marshal(opt.LocalNamesZH)
	tpl := template.Must(template.New("shell").Parse(string(c.assets["index.html"].body)))
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, map[string]string{"Assets": "/assets/" + c.version, "HomeCountry": opt.HomeCountry, "Auth": opt.Auth, "LocalNames": string(localNames)}); err != nil {
		panic("console: shell template: " + err.Error())
	}
	c.shell = buf.Bytes()
	sum := sha256.Sum256(c.shell)
	c.etag = `"` + hex.EncodeToString(sum[:8]) + `"`
	return c
}

// Register adds the console's routes to r.
func (c *Console) Register(r gin.IRoutes) {
	for _, p := range paths {
		r.GET(p, c.serveShell)
	}
	r.GET(assetsRoute, c.serveAsset)
}

func (c *Console) serveShell(g *gin.Context) {
	h := g.Writer.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", c.etag)
	securityHeaders(h)
	if match(g.GetHeader("If-None-Match"), c.etag) {
		g.Status(http.StatusNotModified)
		return
	}
	g.Data(http.StatusOK, "text/html; charset=utf-8", c.shell)
}

// serveAsset answers /assets/<version>/<file>. A request for an older
// version gets today's file but must revalidate, so a page from before a
// release still loads.
func (c *Console) serveAsset(g *gin.Context) {
	rest := strings.TrimPrefix(g.Param("file"), "/")
	version, name, ok := strings.Cut(rest, "/")
	a, found := c.assets[name]
	if !ok || !found || name == "index.html" || strings.Contains(name, "..") {
		c.notFound(g)
		return
	}
	h := g.Writer.Header()
	if version == c.version {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	if match(g.GetHeader("If-None-Match"), a.etag) {
		g.Status(http.StatusNotModified)
		return
	}
	g.Data(http.StatusOK, a.contentType, a.body)
}

func match(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == etag || t == "W/"+etag || t == "*" {
			return true
		}
	}
	return false
}

// securityHeaders: the console runs only its own scripts and styles and
// talks only to its own origin.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
}
