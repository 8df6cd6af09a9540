package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// scrape reads the metrics endpoint as Prometheus would.
func scrape(t *testing.T, ts *testServer) string {
	t.Helper()
	resp, err := http.Get("http://" + ts.srv.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("scrape: %d, %v", resp.StatusCode, err)
	}
	return string(b)
}

// value is the number on the line of series in a scrape; -1 without one.
func value(scraped, series string) float64 {
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`).FindStringSubmatch(scraped)
	if m == nil {
		return -1
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}

func TestMetricsEndpoint(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Metrics = "127.0.0.1:0"
		c.Limits.MaxConnsPerAddr = 2
	})
	fac, annaKey := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, fac, "")
	anna := ts.join(t, code, annaKey, "Anna", "")
	addNote(anna, "Een briefje", 1)
	room, err := ts.srv.Hub().Room(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	bram := sessions.ParticipantID("key:SHA256:bram")
	if err := room.Do(context.Background(), bram, sessions.Join{Name: "Bram"}); err != nil {
		t.Fatal(err)
	}
	note := room.Snapshot().State.Notes[0].ID
	if err := room.Do(context.Background(), bram, sessions.DeleteNote{Note: note}); !errors.Is(err, sessions.ErrNotYours) {
		t.Fatalf("Bram deleting Anna's note: %v", err)
	}
	// Anna's screen holds one connection; a second is allowed, a third
	// from the same address is refused by the limit.
	second, _, err := sshtest.Dial(ts.addr, "", fac)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	// A session makes it established: no longer one to push out.
	if _, err := second.NewSession(); err != nil {
		t.Fatal(err)
	}
	if third, _, err := sshtest.Dial(ts.addr, "", fac); err == nil {
		third.Close()
		t.Fatal("a third connection from one address got in")
	}

	got := scrape(t, ts)
	for series, want := range map[string]float64{
		`kring_rooms_live`:             1,
		`kring_participants_connected`: 1,
		`kring_refusals_total{command="DeleteNote",reason="err.not_yours"}`: 1,
		`kring_connections_refused_total{limit="conns_per_addr"}`:           1,
	} {
		if v := value(got, series); v != want {
			t.Errorf("%s = %v, want %v", series, v, want)
		}
	}
	for series, least := range map[string]float64{
		`kring_commands_total{command="AddNote"}`: 1,
		`kring_commands_total{command="Join"}`:    2,
		`kring_store_commit_seconds_count`:        3,
		`kring_fanout_seconds_count`:              1,
	} {
		if v := value(got, series); v < least {
			t.Errorf("%s = %v, want at least %v", series, v, least)
		}
	}
	if !strings.Contains(got, "# TYPE kring_store_commit_seconds histogram") {
		t.Error("the commit latency is not a histogram")
	}
}
