package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"kring/sessions"
)

// execErase erases one participant from a room, for a request under AVG
// art. 17: `erase CODE NAME [--notes keep|remove]`, for the room's
// facilitators. The log line names the room and counts, never the person.
func (s *Server) execErase(ctx context.Context, stderr io.Writer, lang sessions.Lang, id sessions.ParticipantID, fs *flag.FlagSet, args []string, out io.Writer) error {
	notes := fs.String("notes", "keep", "")
	pos, err := ParseArgs(fs, args)
	if err != nil || len(pos) < 2 {
		return &usageError{msgs.T(lang, "exec.erase_usage")}
	}
	remove, ok := ParseNotesChoice(*notes)
	if !ok {
		return &usageError{msgs.T(lang, "exec.erase_usage")}
	}
	state, err := s.facilitated(ctx, pos[0], id)
	if err != nil {
		return err
	}
	// ssh joins the words of the command line with spaces, so a name of
	// several words arrives as several.
	p, ok := state.ParticipantNamed(strings.Join(pos[1:], " "))
	if !ok {
		return sessions.ErrNoParticipant
	}
	x, err := s.hub.Erase(ctx, state.Code, p.ID, remove)
	if err != nil {
		return err
	}
	s.log.Info("participant erased", "room", state.Code, "notes_removed", x.NotesRemoved, "notes_kept", x.NotesKept, "events_before", x.Before, "events_after", x.After)
	fmt.Fprintln(out, msgs.T(lang, "exec.erased", sessions.FormatCode(state.Code), x.NotesRemoved, x.NotesKept))
	return nil
}

// ParseNotesChoice reads --notes: keep (the notes stay, by "verwijderde
// deelnemer") or remove (they go too). It reports whether to remove.
func ParseNotesChoice(v string) (remove, ok bool) {
	switch v {
	case "keep", "bewaar", "houd":
		return false, true
	case "remove", "verwijder", "wis":
		return true, true
	}
	return false, false
}
