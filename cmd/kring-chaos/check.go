package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"golang.org/x/crypto/ssh"

	"kring/data"
	"kring/sessions"
)

// counts is how many notes of an export carry each token.
type counts map[int]int

// exportOffline reads the data directory a killed server left behind, the
// way `kring export --data DIR CODE --format json --confidential` does:
// open the store, replay each room's log, build the export and write it
// as JSON. It also runs the store's consistency check and verifies that
// every room the harness created is in the rooms index. Every room's log
// is read back each time; seen saves replaying the logs that read back
// unchanged since the last call.
func exportOffline(ctx context.Context, dir string, rooms []string, seen exports) (counts, error) {
	store, err := data.Open(dir, 2*time.Second)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	defer store.Close()
	if err := store.Check(); err != nil {
		return nil, err
	}
	index, err := store.Rooms(ctx)
	if err != nil {
		return nil, fmt.Errorf("list rooms: %w", err)
	}
	for _, code := range rooms {
		if !slices.ContainsFunc(index, func(r sessions.RoomInfo) bool { return r.Code == code }) {
			return nil, fmt.Errorf("room %s is not in the rooms index", code)
		}
	}
	c := counts{}
	for _, code := range rooms {
		events, err := store.Load(ctx, code)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", code, err)
		}
		rc, err := seen.export(code, events)
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", code, err)
		}
		for id, n := range rc {
			c[id] += n
		}
	}
	return c, nil
}

// exports remembers, per room, the log it last exported and the tokens of
// that export. The same log replays to the same room and so to the same
// export; replaying is what costs (quadratic in a room's notes).
type exports map[string]roomExport

type roomExport struct {
	sum    [sha256.Size]byte
	counts counts
}

// export returns the tokens in the JSON export of the room that events
// replay to.
func (e exports) export(code string, events []sessions.Event) (counts, error) {
	b, err := json.Marshal(events)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	if prev, ok := e[code]; ok && prev.sum == sum {
		return prev.counts, nil
	}
	var buf bytes.Buffer
	x := sessions.NewExport(sessions.Replay(events), time.Now(), true)
	if err := x.WriteJSON(&buf); err != nil {
		return nil, err
	}
	c := counts{}
	if err := c.add(buf.Bytes()); err != nil {
		return nil, err
	}
	e[code] = roomExport{sum: sum, counts: c}
	return c, nil
}

// exportOnline asks the running server for every room's JSON export over
// SSH, as the facilitator who created them.
func exportOnline(ctx context.Context, addr string, key ssh.Signer, hostKey ssh.PublicKey, rooms []string) (counts, error) {
	c := counts{}
	for _, code := range rooms {
		out, err := execCommand(ctx, addr, key, hostKey, "export "+code+" --format json --confidential")
		if err != nil {
			return nil, err
		}
		if err := c.add(out); err != nil {
			return nil, fmt.Errorf("export %s: %w", code, err)
		}
	}
	return c, nil
}

// add counts the tokens in the notes of a JSON export.
func (c counts) add(export []byte) error {
	var x struct {
		Activities []struct {
			Columns []struct {
				Notes []struct {
					Text string `json:"text"`
				} `json:"notes"`
			} `json:"columns"`
		} `json:"activities"`
	}
	if err := json.Unmarshal(export, &x); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	for _, a := range x.Activities {
		for _, col := range a.Columns {
			for _, n := range col.Notes {
				for _, id := range tokens(n.Text) {
					c[id]++
				}
			}
		}
	}
	return nil
}

// verdict compares acknowledged notes with an export.
type verdict struct {
	acked, found, dup int
	missing           []int // acknowledged but not in the export
}

// verify checks the acknowledged notes of rooms against c, the export of
// those rooms.
func verify(notes []note, c counts, rooms []string) verdict {
	in := map[string]bool{}
	for _, r := range rooms {
		in[r] = true
	}
	var v verdict
	for _, n := range notes {
		if n.acked.IsZero() || !in[n.room] {
			continue
		}
		v.acked++
		switch c[n.id] {
		case 0:
			v.missing = append(v.missing, n.id)
		case 1:
			v.found++
		default:
			v.found++
			v.dup++
		}
	}
	return v
}
