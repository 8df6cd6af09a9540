package tui

import (
	"bufio"
	"bytes"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// snapshotReaders are the declarations of this package that may hold or
// read a snapshot: setSnapshot turns it into the View, which every screen
// decides and draws from; SnapshotMsg brings it there.
var snapshotReaders = map[string]bool{"setSnapshot": true, "SnapshotMsg": true}

// TestScreensReadTheViewOnly type-checks this package and fails where
// code other than setSnapshot reads a sessions.Snapshot or State (a field,
// a method, or handing one to a function such as ParticipationIn), or
// where a type or function keeps or takes one, other than the message
// that brings it.
func TestScreensReadTheViewOnly(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to find the export data with")
	}
	exports := exportData(t, goTool)
	fset := token.NewFileSet()
	var files []*ast.File
	names, _ := filepath.Glob("*.go")
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	lookup := func(path string) (io.ReadCloser, error) { return os.Open(exports[path]) }
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", lookup)}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	if _, err := conf.Check("kring/tui", fset, files, info); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			for name, node := range declared(decl) {
				if snapshotReaders[name] {
					continue
				}
				ast.Inspect(node, func(n ast.Node) bool {
					what := rawRead(n, info)
					if what != "" {
						t.Errorf("%s: %s reads raw room state (%s): read the View", fset.Position(n.Pos()), name, what)
					}
					return what == ""
				})
			}
		}
	}
}

// declared yields decl by name: a function, a type, or a package-level
// variable or constant (as "var").
func declared(decl ast.Decl) iter.Seq2[string, ast.Node] {
	return func(yield func(string, ast.Node) bool) {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			yield(d.Name.Name, d)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				name := "var"
				if ts, ok := spec.(*ast.TypeSpec); ok {
					name = ts.Name.Name
				}
				if !yield(name, spec) {
					return
				}
			}
		}
	}
}

// rawRead says what node n reads of a snapshot or state, or keeps of one,
// or "" when nothing.
func rawRead(n ast.Node, info *types.Info) string {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[n]; ok && isRaw(sel.Recv()) {
			return types.ExprString(n)
		}
	case *ast.CallExpr:
		if callee, ok := n.Fun.(*ast.SelectorExpr); ok && snapshotReaders[callee.Sel.Name] {
			return "" // handing a snapshot over to become the View
		}
		for _, arg := range n.Args {
			if isRaw(info.TypeOf(arg)) {
				return types.ExprString(n)
			}
		}
	case *ast.Field:
		if t := info.TypeOf(n.Type); isRaw(t) {
			return "a field or parameter of type " + t.String()
		}
	}
	return ""
}

// isRaw reports whether t is sessions.Snapshot or sessions.State, or a
// pointer to one.
func isRaw(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "kring/sessions" {
		return false
	}
	return named.Obj().Name() == "Snapshot" || named.Obj().Name() == "State"
}

// exportData maps this package's imports to their compiled export data.
func exportData(t *testing.T, goTool string) map[string]string {
	t.Helper()
	cmd := exec.Command(goTool, "list", "-export", "-deps", "-f", "{{.ImportPath}}={{.Export}}", ".")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	exports := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if path, file, ok := strings.Cut(sc.Text(), "="); ok && file != "" {
			exports[path] = file
		}
	}
	return exports
}
