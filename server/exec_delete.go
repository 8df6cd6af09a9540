package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"kring/sessions"
)

// execDelete deletes a room for good: `delete CODE [--yes]`, for its
// facilitators. Without --yes the code must be typed again on the input.
func (s *Server) execDelete(ctx context.Context, stderr io.Writer, lang sessions.Lang, id sessions.ParticipantID, fs *flag.FlagSet, args []string) error {
	yes := fs.Bool("yes", false, "")
	pos, err := ParseArgs(fs, args)
	if err != nil || len(pos) != 1 {
		return &usageError{msgs.T(lang, "exec.delete_usage")}
	}
	state, err := s.facilitated(ctx, pos[0], id)
	if err != nil {
		return err
	}
	code := sessions.FormatCode(state.Code)
	if !*yes {
		cmd, host := s.cfg.SSH()
		fmt.Fprint(stderr, msgs.T(lang, "exec.delete_confirm", code, state.Title, cmd, host))
		err := confirmLine(ctx, func(line string) bool {
			c, ok := sessions.ParseCode(line)
			return ok && c == state.Code
		})
		if errors.Is(err, errNotConfirmed) {
			return &plainError{msgs.T(lang, "exec.delete_not_confirmed")}
		}
		if err != nil {
			return err
		}
	}
	if err := s.hub.Delete(ctx, state.Code); err != nil {
		return err
	}
	s.log.Info("room deleted by its facilitator", "room", state.Code)
	fmt.Fprintln(stderr, msgs.T(lang, "exec.deleted", code))
	return nil
}
