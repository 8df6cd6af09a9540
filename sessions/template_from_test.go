package sessions

import (
	"errors"
	"slices"
	"testing"
)

// The themes a room carries over are those of its clusters, once each,
// not those of a confidential one; a template takes them into its first
// cluster.
func TestCarriedThemes(t *testing.T) {
	s := fromTemplate(t, "leren-loont-het-langst-fase-3")
	var cluster int
	for _, a := range s.Agenda {
		if a.Kind == KindCluster {
			cluster = a.ID
		}
	}
	s, _ = step(t, s, owner, GoTo{Activity: cluster})
	for _, title := range []string{"Tijd", "Samen leren", "tijd"} {
		s, _ = step(t, s, owner, AddTheme{Title: title})
	}
	if got := CarriedThemes(s); !slices.Equal(got, []string{"Tijd", "Samen leren"}) {
		t.Errorf("carried themes = %q", got)
	}
	s, _ = step(t, s, owner, SetConfidential{Activity: cluster, Confidential: true})
	if got := CarriedThemes(s); len(got) != 0 {
		t.Errorf("a confidential cluster's themes are carried: %q", got)
	}

	ts, _ := LoadTemplates("")
	tpl, err := ts["leren-loont-het-langst-fase-4"].WithThemes([]string{"Tijd", "Samen leren"})
	if err != nil {
		t.Fatal(err)
	}
	room := roomOf(t, tpl)
	var got []string
	for _, th := range room.Themes {
		got = append(got, th.Title)
	}
	if !slices.Equal(got, []string{"Tijd", "Samen leren"}) {
		t.Errorf("phase 4 starts with themes %q", got)
	}
	if len(ts["leren-loont-het-langst-fase-4"].Activities[0].Items) != 0 {
		t.Error("WithThemes changed the built-in template")
	}
	if _, err := ts["wereldcafe"].WithThemes([]string{"x"}); !errors.Is(err, ErrNoClusterInTemplate) {
		t.Errorf("a template without a cluster: %v", err)
	}
	if _, err := tpl.WithThemes(nil); !errors.Is(err, ErrNoThemes) {
		t.Errorf("no themes: %v", err)
	}
}
