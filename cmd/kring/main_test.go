package main

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"kring/data"
	"kring/sessions"
)

// seed writes a room with one note into a data directory.
func seed(t *testing.T, dir string) {
	t.Helper()
	store, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	owner := sessions.ParticipantID("key:SHA256:owner")
	first, err := sessions.NewRoom("K7Q4MX", "Studiedag", sessions.Dutch, owner, at)
	if err != nil {
		t.Fatal(err)
	}
	first.Seq = 1
	ctx := context.Background()
	if err := store.Create(ctx, sessions.RoomInfo{Code: "K7Q4MX", Owner: owner, Created: at}, first); err != nil {
		t.Fatal(err)
	}
	events := decided(t, sessions.Replay([]sessions.Event{first}), owner, at,
		sessions.Join{Name: "Anna", Function: "leerkracht"},
		sessions.AddNote{Column: 1, Text: "Samen leren ë 😀"},
	)
	if err := store.Append(ctx, "K7Q4MX", events); err != nil {
		t.Fatal(err)
	}
}

// decided is the events that cmds from actor make, one after the other,
// numbered on from state.
func decided(t *testing.T, state sessions.State, actor sessions.ParticipantID, at time.Time, cmds ...sessions.Command) []sessions.Event {
	t.Helper()
	var events []sessions.Event
	for _, cmd := range cmds {
		evs, err := sessions.Decide(state, actor, at, cmd)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			e.Seq = state.Seq + 1
			state = sessions.Apply(state, e)
			events = append(events, e)
		}
	}
	return events
}

func TestExportOffline(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"export", "--data", dir, "k7q-4mx"}, &out, &errOut); err != nil {
		t.Fatalf("export md: %v (%s)", err, errOut.String())
	}
	for _, want := range []string{"# Studiedag", "## Ideeën (1)", "Samen leren ë 😀", "Anna"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := run(context.Background(), []string{"export", "K7Q4MX", "--format", "json", "--data", dir}, &out, &errOut); err != nil {
		t.Fatalf("export json: %v", err)
	}
	var x sessions.Export
	blob := slices.Clone(out.Bytes())
	out.Reset()
	if err := run(context.Background(), []string{"export", "K7Q4MX", "--format", "html", "--lang", "en", "--data", dir}, &out, &errOut); err != nil {
		t.Fatalf("export html: %v", err)
	}
	if !strings.Contains(out.String(), `<html lang="en">`) || !strings.Contains(out.String(), "Samen leren ë 😀") {
		t.Errorf("html export:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"export", "K7Q4MX", "--no-names", "--data", dir}, &out, &errOut); err != nil {
		t.Fatalf("export --no-names: %v", err)
	}
	if strings.Contains(out.String(), "Anna") || !strings.Contains(out.String(), "deelnemer") {
		t.Errorf("--no-names export:\n%s", out.String())
	}
	if err := json.Unmarshal(blob, &x); err != nil {
		t.Fatalf("json: %v\n%s", err, blob)
	}
	if len(x.Activities[0].Columns) == 0 || len(x.Activities[0].Columns[0].Notes) != 1 || x.Activities[0].Columns[0].Notes[0].Text != "Samen leren ë 😀" {
		t.Errorf("json export = %+v", x)
	}
}

func TestExportRefusals(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	for name, args := range map[string][]string{
		"unknown room":   {"export", "--data", dir, "ACDEFG"},
		"malformed code": {"export", "--data", dir, "nope"},
		"bad format":     {"export", "--data", dir, "--format", "pdf", "K7Q4MX"},
		"bad language":   {"export", "--data", dir, "--lang", "fr", "K7Q4MX"},
		"no code":        {"export", "--data", dir},
		"unknown cmd":    {"frobnicate"},
	} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(context.Background(), args, &out, &errOut); err == nil {
				t.Errorf("%v succeeded, want an error", args)
			}
			if out.Len() != 0 {
				t.Errorf("stdout not empty on error: %q", out.String())
			}
		})
	}
}

func TestExportWhileServerHoldsTheLock(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	held, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	var out, errOut bytes.Buffer
	err = run(context.Background(), []string{"export", "--data", dir, "K7Q4MX"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "in gebruik") && !strings.Contains(err.Error(), "in use") {
		t.Fatalf("err = %v, want a clear message that the server holds the data directory", err)
	}
}

func TestServeStartsAndStops(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncWriter{w: &bytes.Buffer{}}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--data", dir, "--host", "kring.school.nl"}, out, &syncWriter{w: &bytes.Buffer{}})
	}()
	// Serve prints how to join once it listens, with the host people use
	// and the fingerprint their ssh will ask them to trust.
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "CODE@kring.school.nl") || !strings.Contains(out.String(), "SHA256:") {
		if time.Now().After(deadline) {
			t.Fatal("serve never said how to join")
		}
		time.Sleep(5 * time.Millisecond)
	}
	// While it runs, it holds the data directory.
	if s, err := data.Open(dir, 10*time.Millisecond); err == nil {
		s.Close()
		t.Fatal("data directory not locked by the running server")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	if !strings.Contains(out.String(), "gestopt") && !strings.Contains(out.String(), "stopped") {
		t.Errorf("no goodbye after graceful stop: %q", out.String())
	}
}

func TestServeRejectsBadLang(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"serve", "--lang", "fr", "--data", t.TempDir()}, &out, &errOut)
	if err == nil {
		t.Fatal("serve --lang fr succeeded")
	}
}
