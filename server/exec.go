package server

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/ssh"

	"kring/sessions"
)

// exec runs a command given on the ssh command line, such as
// `ssh -p 2222 host new --title "Studiedag"`. Output goes to stdout;
// refusals and mistakes go to stderr with exit status 1.
func (s *Server) exec(sess ssh.Session) {
	args := sess.Command()
	lang := s.langOf(sess)
	id := identityOf(sess)
	if args[0] == "backup" {
		s.backup(sess, lang, id)
		return
	}
	var out bytes.Buffer
	ctx := sessions.WithOrigin(sess.Context(), hostOf(sess.RemoteAddr()))
	ctx = withInput(ctx, sess)
	err := s.runExec(ctx, sess.Stderr(), lang, id, sess.User(), args, &out)
	if _, werr := sess.Write(out.Bytes()); werr != nil && err == nil {
		err = werr
	}
	if err != nil {
		fmt.Fprintln(sess.Stderr(), "kring: "+s.execError(lang, err))
		_ = sess.Exit(1)
		return
	}
	_ = sess.Exit(0)
}

// notice is a refusal with a line on what to do, in the reader's
// language and with the server's real address.
type notice struct {
	*sessions.Refusal
	hint string
}

func (n *notice) Unwrap() error { return n.Refusal }

// usageError is a mistake in how a command was called.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// plainError is a refusal of the server's own, told as it is.
type plainError struct{ msg string }

func (e *plainError) Error() string { return e.msg }

func (s *Server) execError(lang sessions.Lang, err error) string {
	var u *usageError
	if errors.As(err, &u) {
		cmd, host := s.cfg.SSH()
		return u.msg + "\n" + msgs.T(lang, "exec.see_help", cmd, host)
	}
	if p, ok := errors.AsType[*plainError](err); ok {
		return p.msg
	}
	var n *notice
	if errors.As(err, &n) {
		return sessions.Messages.T(lang, n.Key) + " " + n.hint
	}
	var r *sessions.Refusal
	if errors.As(err, &r) {
		return sessions.Messages.T(lang, r.Key)
	}
	s.log.Error("exec command failed", "err", err)
	return sessions.Messages.T(lang, "err.internal")
}

// runExec runs one command: its output goes to out, notes for the person
// (not for a script) to stderr. user is the SSH user name: a room code
// when a participant asks for their copy of a report.
func (s *Server) runExec(ctx context.Context, stderr io.Writer, lang sessions.Lang, id sessions.ParticipantID, user string, args []string, out io.Writer) error {
	name, rest := args[0], args[1:]
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	bad := func(err error) error {
		return &usageError{msgs.T(lang, "exec.bad_args", name, err)}
	}
	switch name {
	case "help", "--help", "-h":
		cmd, host := s.cfg.SSH()
		fmt.Fprint(out, msgs.T(lang, "exec.help", cmd, host))
		return nil
	case "hostkey":
		if err := fs.Parse(rest); err != nil {
			return bad(err)
		}
		host, port := s.cfg.Reach()
		fmt.Fprintln(out, KnownHostsLine(host, port, s.HostKey()))
		fmt.Fprintln(stderr, msgs.T(lang, "exec.hostkey", Fingerprint(s.HostKey())))
		return nil
	case "new":
		title := fs.String("title", "", "")
		langFlag := fs.String("lang", string(s.cfg.Lang), "")
		tplName := fs.String("template", "", "")
		from := fs.String("from", "", "")
		// ssh joins the remote command's words with spaces, so a quoted
		// title arrives as several words: take them all.
		words, err := ParseArgs(fs, rest)
		if err != nil {
			return bad(err)
		}
		if len(words) > 0 {
			*title = strings.Join(append([]string{*title}, words...), " ")
		}
		roomLang, ok := sessions.ParseLang(*langFlag)
		if !ok {
			return sessions.ErrBadLang
		}
		if id.Keyless() {
			return sessions.ErrKeylessHost
		}
		if !s.creators.may(id) {
			return &usageError{msgs.T(lang, "exec.not_creator")}
		}
		var tpl *sessions.Template
		if *tplName != "" {
			if tpl = s.templates[*tplName]; tpl == nil {
				cmd, host := s.cfg.SSH()
				return &notice{sessions.ErrNoTemplate, msgs.T(lang, "exec.see_templates", cmd, host)}
			}
		}
		if *from != "" {
			var err error
			if tpl, err = s.carryThemes(ctx, id, tpl, *from); err != nil {
				return err
			}
		}
		code, err := s.hub.Create(ctx, id, *title, roomLang, tpl)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, sessions.FormatCode(code))
		fmt.Fprintln(stderr, msgs.T(lang, "exec.created", s.cfg.JoinCommand(code)))
		return nil
	case "templates":
		if _, err := ParseArgs(fs, rest); err != nil {
			return bad(err)
		}
		for _, t := range s.templates.Sorted() {
			fmt.Fprintf(out, "%-34s %s\n", t.Name, t.Describe(lang))
		}
		return nil
	case "rooms":
		if err := fs.Parse(rest); err != nil {
			return bad(err)
		}
		rooms, err := s.hub.Rooms(ctx, id)
		if err != nil {
			return err
		}
		if len(rooms) == 0 {
			fmt.Fprintln(stderr, msgs.T(lang, "exec.no_rooms"))
			return nil
		}
		return s.listRooms(ctx, stderr, lang, rooms, out)
	case "export":
		return s.export(ctx, fs, lang, id, user, rest, out)
	case "delete":
		return s.execDelete(ctx, stderr, lang, id, fs, rest)
	case "erase":
		return s.execErase(ctx, stderr, lang, id, fs, rest, out)
	case "retention":
		return s.execRetention(ctx, lang, id, fs, rest, out)
	}
	return &usageError{msgs.T(lang, "exec.unknown", name)}
}

// ParseArgs parses flags that may come before, between or after the
// positional arguments, as in `export K7Q4MX --format json`, and returns the
// positional ones.
func ParseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// backup streams a consistent copy of the database to the client, for the
// keys in the operators file only: ssh host backup > kring-backup.db
func (s *Server) backup(sess ssh.Session, lang sessions.Lang, id sessions.ParticipantID) {
	if id.Keyless() || !s.operators.may(id) {
		fmt.Fprintln(sess.Stderr(), "kring: "+msgs.T(lang, "exec.not_operator"))
		_ = sess.Exit(1)
		return
	}
	n, err := s.store.Backup(sess)
	if err != nil {
		s.log.Error("backup failed", "err", err)
		fmt.Fprintln(sess.Stderr(), "kring: "+sessions.Messages.T(lang, "err.internal"))
		_ = sess.Exit(1)
		return
	}
	s.log.Info("backup taken", "bytes", n, "addr", sess.RemoteAddr().String())
	_ = sess.Exit(0)
}
