package server

import (
	"strings"
	"testing"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// A phase-4 room takes the themes a phase-3 room found, when its
// facilitator asks; nobody else can take them, and a template without a
// cluster says so.
func TestNewFromTakesTheThemesOfAnEarlierRoom(t *testing.T) {
	ts := startServer(t, t.TempDir())
	facKey, otherKey := sshtest.NewKey(t), sshtest.NewKey(t)
	phase3 := ts.newRoom(t, facKey, "--template leren-loont-het-langst-fase-3")
	fac := ts.connect(t, phase3, facKey)
	fillJoinForm(fac, "Fleur", "")
	fac.WaitFor("Doel en spelregels", wait)
	room, err := ts.srv.hub.Room(t.Context(), phase3)
	if err != nil {
		t.Fatal(err)
	}
	state := room.Snapshot().State
	fid := state.Facilitators[0]
	cluster := 0
	for _, a := range state.Agenda {
		if a.Kind == sessions.KindCluster {
			cluster = a.ID
		}
	}
	if err := room.Do(t.Context(), fid, sessions.GoTo{Activity: cluster}); err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Tijd voor intervisie", "Leren van elkaar <b>", "tijd voor intervisie"} {
		if err := room.Do(t.Context(), fid, sessions.AddTheme{Title: title}); err != nil {
			t.Fatal(err)
		}
	}
	fac.Close()

	phase4 := ts.newRoom(t, facKey, "--template leren-loont-het-langst-fase-4 --from "+phase3)
	st, err := ts.srv.hub.State(t.Context(), phase4)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range st.Agenda {
		if a.Kind == sessions.KindCluster {
			for _, th := range st.ThemesOf(a.ID) {
				got = append(got, th.Title)
			}
		}
	}
	if strings.Join(got, "|") != "Tijd voor intervisie|Leren van elkaar <b>" {
		t.Errorf("phase 4 starts with themes %q, want the two of phase 3 once each", got)
	}

	for name, c := range map[string]struct {
		by   bool
		args string
		want string
	}{
		"someone else's room":      {false, "--template leren-loont-het-langst-fase-4 --from " + phase3, "procesbegeleider"},
		"a template without one":   {true, "--template wereldcafe --from " + phase3, "geen onderdeel met thema's"},
		"no template":              {true, "--from " + phase3, "geen onderdeel met thema's"},
		"a room that is not there": {true, "--template leren-loont-het-langst-fase-4 --from ACDEFG", "bestaat niet"},
	} {
		key := otherKey
		if c.by {
			key = facKey
		}
		res := sshtest.Exec(t, ts.addr, key, "new "+c.args)
		if res.Status != 1 || !strings.Contains(res.Stderr, c.want) {
			t.Errorf("%s: status %d, stderr %q; want %q", name, res.Status, res.Stderr, c.want)
		}
	}
}
