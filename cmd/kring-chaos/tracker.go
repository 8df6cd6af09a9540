package main

import (
	"fmt"
	"regexp"
	"strconv"
	"sync"
	"time"
)

// note is one note a writer typed.
type note struct {
	id, writer int
	room       string
	typed      time.Time
	acked      time.Time // when it was first on its author's screen
	late       bool      // acknowledged only by a server started after it was typed
}

// tracker records every note typed and when each reached its author's
// screen.
type tracker struct {
	mu    sync.Mutex
	notes []*note
	// since is when the newest server was started; first is the first
	// time a note typed after that was acknowledged, and firstc is closed
	// then.
	since  time.Time
	first  time.Time
	firstc chan struct{}
	// board is when a writer first got to its board since the restart.
	board time.Time
	// refused counts notes the server refused (the editor came back).
	refused int
}

func newTracker() *tracker {
	return &tracker{firstc: make(chan struct{})}
}

// Note tokens are "Q", six digits and "z": short enough that a note box
// always shows them whole, and unlike anything else on a screen.
var tokenRE = regexp.MustCompile(`Q(\d{6})z`)

func token(id int) string { return fmt.Sprintf("Q%06dz", id) }

// typedToken is what an author types for note id: the token with a
// left-to-right mark (U+200E) inside. The editor echoes the mark, so the
// echo never reads as the token; the server strips bidi marks before it
// stores a note, so the note on the board shows the plain token.
func typedToken(id int) string { return fmt.Sprintf("Q%06d\u200ez", id) }

// tokens returns the ids of the note tokens in text.
func tokens(text string) []int {
	var ids []int
	for _, m := range tokenRE.FindAllStringSubmatch(text, -1) {
		id, _ := strconv.Atoi(m[1])
		ids = append(ids, id)
	}
	return ids
}

// typed registers a new note by writer in room and returns its id.
func (t *tracker) typed(writer int, room string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := &note{id: len(t.notes), writer: writer, room: room, typed: time.Now()}
	t.notes = append(t.notes, n)
	return n.id
}

// saw records that the notes ids are on writer's screen: those that writer
// wrote are acknowledged.
func (t *tracker) saw(writer int, ids []int) {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, id := range ids {
		if id >= len(t.notes) {
			continue
		}
		n := t.notes[id]
		if n.writer != writer || !n.acked.IsZero() {
			continue
		}
		n.acked = now
		n.late = n.typed.Before(t.since)
		if !n.late && t.first.IsZero() {
			t.first = now
			close(t.firstc)
		}
	}
}

func (t *tracker) isAcked(id int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return !t.notes[id].acked.IsZero()
}

// restarted marks the start of a new server: firstAck then waits for the
// first acknowledgement of a note typed from now on.
func (t *tracker) restarted(at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.since, t.first, t.firstc, t.board = at, time.Time{}, make(chan struct{}), time.Time{}
}

// arrived records that a writer got to its board.
func (t *tracker) arrived() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.board.IsZero() {
		t.board = time.Now()
	}
}

// boardAt is when the first writer got to its board since the last
// restart; zero before.
func (t *tracker) boardAt() time.Time {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.board
}

// firstAck returns a channel that is closed at the first acknowledgement
// since the last restart.
func (t *tracker) firstAck() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.firstc
}

// firstAt is the time of the first acknowledgement since the last
// restart; zero before.
func (t *tracker) firstAt() time.Time {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.first
}

func (t *tracker) refusal() {
	t.mu.Lock()
	t.refused++
	t.mu.Unlock()
}

// snapshot returns copies of all notes so far.
func (t *tracker) snapshot() []note {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]note, len(t.notes))
	for i, n := range t.notes {
		out[i] = *n
	}
	return out
}

// inRoom counts the notes typed in room.
func (t *tracker) inRoom(room string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := 0
	for _, n := range t.notes {
		if n.room == room {
			k++
		}
	}
	return k
}

// inflight counts the notes typed since the last restart that are not
// acknowledged yet.
func (t *tracker) inflight() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := 0
	for _, n := range t.notes {
		if n.acked.IsZero() && !n.typed.Before(t.since) {
			k++
		}
	}
	return k
}
