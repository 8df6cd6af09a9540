package sessions

import (
	"errors"
	"os"
	"path/filepath"
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
	e, err := NewRoomFrom(ts["leren-loont-het-langst-fase-3"], testCode, "", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Seq = 1
	s := Apply(State{}, e)
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
	for _, a := range e.Room.Agenda {
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
		"negative":       {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: vote, title: x, budget: -1}]", "activities[0].note_cap/budget/per_item"},
		"info with none": {"name: a\ntitle: x\ndescription: x\nactivities: [{kind: info, title: x}]", "activities[0].text"},
		"not yaml":       {"{{{", "(file)"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := ParseTemplate("mine.yaml", []byte(tc.yaml))
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
