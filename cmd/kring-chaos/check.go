package main

import (
	"bytes"
	"context"
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
// every room the harness created is in the rooms index.
func exportOffline(ctx context.Context, dir string, rooms []string) (counts, error) {
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
		var buf bytes.Buffer
		x := sessions.NewExport(sessions.Replay(events), time.Now(), true)
		if err := x.WriteJSON(&buf); err != nil {
			return nil, fmt.Errorf("export %s: %w", code, err)
		}
		if err := c.add(buf.Bytes()); err != nil {
			return nil, fmt.Errorf("export %s: %w", code, err)
		}
	}
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

func verify(notes []note, c counts) verdict {
	var v verdict
	for _, n := range notes {
		if n.acked.IsZero() {
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
