package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEveryStringInBothLanguages(t *testing.T) {
	if missing := ui.Missing(); len(missing) > 0 {
		t.Errorf("UI strings without a translation: %v", missing)
	}
}

// TestEveryKeyUsedExists reads the package's sources for m.t("…") calls and
// checks that each key is in the catalogue, so no screen shows a raw key.
func TestEveryKeyUsedExists(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\bt\("([a-z_.]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if strings.HasSuffix(m[1], ".") {
				continue // a prefix completed at run time, such as "kind."
			}
			if _, ok := ui[m[1]]; !ok {
				t.Errorf("%s uses key %q that has no text", f, m[1])
			}
		}
	}
}
