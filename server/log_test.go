package server

import (
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
)

// At info level the log holds no note text, no name or function, no key
// fingerprint, no SSH user name and no address: a session's whole life,
// erasure and deletion included, leaves only codes and counts.
func TestLogHoldsNoPersonalDataAtInfo(t *testing.T) {
	t.Parallel()
	logs := &syncWriter{b: &strings.Builder{}}
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	})
	fac, annaKey := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, fac, `--title "Studiedag"`)
	anna := ts.join(t, code, annaKey, "Anna Vermeer", "intern begeleider")
	addNote(anna, "Geheime notitie", 1)
	if res := sshtest.Exec(t, ts.addr, fac, "erase "+code+" Anna Vermeer"); res.Status != 0 {
		t.Fatalf("erase: %q", res.Stderr)
	}
	anna.WaitDone(wait)
	if res := sshtest.Exec(t, ts.addr, fac, "delete --yes "+code); res.Status != 0 {
		t.Fatalf("delete: %q", res.Stderr)
	}
	ts.stop()
	out := logs.String()
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON log line: %q", line)
		}
	}
	for _, secret := range []string{"Anna", "Vermeer", "intern begeleider", "Geheime notitie", "SHA256:", "127.0.0.1", `"user"`} {
		if strings.Contains(out, secret) {
			t.Errorf("the info log holds %q:\n%s", secret, out)
		}
	}
	for _, want := range []string{`"msg":"participant erased"`, `"msg":"room deleted by its facilitator"`, `"room":"` + strings.ReplaceAll(code, "-", "") + `"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %s:\n%s", want, out)
		}
	}
}
