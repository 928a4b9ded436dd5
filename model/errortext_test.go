package model

// Tests that the loader depends on no wording of encoding/json's errors.

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	goparser "go/parser"
	"go/token"
	"go/types"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"careercompare/internal/loudskip"
)

// TestSyntaxErrors_NoErrorText proves that no code of the model reads the
// text of an error: it never calls an error's Error method (but to make its
// own) nor formats an error into a string with fmt. encoding/json words its
// errors as it likes; the loader reports them by their type and the file's
// bytes. It type-checks the package's sources.
func TestSyntaxErrors_NoErrorText(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("careercompare/model", fset, files, info); err != nil {
		loudskip.Skip(t, "cannot type-check the package from source: %v", err)
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	isErr := func(e ast.Expr) bool { tv, ok := info.Types[e]; return ok && types.Implements(tv.Type, errType) }
	for _, f := range files {
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv != nil && fn.Name.Name == "Error" {
				continue // an error's own text
			}
			ast.Inspect(decl, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if sel.Sel.Name == "Error" && len(call.Args) == 0 && isErr(sel.X) {
					t.Errorf("%s: reads the text of an error", fset.Position(call.Pos()))
				}
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() != "Errorf" {
					for _, a := range call.Args {
						if isErr(a) {
							t.Errorf("%s: formats an error into text with fmt.%s", fset.Position(a.Pos()), fn.Name())
						}
					}
				}
				return true
			})
		}
	}
}

// jsonv2Dump names the file a child test run writes its syntax errors to.
const jsonv2Dump = "CAREERCOMPARE_JSONV2_DUMP"

// TestSyntaxErrors_JSONv2 runs the loader's syntax tests again with
// encoding/json built as GOEXPERIMENT=jsonv2 makes it, whose errors are
// worded otherwise and whose offsets count otherwise, and checks that
// 50,000 broken documents get the same problem at the same line from both.
// The child go test builds the standard library once for the experiment
// (about 40 s on a cold cache, then a few seconds).
func TestSyntaxErrors_JSONv2(t *testing.T) {
	if out := os.Getenv(jsonv2Dump); out != "" { // the child
		if err := os.WriteFile(out, syntaxDump(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if testing.Short() {
		loudskip.Skip(t, "builds the standard library with GOEXPERIMENT=jsonv2 (-short)")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		loudskip.Skip(t, "no go command to run the tests with GOEXPERIMENT=jsonv2: %v", err)
	}
	out := filepath.Join(t.TempDir(), "jsonv2.txt")
	cmd := exec.Command(goTool, "test", "-count=1", "-tags", "no_emoji",
		"-run", "^(TestSyntaxErrors|TestSyntaxErrors_JSONv2|TestHostile_Files|TestLoad_Problems|TestLoad_Edges)$", ".")
	cmd.Env = append(os.Environ(), "GOEXPERIMENT=jsonv2", jsonv2Dump+"="+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test with GOEXPERIMENT=jsonv2: %v\n%s", err, b)
	}
	v2, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	v1 := bufio.NewScanner(bytes.NewReader(syntaxDump()))
	v1.Buffer(nil, 1<<20)
	for i, l2 := range strings.Split(strings.TrimSuffix(string(v2), "\n"), "\n") {
		if !v1.Scan() {
			t.Fatalf("jsonv2 gave more lines than %d", i)
		}
		if l1 := v1.Text(); l1 != l2 {
			t.Fatalf("document %d:\n%s\nwith jsonv2:\n%s", i, l1, l2)
		}
	}
	if v1.Scan() {
		t.Fatal("jsonv2 gave fewer lines")
	}
}

// syntaxDump loads 50,000 broken documents, small JSON documents cut and
// changed a byte or three at random (the same each time), and lists each
// with what parseTree says of it.
func syntaxDump() []byte {
	seeds := []string{
		`{"a": [1, -0.5e+3, true, false, null, "x\u00e9\ud83d\ude00\n"], "b": {"c": "d"}}`,
		"{\n\"schema\": 1,\n\"sources\": [\n{\"id\": \"s\", \"title\": \"T\\\"\"}],\n\"x\": [[], {}, 0, -1.5E-7]\n}\n",
		`[0, "\\", "\/", 12.5e10, {"k": []}]`,
	}
	alphabet := []byte("{}[]:,\"\\ \n\t0123456789-+.eEutrfalsnx'/\x01é")
	r := rand.New(rand.NewSource(28))
	var out bytes.Buffer
	for range 50000 {
		b := []byte(seeds[r.Intn(len(seeds))])
		for k := 1 + r.Intn(3); k > 0; k-- {
			switch i := r.Intn(len(b) + 1); r.Intn(3) {
			case 0:
				b = append(b[:i], b[min(i+1, len(b)):]...)
			case 1:
				b = append(b[:i], append([]byte{alphabet[r.Intn(len(alphabet))]}, b[i:]...)...)
			default:
				b = b[:i]
			}
		}
		_, err := parseTree(b)
		fmt.Fprintf(&out, "%q => %v\n", b, err)
	}
	return out.Bytes()
}
