package server

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// The exec commands, as a script or a facilitator at a shell prompt uses
// them: `ssh host COMMAND ...`.

var codeLineRe = regexp.MustCompile(`^[ACDEFGHJKMNPQRTUVWXY34679]{3}-[ACDEFGHJKMNPQRTUVWXY34679]{3}\n$`)

func TestExecNewPrintsCode(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	res := sshtest.Exec(t, ts.addr, sshtest.NewKey(t), "new")
	if res.Status != 0 {
		t.Fatalf("new: status %d, stderr %q", res.Status, res.Stderr)
	}
	if !codeLineRe.MatchString(res.Stdout) {
		t.Fatalf("new printed %q, want one code like K7Q-4MX and a newline", res.Stdout)
	}
	code, ok := sessions.ParseCode(strings.TrimSpace(res.Stdout))
	if !ok {
		t.Fatalf("ParseCode refuses the printed code %q", res.Stdout)
	}
	if !strings.Contains(res.Stderr, sessions.FormatCode(code)+"@kring.test") {
		t.Errorf("stderr does not tell how participants join: %q", res.Stderr)
	}
	if _, err := ts.srv.Hub().State(context.Background(), code); err != nil {
		t.Errorf("the printed room does not exist: %v", err)
	}
}

func TestExecCommands(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	facKey, otherKey := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, `--title "Studiedag 12 maart" --lang en`)
	state, err := ts.srv.Hub().State(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	if state.Title != "Studiedag 12 maart" || state.Lang != sessions.English {
		t.Errorf("new with title and lang made title %q, lang %q", state.Title, state.Lang)
	}

	// A note on the board, by a participant.
	room, err := ts.srv.Hub().Room(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	anne := sessions.ParticipantID("key:SHA256:anne")
	if err := room.Do(context.Background(), anne, sessions.Join{Name: "Anne", Function: "leerkracht"}); err != nil {
		t.Fatal(err)
	}
	if err := room.Do(context.Background(), anne, sessions.AddNote{Column: 1, Text: "Meer tijd voor intervisie"}); err != nil {
		t.Fatal(err)
	}

	t.Run("export json", func(t *testing.T) {
		out := ts.export(t, facKey, code, "json")
		var doc map[string]any
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("export is not JSON: %v\n%s", err, out)
		}
		if doc["title"] != "Studiedag 12 maart" {
			t.Errorf("exported title = %v", doc["title"])
		}
		var found []map[string]any
		walkObjects(doc, func(o map[string]any) {
			if o["text"] == "Meer tijd voor intervisie" {
				found = append(found, o)
			}
		})
		if len(found) != 1 {
			t.Fatalf("export holds the note %d times, want once:\n%s", len(found), out)
		}
		if found[0]["author"] != "Anne" {
			t.Errorf("exported note = %v, want author Anne", found[0])
		}
	})
	t.Run("export md", func(t *testing.T) {
		out := ts.export(t, facKey, code, "md")
		for _, want := range []string{"# Studiedag 12 maart", "Meer tijd voor intervisie", "Anne"} {
			if !strings.Contains(out, want) {
				t.Errorf("markdown export lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("export html and csv", func(t *testing.T) {
		page := ts.export(t, facKey, code, "html --lang en")
		for _, want := range []string{"<!DOCTYPE html>", `<html lang="en">`, "Who took part", "Meer tijd voor intervisie", "Anne"} {
			if !strings.Contains(page, want) {
				t.Errorf("html export lacks %q", want)
			}
		}
		sheet := ts.export(t, facKey, code, "csv")
		if !strings.HasPrefix(sheet, "\ufeff") || !strings.Contains(sheet, ";Meer tijd voor intervisie;") {
			t.Errorf("csv export = %q", sheet)
		}
	})

	failures := []struct {
		name, cmd string
		keyless   bool
		stderr    string
	}{
		{"export by a participant's key", "export " + code, false, "procesbegeleider"},
		{"export of an unknown room", "export ACDEFG", false, "bestaat niet"},
		{"export of a malformed code", "export XYZ", false, "bestaat niet"},
		{"export without a code", "export", false, "gebruik: export"},
		{"export in an unknown format", "export " + code + " --format xml", false, "xml"},
		{"export in an unknown language", "export " + code + " --lang fr", false, "kring:"},
		{"an unknown command", "bogus", false, "onbekende opdracht"},
		{"new without a key", "new", true, "kring:"},
		{"no command and no terminal", "", false, "terminal nodig"},
	}
	for _, f := range failures {
		t.Run(f.name, func(t *testing.T) {
			key := otherKey
			if f.keyless {
				key = nil
			}
			res := sshtest.Exec(t, ts.addr, key, f.cmd)
			if res.Status != 1 {
				t.Errorf("status %d, want 1", res.Status)
			}
			if res.Stdout != "" {
				t.Errorf("stdout %q, want nothing", res.Stdout)
			}
			if !strings.Contains(res.Stderr, f.stderr) {
				t.Errorf("stderr %q does not say %q", res.Stderr, f.stderr)
			}
		})
	}

	t.Run("new from an unknown template", func(t *testing.T) {
		res := sshtest.Exec(t, ts.addr, facKey, "new --template bestaat-niet")
		_, port, _ := strings.Cut(ts.addr, ":")
		if res.Status != 1 || !strings.Contains(res.Stderr, "Dat sjabloon bestaat niet") || !strings.Contains(res.Stderr, "-p "+port) || strings.Contains(res.Stderr, "2222") {
			t.Errorf("status %d, stderr %q: want the refusal and how to list templates on port %s", res.Status, res.Stderr, port)
		}
	})

	t.Run("rooms", func(t *testing.T) {
		res := sshtest.Exec(t, ts.addr, facKey, "rooms")
		if res.Status != 0 {
			t.Fatalf("rooms: status %d, stderr %q", res.Status, res.Stderr)
		}
		lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
		if len(lines) != 1 || !strings.HasPrefix(lines[0], code+"\t") || !strings.HasSuffix(lines[0], "\tStudiedag 12 maart\t-") {
			t.Errorf("rooms for the creator = %q, want one line for %s", res.Stdout, code)
		}
		res = sshtest.Exec(t, ts.addr, otherKey, "rooms")
		if res.Status != 0 || res.Stdout != "" {
			t.Errorf("rooms for another key: status %d, stdout %q; want 0 and nothing", res.Status, res.Stdout)
		}
		if strings.Contains(res.Stderr, code) {
			t.Errorf("rooms for another key mentions the room: %q", res.Stderr)
		}
	})

	t.Run("help", func(t *testing.T) {
		res := sshtest.Exec(t, ts.addr, nil, "help")
		if res.Status != 0 || !strings.Contains(res.Stdout, "export CODE") {
			t.Errorf("help: status %d, stdout %q", res.Status, res.Stdout)
		}
	})
}

// walkObjects calls f for every JSON object in v, however deep.
func walkObjects(v any, f func(map[string]any)) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			walkObjects(e, f)
		}
	case map[string]any:
		f(v)
		for _, e := range v {
			walkObjects(e, f)
		}
	}
}
