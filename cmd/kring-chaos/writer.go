package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"regexp"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"
)

// Texts the writers look for on their screens (the server speaks Dutch by
// default).
const (
	markJoinForm  = "Je naam"                   // join form
	markNameTaken = "Die naam is al in gebruik" // join refused: name in use
	markRejoin    = "Jouw terugkeercode"        // a keyless participant's rejoin code
	markBoard     = "Ideeën ("                  // first column title: the board is shown
	markEditor    = "Nieuw briefje in"          // note editor open
	markBadRejoin = "terugkeercode klopt niet"  // rejoin code refused
)

// rejoinRE finds a rejoin code ("ACDE-3467") on the screen.
var rejoinRE = regexp.MustCompile(`\b[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}\b`)

// step bounds each wait for the screen.
const step = 10 * time.Second

// writer is one participant who keeps adding notes in bursts, and dials
// again whenever the server goes away.
type writer struct {
	idx int
	h   *harness
	key ssh.Signer // nil: keyless
	rng *rand.Rand
	// name and rejoin are, per room, the name this writer joined with and,
	// when keyless, its rejoin code; seated holds the rooms whose board it
	// has reached.
	name   map[string]string
	rejoin map[string]string
	seated map[string]bool
}

func (w *writer) run(ctx context.Context) {
	for ctx.Err() == nil {
		err := w.session(ctx)
		if err == nil {
			return
		}
		var ne net.Error
		if ctx.Err() == nil && (errors.Is(err, errSlow) || errors.As(err, &ne) && ne.Timeout()) {
			// Not a kill: something took too long. Say what, a few times.
			if n := w.h.stalls.Add(1); n <= 10 {
				fmt.Fprintf(w.h.out, "writer %d stalled: %v\n", w.idx, err)
			}
		}
		sleep(ctx, 5*time.Millisecond)
	}
}

// session is one connection: it joins the current room and adds notes
// until the connection ends.
func (w *writer) session(ctx context.Context) error {
	wg := w.h.epochs.enter()
	defer wg.Done()
	room := w.h.rooms.current()
	t, err := dialTerm(ctx, w.h.addr, room, w.key, w.h.hostKey, func(screen string) {
		if !strings.Contains(screen, markEditor) {
			w.h.tr.saw(w.idx, tokens(screen))
		}
	})
	if err != nil {
		return err
	}
	defer t.close()
	if err := w.enter(ctx, t, room); err != nil {
		return err
	}
	w.h.joined.Add(1)
	w.h.tr.arrived()
	w.seated[room] = true
	for {
		for range 1 + w.rng.IntN(w.h.o.burst) {
			if err := w.note(ctx, t, room); err != nil {
				return err
			}
		}
		sleep(ctx, time.Duration(w.rng.Int64N(int64(100*time.Millisecond))))
		if ctx.Err() != nil {
			return nil
		}
	}
}

// enter gets from wherever the connection starts (join form, rejoin code,
// board) to the board.
func (w *writer) enter(ctx context.Context, t *term, room string) error {
	anyOf := func(marks ...string) func(string) bool {
		return func(s string) bool {
			for _, m := range marks {
				if strings.Contains(s, m) {
					return true
				}
			}
			return false
		}
	}
	s, err := t.waitFor(ctx, step, "join form or board", anyOf(markJoinForm, markRejoin, markBoard))
	if err != nil {
		return err
	}
	if strings.Contains(s, markJoinForm) {
		if w.key != nil && w.seated[room] {
			// The server forgot a participant it had let in.
			w.h.forgotten.Add(1)
		}
		if err := w.join(ctx, t, room); err != nil {
			return err
		}
		if s, err = t.waitFor(ctx, step, "board after joining", anyOf(markRejoin, markBoard)); err != nil {
			return err
		}
	}
	if strings.Contains(s, markRejoin) {
		if w.key == nil && w.rejoin[room] == "" {
			code := rejoinRE.FindString(s)
			if code == "" {
				return fmt.Errorf("writer %d: no rejoin code on the screen", w.idx)
			}
			w.rejoin[room] = code
		}
		// Any key closes the notice (and may then act on the board): ↓
		// only moves the selection.
		if err := t.send("\x1b[B"); err != nil {
			return err
		}
		_, err = t.waitFor(ctx, step, "board", func(s string) bool {
			return strings.Contains(s, markBoard) && !strings.Contains(s, markRejoin)
		})
	}
	return err
}

// join fills in the join form: the rejoin code when this keyless writer
// has one for room, else a name. A name still taken by an identity whose
// rejoin code a kill kept from us gets a suffix, for the next connection.
func (w *writer) join(ctx context.Context, t *term, room string) error {
	if code := w.rejoin[room]; code != "" {
		if err := t.send("\t\t" + code + "\r"); err != nil {
			return err
		}
		s, err := t.waitFor(ctx, step, "board or rejoin refusal", func(s string) bool {
			return !strings.Contains(s, markJoinForm) || strings.Contains(s, markBadRejoin)
		})
		if err == nil && strings.Contains(s, markBadRejoin) {
			// The server forgot an identity it had confirmed. Go on
			// under a new name next time; the run fails.
			w.h.forgotten.Add(1)
			delete(w.rejoin, room)
			w.name[room] += "-x"
			return fmt.Errorf("writer %d: rejoin code %s refused in room %s", w.idx, code, room)
		}
		return err
	}
	if w.name[room] == "" {
		w.name[room] = fmt.Sprintf("schrijver%02d", w.idx+1)
	}
	if err := t.send(w.name[room] + "\r\r"); err != nil {
		return err
	}
	s, err := t.waitFor(ctx, step, "board or name refusal", func(s string) bool {
		return !strings.Contains(s, markJoinForm) || strings.Contains(s, markNameTaken)
	})
	if err != nil || !strings.Contains(s, markNameTaken) {
		return err
	}
	// A kill kept the rejoin code of this name from us: take another
	// one, on a fresh join form.
	w.h.orphans.Add(1)
	w.name[room] = fmt.Sprintf("schrijver%02d-%d", w.idx+1, w.h.orphans.Load())
	return fmt.Errorf("writer %d: name taken in room %s", w.idx, room)
}

// note adds one note and waits until it is on this writer's screen. When
// the server refuses it, the editor comes back with the text: Enter tries
// again a little later, a few times.
func (w *writer) note(ctx context.Context, t *term, room string) error {
	if err := t.send("n"); err != nil {
		return err
	}
	if _, err := t.waitFor(ctx, step, "editor", func(s string) bool { return strings.Contains(s, markEditor) }); err != nil {
		return err
	}
	id := w.h.tr.typed(w.idx, room)
	if err := t.send(typedToken(id) + "\r"); err != nil {
		return err
	}
	w.h.entered()
	for try := 0; ; try++ {
		closed := false
		_, err := t.waitFor(ctx, step, fmt.Sprintf("note %d", id), func(s string) bool {
			open := strings.Contains(s, markEditor)
			closed = closed || !open
			return w.h.tr.isAcked(id) || (closed && open)
		})
		if err != nil || w.h.tr.isAcked(id) {
			return err
		}
		w.h.tr.refusal()
		if try == 3 {
			_ = t.send("\x1b") // give up on this one
			_, err = t.waitFor(ctx, step, "editor closed", func(s string) bool { return !strings.Contains(s, markEditor) })
			return err
		}
		sleep(ctx, 300*time.Millisecond)
		if err := t.send("\r"); err != nil {
			return err
		}
	}
}
