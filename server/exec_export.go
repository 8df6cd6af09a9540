package server

import (
	"context"
	"flag"
	"io"
	"time"

	"kring/report"
	"kring/sessions"
)

// export writes a room's report: `export CODE [--format …] [--lang …]
// [--confidential] [--no-names]`. A facilitator of the room gets the whole
// report; once it is published, any participant gets their own copy —
// what they may read — with `ssh CODE@host export`, keyless participants
// naming themselves with --rejoin. A facilitator gets Markdown unless
// another format is asked for, a participant a page to read (HTML).
func (s *Server) export(ctx context.Context, fs *flag.FlagSet, lang sessions.Lang, id sessions.ParticipantID, user string, args []string, out io.Writer) error {
	format := fs.String("format", "", "")
	confidential := fs.Bool("confidential", false, "")
	noNames := fs.Bool("no-names", false, "")
	langFlag := fs.String("lang", "", "")
	rejoin := fs.String("rejoin", "", "")
	pos, err := ParseArgs(fs, args)
	if err != nil {
		return &usageError{msgs.T(lang, "exec.bad_args", "export", err)}
	}
	code := user
	switch len(pos) {
	case 0:
		if _, ok := sessions.ParseCode(user); !ok {
			return &usageError{msgs.T(lang, "exec.export_usage")}
		}
	case 1:
		code = pos[0]
	default:
		return &usageError{msgs.T(lang, "exec.export_usage")}
	}
	if *format != "" && !report.Known(*format) {
		return &usageError{msgs.T(lang, "exec.bad_format", *format)}
	}
	opts := sessions.ExportOptions{Confidential: *confidential, NoNames: *noNames}
	var ropts report.Options
	if *langFlag != "" {
		l, ok := sessions.ParseLang(*langFlag)
		if !ok {
			return sessions.ErrBadLang
		}
		opts.Lang, ropts.Lang = l, l
	}
	room, err := s.hub.Room(ctx, code)
	if err != nil {
		return err
	}
	state := room.Snapshot().State
	if !state.IsFacilitator(id) {
		reader, err := s.reportReader(ctx, room, state, id, *rejoin)
		if err != nil {
			return err
		}
		opts.For, opts.Confidential = reader, false
	}
	if *format == "" {
		// A facilitator's report goes on by mail; a participant's copy
		// is read as it is.
		*format = "md"
		if opts.For != "" {
			*format = "html"
		}
	}
	return report.Write(out, sessions.NewExportWith(state, time.Now(), opts), *format, ropts)
}

// reportReader is the participant asking for their copy of a published
// report: the key's participant, or without a key the one whose rejoin
// code was given.
func (s *Server) reportReader(ctx context.Context, room *sessions.Room, state sessions.State, id sessions.ParticipantID, rejoin string) (sessions.ParticipantID, error) {
	if id.Keyless() {
		if rejoin == "" {
			return "", sessions.ErrRejoinNeeded
		}
		var err error
		if id, err = room.Reclaim(ctx, rejoin); err != nil {
			return "", err
		}
	}
	if _, joined := state.Participant(id); !joined {
		return "", sessions.ErrNotFacilitator
	}
	if !state.Published {
		return "", sessions.ErrNotPublished
	}
	return id, nil
}
