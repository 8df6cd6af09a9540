package sessions

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestBuiltinTemplatesLoad(t *testing.T) {
	ts, errs := LoadTemplates("")
	if len(errs) > 0 {
		t.Fatalf("built-in templates: %v", errs)
	}
	for _, name := range []string{"leren-loont-het-langst-fase-3", "startbijeenkomst-leernetwerk", "swot", "plek-ordening-balans", "intervisie", "retrospectief"} {
		tpl, ok := ts[name]
		if !ok {
			t.Errorf("built-in %q missing", name)
			continue
		}
		for _, l := range Langs {
			if tpl.Describe(l) == "" || tpl.Title[l] == "" {
				t.Errorf("%s lacks a title or description in %s", name, l)
			}
			for i, a := range tpl.Activities {
				if a.Title[l] == "" {
					t.Errorf("%s activity %d lacks a title in %s", name, i, l)
				}
				for _, c := range a.Columns {
					if c[l] == "" {
						t.Errorf("%s activity %d has a column without %s title", name, i, l)
					}
				}
			}
			if _, err := NewRoomFrom(tpl, testCode, "", l, owner, t0); err != nil {
				t.Errorf("%s in %s: %v", name, l, err)
			}
		}
	}
}

func TestPhase3TemplateAgenda(t *testing.T) {
	ts, _ := LoadTemplates("")
	s := roomOf(t, ts["leren-loont-het-langst-fase-3"])
	var kinds []string
	for _, a := range s.Agenda {
		kinds = append(kinds, string(a.Kind))
	}
	if got := strings.Join(kinds, ","); got != "info,brainstorm,cluster,vote,actions" {
		t.Errorf("agenda = %s", got)
	}
	if !strings.Contains(s.Agenda[0].Text, "Praat alleen over en met mensen die hier zijn") {
		t.Errorf("info lacks the ground rules: %q", s.Agenda[0].Text)
	}
	cols := s.ColumnsOf(s.Agenda[1].ID)
	if len(cols) != 2 || cols[0].Title != "Positief, bevorderend voor leren in werk" || cols[0].Locked || !cols[1].Locked {
		t.Errorf("brainstorm columns = %+v, want positive open and negative locked", cols)
	}
	if s.Title != "Leren loont het langst — fase 3: ervaringen uitwisselen" {
		t.Errorf("title = %q", s.Title)
	}
	if s.NextID <= cols[1].ID {
		t.Errorf("NextID %d collides with columns", s.NextID)
	}
}

func TestIntervisieIsConfidential(t *testing.T) {
	ts, _ := LoadTemplates("")
	e, _ := NewRoomFrom(ts["intervisie"], testCode, "", English, owner, t0)
	for _, a := range payload[RoomCreated](t, e).Room.Agenda {
		if !a.Confidential {
			t.Errorf("intervisie activity %q not confidential", a.Title)
		}
	}
}

func TestTemplateErrorsNameFileAndField(t *testing.T) {
	cases := map[string]struct{ yaml, field string }{
		"bad name":       {"name: Bad Name\ntitle: x\ndescription: x\nactivities: [{kind: info, title: x, text: y}]", "name"},
		"unknown kind":   {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: dance, title: x}]", "activities[0].kind"},
		"no columns":     {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: brainstorm, title: x}]", "activities[0].columns"},
		"unknown field":  {"name: a\ntitle: x\ndescription: x\nsurprise: 1\nactivities: [{kind: info, title: x, text: y}]", "(file)"},
		"bad language":   {"name: a\ntitle: {fr: x}\ndescription: x\nactivities: [{kind: info, title: x, text: y}]", "(file)"},
		"no activities":  {"name: a\ntitle: x\ndescription: x", "activities"},
		"negative":       {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: vote, title: x, budget: -1}]", "activities[0].budget/per_item"},
		"negative cap":   {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: brainstorm, title: x, columns: [a], note_cap: -1}]", "activities[0].note_cap"},
		"stray budget":   {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: brainstorm, title: x, columns: [a], budget: 3}]", "activities[0].budget/per_item"},
		"stray rounds":   {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: vote, title: x, rounds: 3}]", "activities[0].rounds/minutes"},
		"stray axes":     {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: scale, title: x, left: a, right: b, top: c}]", "activities[0].top/bottom/shares"},
		"run-time field": {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: vote, title: x, closed: true}]", "(file)"},
		"info with none": {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: info, title: x}]", "activities[0].text"},
		"not yaml":       {"{{{", "(file)"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, _, err := ParseTemplate("mine.yaml", []byte(tc.yaml))
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("err = %v, want a *TemplateError", err)
			}
			if te.File != "mine.yaml" || te.Field != tc.field || te.Reason == "" {
				t.Errorf("error = %+v, want file mine.yaml field %q and a reason", te, tc.field)
			}
		})
	}
}

func TestTemplatesDirOverlaysAndSkipsBroken(t *testing.T) {
	dir := t.TempDir()
	good := "name: eigen\ntitle: {nl: Eigen, en: Own}\ndescription: {nl: Eigen sjabloon, en: Own template}\nactivities:\n  - kind: brainstorm\n    title: Ideeën\n    columns: [Ideeën]\n"
	if err := os.WriteFile(filepath.Join(dir, "eigen.yaml"), []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kapot.yaml"), []byte("name: kapot\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ts, errs := LoadTemplates(dir)
	if _, ok := ts["eigen"]; !ok {
		t.Error("template from the directory not loaded")
	}
	if _, ok := ts["swot"]; !ok {
		t.Error("built-ins lost when a directory is given")
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "kapot.yaml") {
		t.Errorf("errs = %v, want one naming kapot.yaml", errs)
	}
}

func TestTemplateTextIsCleanedAtLoad(t *testing.T) {
	dir := t.TempDir()
	// YAML's own escapes: \e is ESC, \a is BEL.
	file := `name: mijn
title: "Mijn\e]52;c;aGVsbG8=\a sjabloon\u202E"
description: {nl: "Wis\e[2J het \u202Escherm", en: Clear the screen}
activities:
  - kind: brainstorm
    title: Ideeën
    prompt: "Wat\e[31m werkt?\nEn wat niet?"
    columns: [Goed, "Beter\e]0;titel\a"]
`
	if err := os.WriteFile(filepath.Join(dir, "mijn.yaml"), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	ts, errs := LoadTemplates(dir)
	tpl := ts["mijn"]
	if tpl == nil {
		t.Fatalf("template not loaded: %v", errs)
	}
	for l, want := range map[Lang]string{Dutch: "Mijn sjabloon", English: "Mijn sjabloon"} {
		if got := tpl.Title[l]; got != want {
			t.Errorf("title in %s = %q, want %q", l, got, want)
		}
	}
	if got := tpl.Describe(Dutch); got != "Wis het scherm" {
		t.Errorf("description = %q", got)
	}
	if got := tpl.Activities[0].Prompt[Dutch]; got != "Wat werkt?\nEn wat niet?" {
		t.Errorf("prompt = %q", got)
	}
	if got := tpl.Activities[0].Columns[1][English]; got != "Beter" {
		t.Errorf("column = %q", got)
	}
	path := filepath.Join(dir, "mijn.yaml")
	want := map[string]string{
		"title":                    "removed escape sequences, bidi and formatting characters",
		"description.nl":           "removed escape sequences, bidi and formatting characters",
		"activities[0].prompt":     "removed escape sequences",
		"activities[0].columns[1]": "removed escape sequences",
	}
	got := map[string]string{}
	for _, err := range errs {
		var w *TemplateWarning
		if !errors.As(err, &w) {
			t.Errorf("unexpected error %v", err)
			continue
		}
		if w.File != path {
			t.Errorf("warning %v names file %q, want %q", w, w.File, path)
		}
		got[w.Field] = w.Reason
		if !strings.HasPrefix(w.Error(), path+": "+w.Field+": ") {
			t.Errorf("warning reads %q", w.Error())
		}
	}
	if len(got) != len(want) {
		t.Errorf("warnings for %v, want %v", got, want)
	}
	for field, reason := range want {
		if got[field] != reason {
			t.Errorf("warning for %s = %q, want %q", field, got[field], reason)
		}
	}
}

// TestEveryTemplateTextIsCleaned fills every text field of a template,
// found by reflection, with escape sequences: a text field that is not on
// the cleaning path fails the test.
func TestEveryTemplateTextIsCleaned(t *testing.T) {
	tpl := &Template{File: "vol.yaml", Activities: []TemplateActivity{{}, {}}}
	n := 0
	eachText(reflect.ValueOf(tpl), func(v reflect.Value) {
		if v.Kind() == reflect.Slice {
			v.Set(reflect.ValueOf([]Text{{}, {}}))
			return
		}
		n++
		v.Set(reflect.ValueOf(Text{Dutch: fmt.Sprintf("nl%d\x1b[2J", n), English: fmt.Sprintf("en%d\u202e", n)}))
	})
	warns, err := tpl.cleanTexts()
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 2*n {
		t.Errorf("%d warnings for %d texts in two languages", len(warns), n)
	}
	eachText(reflect.ValueOf(tpl), func(v reflect.Value) {
		for _, s := range v.Interface().(Text) {
			if strings.ContainsAny(s, "\x1b\u202e") {
				t.Errorf("text %q not cleaned", s)
			}
		}
	})
	if len(tpl.texts()) != n {
		t.Errorf("texts() lists %d fields, the types have %d", len(tpl.texts()), n)
	}
}

// eachText calls f with every Text reachable from v, and first with every
// []Text when it is empty (so that f may fill it).
func eachText(v reflect.Value, f func(reflect.Value)) {
	switch {
	case v.Type() == reflect.TypeFor[Text]():
		f(v)
	case v.Type() == reflect.TypeFor[[]Text]():
		if v.Len() == 0 {
			f(v)
		}
		for i := range v.Len() {
			eachText(v.Index(i), f)
		}
	case v.Kind() == reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), f)
		}
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			eachText(v.Index(i), f)
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			eachText(v.Field(i), f)
		}
	}
}

func TestTemplateTextTooLong(t *testing.T) {
	yaml := "name: a\ntitle: x\ndescription: " + strings.Repeat("x", MaxDescriptionLen+1) + "\nactivities: [{kind: info, title: x, text: y}]"
	_, _, err := ParseTemplate("lang.yaml", []byte(yaml))
	var te *TemplateError
	if !errors.As(err, &te) || te.Field != "description" {
		t.Errorf("err = %v, want a TemplateError for description", err)
	}
	_, warns, err := ParseTemplate("lang.yaml", []byte(strings.Replace(yaml, strings.Repeat("x", MaxDescriptionLen+1), `"`+strings.Repeat("x", MaxDescriptionLen)+`\e[0m"`, 1)))
	if err != nil || len(warns) != 1 {
		t.Errorf("a description at the cap after cleaning: %v, %v", warns, err)
	}
}
