package server

import (
	"context"
	"fmt"
	"io"
	"time"

	"kring/sessions"
)

// listRooms writes one line per room: code, date created, title, and the
// date retention removes it ("-" for never). A room that goes within
// sessions.RetentionWarning gets a warning on stderr, with how to export
// it first.
func (s *Server) listRooms(ctx context.Context, stderr io.Writer, lang sessions.Lang, rooms []sessions.RoomInfo, out io.Writer) error {
	now := s.cfg.Hub.Now()
	cmd, host := s.cfg.SSH()
	for _, r := range rooms {
		at, err := s.hub.Expiry(ctx, r.Code)
		if err != nil {
			return err
		}
		code := sessions.FormatCode(r.Code)
		expires := "-"
		if !at.IsZero() {
			expires = at.Local().Format(time.DateOnly)
		}
		fmt.Fprintf(out, "%s\t%s\t%s\t%s\n", code, r.Created.Local().Format(time.DateOnly), r.Title, expires)
		if !at.IsZero() && at.Sub(now) < sessions.RetentionWarning {
			fmt.Fprintln(stderr, msgs.T(lang, "exec.rooms_expiring", code, daysLeft(now, at), expires, cmd, host))
		}
	}
	return nil
}

// daysLeft is the whole days from now until at, at least 0.
func daysLeft(now, at time.Time) int {
	return max(0, int(at.Sub(now)/sessions.Day))
}

// facilitated is the state of room code when id is one of its
// facilitators, and ErrNotFacilitator otherwise.
func (s *Server) facilitated(ctx context.Context, code string, id sessions.ParticipantID) (sessions.State, error) {
	state, err := s.hub.State(ctx, code)
	if err != nil {
		return sessions.State{}, err
	}
	if !state.IsFacilitator(id) {
		return sessions.State{}, sessions.ErrNotFacilitator
	}
	return state, nil
}
