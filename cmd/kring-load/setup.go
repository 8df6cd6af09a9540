package main

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

// openRoom has a facilitator create the room, join it and fill its second
// column with prefill notes, so that every screen draws a board with some
// content. It returns the room code and the facilitator's connection.
func openRoom(ctx context.Context, o options, srv *child) (string, *client, error) {
	key, err := newKey()
	if err != nil {
		return "", nil, err
	}
	out, err := execCommand(srv.addr, key, srv.hostKey, "new --title Load")
	if err != nil {
		return "", nil, err
	}
	code := strings.TrimSpace(out)
	fac, err := dial(ctx, srv.addr, code, key, srv.hostKey, o.rows, o.cols, -1, nil)
	if err != nil {
		return "", nil, fmt.Errorf("facilitator: %w", err)
	}
	if err := fac.join(ctx, "Procesbegeleider"); err != nil {
		fac.close()
		return "", nil, err
	}
	if err := prefill(ctx, fac, o.prefill); err != nil {
		fac.close()
		return "", nil, err
	}
	return code, fac, nil
}

// connectAll connects the participants, o.parallel at a time, and returns
// them with the time each took from dial until its board was shown.
func connectAll(ctx context.Context, o options, srv *child, code string, tr *tracker) ([]*client, []time.Duration, time.Duration, error) {
	keys := make([]ssh.Signer, o.n)
	for i := range keys {
		var err error
		if keys[i], err = newKey(); err != nil {
			return nil, nil, 0, err
		}
	}
	clients := make([]*client, o.n)
	times := make([]time.Duration, o.n)
	errs := make([]error, o.n)
	sem := make(chan struct{}, o.parallel)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range o.n {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			t0 := time.Now()
			c, err := dial(ctx, srv.addr, code, keys[i], srv.hostKey, o.rows, o.cols, i, tr)
			if err == nil {
				clients[i] = c
				err = c.join(ctx, fmt.Sprintf("deelnemer%04d", i+1))
			}
			times[i] = time.Since(t0)
			errs[i] = err
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	var (
		joined []*client
		ok     []time.Duration
		first  error
	)
	for i, err := range errs {
		switch {
		case err == nil:
			joined, ok = append(joined, clients[i]), append(ok, times[i])
		case clients[i] != nil:
			clients[i].close()
		}
		first = cmp.Or(first, err)
	}
	if first != nil {
		first = fmt.Errorf("%d of %d participants could not join; first: %w", o.n-len(joined), o.n, first)
	}
	return joined, ok, wall, first
}

// prefill has the facilitator add n notes to the second column.
func prefill(ctx context.Context, fac *client, n int) error {
	ideas := []string{
		"Hoe houden we tijd vrij voor collegiale consultatie in drukke periodes?",
		"Wie neemt het initiatief als een werkgroep stilvalt?",
		"Kunnen we elkaars lessen bezoeken zonder dat het als beoordeling voelt?",
		"Wat doen we met de uitkomsten van de leerlingenenquête?",
		"Hoe betrekken we nieuwe collega's bij de afspraken van vorig jaar?",
	}
	if n == 0 {
		return nil
	}
	if err := fac.send("\t"); err != nil {
		return err
	}
	for i := range n {
		off := fac.offset()
		if err := fac.send("n"); err != nil {
			return err
		}
		if err := fac.expect(ctx, off, markEditor, 30*time.Second); err != nil {
			return err
		}
		off = fac.offset()
		if err := fac.send(ideas[i%len(ideas)] + "\r"); err != nil {
			return err
		}
		if err := fac.expect(ctx, off, fmt.Sprintf("Vragen (%d)", i+1), 30*time.Second); err != nil {
			return err
		}
	}
	return nil
}
