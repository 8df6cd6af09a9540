package main

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// cycle waits for the server's first acknowledged note, checks what it
// exports against the notes acknowledged before the previous kill, lets it
// run until a random moment, kills it with SIGKILL, checks the data it
// left behind and starts it again. afterKill runs right after the kill
// (the last cycle stops the writers there).
func (h *harness) cycle(ctx context.Context, i int, afterKill func()) error {
	// Writes first: the clock for the kill starts at the first note
	// acknowledged by this server.
	select {
	case <-h.tr.firstAck():
		if i > 1 {
			board := h.lastReap + h.tr.boardAt().Sub(h.lastStart)
			ack := h.lastReap + h.tr.firstAt().Sub(h.lastStart)
			h.rep.toBoard, h.rep.toAck = append(h.rep.toBoard, board), append(h.rep.toAck, ack)
			if ack > 2*time.Second {
				fmt.Fprintf(h.out, "cycle %d: slow back: kill → first writer on its board %s, → first note acknowledged %s\n",
					i-1, ms(board), ms(ack))
			}
		}
	case <-time.After(20 * time.Second):
		h.rep.noAck++
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := h.checkOnline(ctx); err != nil {
		return err
	}
	if cur := h.rooms.current(); h.tr.inRoom(cur) >= h.o.roomNotes {
		// Writers move to the new room when they next dial.
		if err := h.newRoom(ctx); err != nil {
			return err
		}
	}
	sleep(ctx, time.Duration(h.rng.Int64N(int64(h.o.up))))
	if h.rng.IntN(2) == 0 {
		// Kill right after a writer's Enter, while its note is being
		// committed (or just was).
		select {
		case <-h.kicks:
		default:
		}
		select {
		case <-h.kicks:
		case <-time.After(5 * time.Second):
		case <-ctx.Done():
		}
		time.Sleep(time.Duration(h.rng.Int64N(int64(5 * time.Millisecond))))
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	inflight := h.tr.inflight()
	t0 := time.Now()
	h.srv.kill()
	reap := time.Since(t0)
	h.srv = nil
	afterKill()
	if !h.epochs.advance(10 * time.Second) {
		return fmt.Errorf("connections to the killed server still open after 10s")
	}
	notes := h.tr.snapshot()

	tc := time.Now()
	all := h.rooms.all()
	c, err := exportOffline(ctx, h.dir, all, h.seen)
	if err != nil {
		return fmt.Errorf("offline check: %w", err)
	}
	h.rep.checked(offline, verify(notes, c, all), time.Since(tc))

	ts := time.Now()
	if err := h.start(ctx); err != nil {
		return fmt.Errorf("restart: %w", err)
	}
	accept := time.Since(ts)
	h.lastStart, h.lastReap = ts, reap
	h.rep.restart = append(h.rep.restart, reap+accept)
	h.rep.reap = append(h.rep.reap, reap)
	h.rep.accept = append(h.rep.accept, accept)
	h.rep.kills++
	if inflight > 0 {
		h.rep.midWrite++
		h.rep.inflight += inflight
	}

	h.unchecked, h.uncheckedRooms = notes, written(notes[h.typed:], h.rooms.current())
	h.typed = len(notes)
	h.progress(i, inflight, reap+accept)
	return nil
}

// checkOnline asks the running server for the exports of the rooms written
// to since the kill before the last one, and checks them against the notes
// acknowledged before the last kill, if not done yet. (The offline check
// reads every room after every kill; the last online check reads every
// room too.) It runs once the restarted server has acknowledged a new
// note, so that it does not slow down the reconnecting writers.
func (h *harness) checkOnline(ctx context.Context) error {
	if h.unchecked == nil {
		return nil
	}
	tc := time.Now()
	c, err := exportOnline(ctx, h.addr, h.fac, h.hostKey, h.uncheckedRooms)
	if err != nil {
		return fmt.Errorf("online check: %w", err)
	}
	h.rep.checked(online, verify(h.unchecked, c, h.uncheckedRooms), time.Since(tc))
	h.rep.final, h.unchecked = c, nil
	return nil
}

// written returns also and the rooms that notes were typed in.
func written(notes []note, also string) []string {
	rooms := []string{also}
	for _, n := range notes {
		if !slices.Contains(rooms, n.room) {
			rooms = append(rooms, n.room)
		}
	}
	return rooms
}

// progress prints a line every tenth cycle, and for every cycle whose
// offline check missed a note.
func (h *harness) progress(i, inflight int, restart time.Duration) {
	v := h.rep.checks[offline].last
	if i%10 != 0 && i != h.o.cycles && len(v.missing) == 0 {
		return
	}
	fmt.Fprintf(h.out, "cycle %d: %d notes in flight at the kill, restart %s, %d acknowledged so far, %d missing\n",
		i, inflight, ms(restart), v.acked, len(v.missing))
}
