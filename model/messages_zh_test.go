package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Every field message the code writes has its Chinese in messagesZH, so
// that message_zh is Chinese, not the generic lead before the English.
func TestMessagesZHComplete(t *testing.T) {
	calls := map[string]int{"Add": 1, "Invalid": 1, "BadRequest": 1, "NewFieldError": 1, "bad": 1}
	for _, dir := range []string{".", "../api"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) < 2 {
					return true
				}
				var name string
				switch fn := call.Fun.(type) {
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				case *ast.Ident:
					name = fn.Name
				}
				if calls[name] == 0 {
					return true
				}
				lit, ok := call.Args[calls[name]].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				format, _ := strconv.Unquote(lit.Value)
				if _, ok := messagesZH[format]; !ok && format != "%s" {
					t.Errorf("%s: %q has no Chinese: add it to messagesZH in model/messages_zh.go", path, format)
				}
				return true
			})
		}
	}
}

func TestNewFieldErrorZH(t *testing.T) {
	f := NewFieldError("partner_ids", "partner %d does not exist", 7)
	if f.Message != "partner 7 does not exist" || f.MessageZH != "伙伴 7 不存在" {
		t.Errorf("%+v", f)
	}
	if f := NewFieldError("year", "%s", "year 1800 is out of range"); !strings.Contains(f.MessageZH, "year 1800") {
		t.Errorf("fallback: %+v", f)
	}
}
