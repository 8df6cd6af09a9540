package server

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"kring/data"
	"kring/server/internal/sshtest"
	"kring/sessions"
)

// dbHolds reports whether the database file in dir holds text anywhere in
// its raw bytes, and how many bytes it searched.
func dbHolds(t *testing.T, dir, text string) (bool, int) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(raw, []byte(text)), len(raw)
}

func TestExecDeleteAsksForTheCodeAndLeavesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ts := startServer(t, dir)
	fac, other := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, fac, `--title "Studiedag"`)
	anna := ts.join(t, code, other, "Anna", "")
	addNote(anna, "Geheim plan voor de teamdag", 1)
	if held, _ := dbHolds(t, dir, "Geheim plan"); !held {
		t.Fatal("the note is not in the file: the test would prove nothing")
	}

	if res := sshtest.ExecInput(t, ts.addr, other, "delete "+code, code+"\n"); res.Status != 1 || !strings.Contains(res.Stderr, "procesbegeleider") {
		t.Errorf("delete by a participant: status %d, stderr %q", res.Status, res.Stderr)
	}
	res := sshtest.ExecInput(t, ts.addr, fac, "delete "+code, "ABC-DEF\n")
	if res.Status != 1 || !strings.Contains(res.Stderr, "niet bevestigd") || !strings.Contains(res.Stderr, "export "+code) {
		t.Errorf("delete with the wrong code typed: status %d, stderr %q", res.Status, res.Stderr)
	}
	if res := sshtest.Exec(t, ts.addr, fac, "delete "+code); res.Status != 1 {
		t.Errorf("delete without input nor --yes: status %d, stderr %q", res.Status, res.Stderr)
	}
	if _, err := ts.srv.Hub().State(context.Background(), code); err != nil {
		t.Fatalf("the room went without confirmation: %v", err)
	}

	res = sshtest.ExecInput(t, ts.addr, fac, "delete "+code, strings.ToLower(strings.ReplaceAll(code, "-", ""))+"\n")
	if res.Status != 0 || !strings.Contains(res.Stderr, "is verwijderd") {
		t.Fatalf("delete confirmed: status %d, stderr %q", res.Status, res.Stderr)
	}
	anna.WaitFor("Deze sessie is verwijderd", wait)
	if _, err := ts.srv.Hub().State(context.Background(), code); !errors.Is(err, sessions.ErrNoRoom) {
		t.Errorf("State after delete = %v, want ErrNoRoom", err)
	}
	if res := sshtest.Exec(t, ts.addr, fac, "export "+code); res.Status != 1 || res.Stdout != "" {
		t.Errorf("export after delete: status %d, stdout %q", res.Status, res.Stdout)
	}
	if res := sshtest.Exec(t, ts.addr, fac, "rooms"); res.Stdout != "" {
		t.Errorf("rooms after delete: %q", res.Stdout)
	}
	for _, text := range []string{"Geheim plan", "Anna", "Studiedag"} {
		if held, n := dbHolds(t, dir, text); held {
			t.Errorf("the database file (%d bytes) still holds %q", n, text)
		}
	}
	code2 := ts.newRoom(t, fac, "")
	if res := sshtest.Exec(t, ts.addr, fac, "delete --yes "+code2); res.Status != 0 {
		t.Errorf("delete --yes: status %d, stderr %q", res.Status, res.Stderr)
	}
}

func TestExecEraseRemovesTheParticipant(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	ts := startServer(t, dir)
	fac, annaKey, bramKey := sshtest.NewKey(t), sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, fac, "")
	anna := ts.join(t, code, annaKey, "Anna de Vries", "intern begeleider")
	addNote(anna, "Eigen briefje van mij", 1)
	bram := ts.join(t, code, bramKey, "Bram", "")
	addNote(bram, "Brams briefje", 2)
	if res := sshtest.Exec(t, ts.addr, annaKey, "erase "+code+" Bram"); res.Status != 1 {
		t.Errorf("erase by a participant: status %d", res.Status)
	}
	if res := sshtest.Exec(t, ts.addr, fac, "erase "+code+" Nobody"); res.Status != 1 || !strings.Contains(res.Stderr, "deelnemer bestaat niet") {
		t.Errorf("erase of an unknown name: status %d, stderr %q", res.Status, res.Stderr)
	}
	res := sshtest.Exec(t, ts.addr, fac, "erase "+code+" anna de vries")
	if res.Status != 0 || !strings.Contains(res.Stdout, "Verwijderd: 0 briefjes. Bewaard als \"verwijderde deelnemer\": 1 briefje.") {
		t.Fatalf("erase: status %d, stdout %q, stderr %q", res.Status, res.Stdout, res.Stderr)
	}
	anna.WaitFor("Je bent op verzoek uit deze sessie verwijderd", wait)
	bram.WaitFor("verwijderde deelnemer", wait)
	res = sshtest.Exec(t, ts.addr, fac, "erase "+code+" Bram --notes remove")
	if res.Status != 0 || !strings.Contains(res.Stdout, "Verwijderd: 1 briefje.") {
		t.Fatalf("erase --notes remove: status %d, stdout %q, stderr %q", res.Status, res.Stdout, res.Stderr)
	}
	report := ts.export(t, fac, code, "md")
	for _, text := range []string{"Anna", "intern begeleider", "Bram"} {
		if strings.Contains(report, text) {
			t.Errorf("the report still names %q:\n%s", text, report)
		}
		if held, n := dbHolds(t, dir, text); held {
			t.Errorf("the database file (%d bytes) still holds %q", n, text)
		}
	}
	if !strings.Contains(report, "Eigen briefje van mij") || strings.Contains(report, "Brams briefje") {
		t.Errorf("the report should keep Anna's note and lose Bram's:\n%s", report)
	}
	if held, _ := dbHolds(t, dir, "Brams briefje"); held {
		t.Error("the database file still holds Bram's removed note")
	}
}

func TestRetentionWarnsAndRemoves(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)
	var offset atomic.Int64
	advance := func(d time.Duration) { offset.Add(int64(d)) }
	ts := startServer(t, dir, func(c *Config) {
		c.Hub.Now = func() time.Time { return now.Add(time.Duration(offset.Load())) }
		c.Hub.Retention = 180 * sessions.Day
	})
	fac := sshtest.NewKey(t)
	code := ts.newRoom(t, fac, `--title "Oude studiedag"`)
	ts.join(t, code, fac, "Fenna", "").Close()
	short := ts.newRoom(t, fac, "")
	if res := sshtest.Exec(t, ts.addr, fac, "retention "+short+" 400d"); res.Status != 1 || !strings.Contains(res.Stderr, "180 dagen") {
		t.Errorf("retention longer than the server's: status %d, stderr %q", res.Status, res.Stderr)
	}
	res := sshtest.Exec(t, ts.addr, fac, "retention "+short+" 4w")
	if res.Status != 0 || !strings.Contains(res.Stdout, "2026-03-29 (28 dagen") {
		t.Errorf("retention 4w: status %d, stdout %q, stderr %q", res.Status, res.Stdout, res.Stderr)
	}
	advance(170 * sessions.Day)
	res = sshtest.Exec(t, ts.addr, fac, "rooms")
	if !strings.Contains(res.Stdout, code+"\t2026-03-01\tOude studiedag\t2026-08-28") {
		t.Errorf("rooms = %q", res.Stdout)
	}
	if !strings.Contains(res.Stderr, code+" wordt over 10 dagen verwijderd") || !strings.Contains(res.Stderr, "export "+code) {
		t.Errorf("rooms gives no warning with how to export: %q", res.Stderr)
	}
	// Back on the board, the facilitator sees the warning; looking is no
	// change, so it stays.
	board := ts.connect(t, code, fac)
	screen := board.WaitFor("Deze sessie wordt over 10 dagen verwijderd (2026-08-28, de bewaartermijn).", wait)
	if !strings.Contains(screen, "kring.test export "+code+" > verslag.md") {
		t.Errorf("the warning does not say how to export:\n%s", screen)
	}
	gone, err := ts.srv.Expire(context.Background())
	if err != nil || len(gone) != 1 {
		t.Fatalf("Expire at day 170 = %v, %v; want the 28-day room", gone, err)
	}
	advance(10 * sessions.Day)
	if gone, err := ts.srv.Expire(context.Background()); err != nil || len(gone) != 1 {
		t.Fatalf("Expire at day 180 = %v, %v", gone, err)
	}
	board.WaitFor("de bewaartermijn is verstreken", wait)
	if res := sshtest.Exec(t, ts.addr, fac, "rooms"); res.Stdout != "" {
		t.Errorf("rooms after expiry = %q", res.Stdout)
	}
	if held, n := dbHolds(t, dir, "Oude studiedag"); held {
		t.Errorf("the database file (%d bytes) still holds the expired room's title", n)
	}
}
