package data_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kring/data"
	"kring/sessions"
)

// documentedFields reads the names docs/PRIVACY.md lists between its
// markers: the first column of each table row, in backticks.
func documentedFields(t *testing.T) map[string]bool {
	t.Helper()
	doc, err := os.ReadFile("../docs/PRIVACY.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	begin, end := strings.Index(s, "<!-- fields:begin -->"), strings.Index(s, "<!-- fields:end -->")
	if begin < 0 || end < begin {
		t.Fatal("docs/PRIVACY.md has no <!-- fields:begin --> … <!-- fields:end --> block")
	}
	out := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([^`]+)`").FindAllStringSubmatch(s[begin:end], -1) {
		out[m[1]] = true
	}
	return out
}

// storedNames walks every bucket, key and value in the store in dir and
// returns the names found: buckets as "bucket:NAME", the fields of JSON
// values as their object keys, wherever they are nested.
func storedNames(t *testing.T, s *data.Store) map[string][]string {
	t.Helper()
	found := map[string][]string{}
	note := func(name, where string) {
		if !slices.Contains(found[name], where) && len(found[name]) < 3 {
			found[name] = append(found[name], where)
		}
	}
	var keys func(v any, where string)
	keys = func(v any, where string) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				note(k, where)
				keys(e, where)
			}
		case []any:
			for _, e := range x {
				keys(e, where)
			}
		}
	}
	err := s.Walk(func(buckets []string, k, v []byte) {
		if v == nil {
			if len(buckets) == 0 { // the room logs inside "events" are named by code
				note("bucket:"+string(k), "top")
			}
			return
		}
		var tree any
		if err := json.Unmarshal(v, &tree); err != nil {
			t.Errorf("%v/%q is not JSON: %v", buckets, k, err)
			return
		}
		keys(tree, strings.Join(buckets, "/"))
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// TestPrivacyDocumentNamesEveryStoredField walks stores written by every
// built-in template's session (the fixture, in both stored versions) and by
// a session with a keyless participant, a retention and an erasure, and
// fails on any bucket or field docs/PRIVACY.md does not name.
func TestPrivacyDocumentNamesEveryStoredField(t *testing.T) {
	doc := documentedFields(t)
	ctx := context.Background()

	old := t.TempDir()
	copyFile(t, filepath.Join(fixtureDir, "kring.db"), filepath.Join(old, "kring.db"))
	v1 := open(t, old)
	defer v1.Close()
	fresh := open(t, t.TempDir())
	defer fresh.Close()
	rooms, err := v1.Rooms(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range rooms {
		events, err := v1.Load(ctx, info.Code)
		if err != nil {
			t.Fatal(err)
		}
		if err := fresh.Create(ctx, info, events[0]); err != nil {
			t.Fatal(err)
		}
		if err := fresh.Append(ctx, info.Code, events[1:]); err != nil {
			t.Fatal(err)
		}
	}
	createRoom(t, fresh, "K7Q4MX", t0, true)
	events, err := fresh.Load(ctx, "K7Q4MX")
	if err != nil {
		t.Fatal(err)
	}
	events = append(events, sessions.Event{Seq: uint64(len(events) + 1), At: t0, Actor: owner, Data: sessions.RetentionSet{Days: 30}})
	erased, _, err := sessions.Erase(events, alice, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := fresh.Rewrite(ctx, "K7Q4MX", erased); err != nil {
		t.Fatal(err)
	}

	// Rooms as today's kring starts them from every built-in template
	// (with their texts in the other language), one with its report
	// shared.
	templates, _ := sessions.LoadTemplates("")
	for i, tpl := range templates.Sorted() {
		code := string("ACDEFGHJKMNP"[i]) + "CDEFG"
		first, err := sessions.NewRoomFrom(tpl, code, "", sessions.Dutch, owner, t0)
		if err != nil {
			t.Fatal(err)
		}
		first.Seq = 1
		info := sessions.RoomInfo{Code: code, Title: tpl.Name, Owner: owner, Lang: sessions.Dutch, Created: t0}
		if err := fresh.Create(ctx, info, first); err != nil {
			t.Fatal(err)
		}
		shared := sessions.Event{Seq: 2, At: t0, Actor: owner, Data: sessions.ReportPublished{Published: true}}
		if err := fresh.Append(ctx, code, []sessions.Event{shared}); err != nil {
			t.Fatal(err)
		}
	}

	for what, s := range map[string]*data.Store{"version 1 (fixture)": v1, "version 2": fresh} {
		names := storedNames(t, s)
		for _, name := range slices.Sorted(func(yield func(string) bool) {
			for k := range names {
				if !yield(k) {
					return
				}
			}
		}) {
			if !doc[name] {
				t.Errorf("%s: docs/PRIVACY.md does not name %q (found in %v)", what, name, names[name])
			}
		}
	}
}
