package server

import (
	"strings"
	"testing"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// Once the facilitator shares the report, every participant fetches their
// own copy with `ssh CODE@host export` — keyless ones with their rejoin
// code — holding what they may read: no confidential activity, even when
// asked for. Before that, and for strangers, a refusal that says who can
// share it. --no-names takes every name out.
func TestParticipantsFetchTheSharedReport(t *testing.T) {
	ts := startServer(t, t.TempDir())
	facKey, annaKey, strangerKey := sshtest.NewKey(t), sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--title Studiedag")
	fac := ts.join(t, code, facKey, "Fleur", "")
	anna := ts.join(t, code, annaKey, "Anna", "leerkracht")
	addNote(anna, "Meer tijd voor intervisie", 1)
	bram, rejoin := ts.joinKeyless(t, code, "Bram")
	_ = fac

	res := sshtest.ExecAs(t, ts.addr, code, annaKey, "export")
	if res.Status != 1 || !strings.Contains(res.Stderr, "niet gedeeld") || !strings.Contains(res.Stderr, "procesbegeleider") {
		t.Errorf("before sharing: status %d, stderr %q", res.Status, res.Stderr)
	}

	room, err := ts.srv.hub.Room(t.Context(), code)
	if err != nil {
		t.Fatal(err)
	}
	fid := room.Snapshot().State.Facilitators[0]
	if err := room.Do(t.Context(), fid, sessions.Publish{Published: true}); err != nil {
		t.Fatal(err)
	}
	bram.WaitFor("Het verslag is gedeeld", wait)
	if err := room.Do(t.Context(), fid, sessions.SetConfidential{Activity: 1, Confidential: true}); err != nil {
		t.Fatal(err)
	}

	res = sshtest.ExecAs(t, ts.addr, code, annaKey, "export --format html --confidential")
	if res.Status != 0 || strings.Contains(res.Stdout, "Meer tijd voor intervisie") || !strings.Contains(res.Stdout, "Anna") {
		t.Errorf("Anna's copy with the board confidential: status %d, stderr %q, holds the note: %v", res.Status, res.Stderr, strings.Contains(res.Stdout, "Meer tijd"))
	}
	if err := room.Do(t.Context(), fid, sessions.SetConfidential{Activity: 1, Confidential: false}); err != nil {
		t.Fatal(err)
	}
	res = sshtest.ExecAs(t, ts.addr, code, annaKey, "export")
	if res.Status != 0 || !strings.Contains(res.Stdout, "Meer tijd voor intervisie") || !strings.Contains(res.Stdout, "<html") {
		t.Errorf("Anna's copy: status %d, stderr %q:\n%s", res.Status, res.Stderr, res.Stdout)
	}

	res = sshtest.ExecAs(t, ts.addr, code, nil, "export")
	if res.Status != 1 || !strings.Contains(res.Stderr, "terugkeercode") {
		t.Errorf("keyless without a rejoin code: status %d, stderr %q", res.Status, res.Stderr)
	}
	res = sshtest.ExecAs(t, ts.addr, code, nil, "export --format csv --rejoin "+rejoin)
	if res.Status != 0 || !strings.Contains(res.Stdout, "Meer tijd voor intervisie") {
		t.Errorf("Bram's copy: status %d, stderr %q", res.Status, res.Stderr)
	}
	res = sshtest.ExecAs(t, ts.addr, code, strangerKey, "export")
	if res.Status != 1 || strings.Contains(res.Stdout, "intervisie") {
		t.Errorf("a stranger's copy: status %d, stdout %q", res.Status, res.Stdout)
	}

	res = sshtest.Exec(t, ts.addr, facKey, "export "+code+" --no-names")
	for _, name := range []string{"Anna", "Bram", "Fleur"} {
		if strings.Contains(res.Stdout, name) {
			t.Errorf("--no-names report names %s:\n%s", name, res.Stdout)
		}
	}
	if res.Status != 0 || !strings.Contains(res.Stdout, "deelnemer 2") {
		t.Errorf("--no-names: status %d, stderr %q:\n%s", res.Status, res.Stderr, res.Stdout)
	}
}
