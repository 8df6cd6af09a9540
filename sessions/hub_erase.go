package sessions

import (
	"context"
	"maps"
)

// Erase erases participant id from room code (see the function Erase):
// the room's log is rewritten without them (Store.Rewrite), the live room
// continues from the rewritten log, and their own connections are closed
// and told. The notes of anonymous activities whose authors the server
// still remembers in memory keep that memory, except the erased person's.
func (h *Hub) Erase(ctx context.Context, code string, id ParticipantID, removeNotes bool) (Erasure, error) {
	r, err := h.Room(ctx, code)
	if err != nil {
		return Erasure{}, err
	}
	if !h.gate.allowDestroy(OriginOf(ctx), h.opts.Now()) {
		return Erasure{}, ErrDestroysTooFast
	}
	var x Erasure
	err = r.control(ctx, func(c *roomControl) error {
		events, err := h.store.Load(ctx, r.code)
		if err != nil {
			return err
		}
		out, done, err := Erase(events, id, removeNotes)
		if err != nil {
			return err
		}
		if err := h.store.Rewrite(ctx, r.code, out); err != nil {
			return err
		}
		next := Replay(out)
		next.owners = maps.Clone(c.state.owners)
		maps.DeleteFunc(next.owners, func(note int, owner ParticipantID) bool {
			_, still := next.Note(note)
			return owner == id || !still
		})
		*c.state = next
		c.changed = true
		c.drop(ErrErased, func(p ParticipantID) bool { return p == id })
		x = done
		return nil
	})
	return x, err
}
