package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"kring/sessions"
)

// execRetention shows or sets how long a room is kept after its last
// change: `retention CODE [DAYS|off]`, for the room's facilitators. DAYS
// is a number of days ("30" or "30d") or weeks ("4w"), at most the
// server's retention; off returns to the server's.
func (s *Server) execRetention(ctx context.Context, lang sessions.Lang, id sessions.ParticipantID, fs *flag.FlagSet, args []string, out io.Writer) error {
	pos, err := ParseArgs(fs, args)
	if err != nil || len(pos) < 1 || len(pos) > 2 {
		return &usageError{msgs.T(lang, "exec.retention_usage")}
	}
	room, err := s.hub.Room(ctx, pos[0])
	if err != nil {
		return err
	}
	if !room.Snapshot().State.IsFacilitator(id) {
		return sessions.ErrNotFacilitator
	}
	server := s.cfg.Hub.Retention
	if len(pos) == 2 {
		days, ok := ParseDays(pos[1])
		if !ok {
			return &usageError{msgs.T(lang, "exec.retention_usage")}
		}
		if server > 0 && time.Duration(days)*sessions.Day > server {
			return &plainError{msgs.T(lang, "exec.retention_too_long", int(server/sessions.Day))}
		}
		if err := room.Do(ctx, id, sessions.SetRetention{Days: days}); err != nil {
			return err
		}
	}
	state := room.Snapshot().State
	code := sessions.FormatCode(state.Code)
	at := state.ExpiresAt(server)
	if at.IsZero() {
		fmt.Fprintln(out, msgs.T(lang, "exec.retention_never", code))
		return nil
	}
	fmt.Fprintln(out, msgs.T(lang, "exec.retention", code, at.Local().Format(time.DateOnly), int(state.Retention(server)/sessions.Day)))
	return nil
}

// ParseDays reads a retention typed by a person: "30", "30d", "4w", or
// "off" (0: the server's retention).
func ParseDays(v string) (int, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "off" || v == "uit" {
		return 0, true
	}
	unit := 1
	switch {
	case strings.HasSuffix(v, "d"):
		v = strings.TrimSuffix(v, "d")
	case strings.HasSuffix(v, "w"):
		v, unit = strings.TrimSuffix(v, "w"), 7
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > sessions.MaxRetentionDays/unit {
		return 0, false
	}
	return n * unit, true
}
