package main

import (
	"os"
	"regexp"
	"testing"
	"time"

	"kring/sessions"
)

// Every template example in the README loads as written: a teacher who
// copies one into a templates directory gets a working session.
func TestReadmeTemplatesLoad(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllSubmatch(readme, -1)
	if len(blocks) == 0 {
		t.Fatal("no yaml example in the README")
	}
	for i, b := range blocks {
		tpl, warns, err := sessions.ParseTemplate("README.md", b[1])
		if err != nil {
			t.Errorf("README yaml example %d does not load: %v", i+1, err)
			continue
		}
		for _, w := range warns {
			t.Errorf("README yaml example %d loads only cleaned: %v", i+1, w)
		}
		if _, err := sessions.NewRoomFrom(tpl, "K7Q4MX", "", sessions.Dutch, "key:test", time.Now()); err != nil {
			t.Errorf("README yaml example %d makes no room: %v", i+1, err)
		}
	}
}
