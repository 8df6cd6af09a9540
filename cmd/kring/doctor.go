package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"kring/data"
	"kring/server"
)

// minFree is the least free disk space doctor accepts next to the
// database: a compaction needs room for a second copy of it.
const minFree = 100 << 20

// doctor checks a data directory — the lock, the database's consistency,
// the host key, free disk space, files left behind — and prints for each
// what is fine and what to fix. It fails when something must be fixed.
func doctor(args []string, stdout, stderr io.Writer) error {
	lang := envLang()
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := dataFlag(fs)
	if err := fs.Parse(args); err != nil {
		return errUsageShown
	}
	problems := 0
	say := func(label, key string, a ...any) {
		fmt.Fprintf(stdout, "%-7s%s\n", text.T(lang, label), text.T(lang, key, a...))
	}
	ok := func(key string, a ...any) { say("doctor.ok", key, a...) }
	note := func(key string, a ...any) { say("doctor.note", key, a...) }
	bad := func(key string, a ...any) {
		problems++
		say("doctor.bad", key, a...)
	}

	info, err := os.Stat(*dir)
	if err != nil {
		bad("doctor.no_dir", *dir)
		return errors.New(text.T(lang, "doctor.problems", problems))
	}
	if info.Mode().Perm()&0o077 != 0 {
		bad("doctor.dir_mode", *dir, info.Mode().Perm())
	} else {
		ok("doctor.dir", *dir)
	}

	dbPath := filepath.Join(*dir, data.FileName)
	dbInfo, err := os.Stat(dbPath)
	switch {
	case err != nil:
		bad("doctor.no_db", dbPath)
	default:
		store, err := data.Open(*dir, 500*time.Millisecond)
		switch {
		case errors.Is(err, data.ErrLocked):
			bad("doctor.locked", *dir)
		case err != nil:
			bad("doctor.db_open", err)
		default:
			ok("doctor.lock")
			sum, err := store.Verify(context.Background())
			if err == nil {
				err = store.Check()
			}
			store.Close()
			if err != nil {
				bad("doctor.db_bad", err)
			} else {
				ok("doctor.db", sum.Rooms, sum.Events, dbInfo.Size()>>10)
			}
		}
	}

	keyPath := filepath.Join(*dir, server.HostKeyFile)
	if pem, err := os.ReadFile(keyPath); err != nil {
		bad("doctor.no_hostkey", keyPath)
	} else if signer, err := gossh.ParsePrivateKey(pem); err != nil {
		bad("doctor.hostkey_bad", keyPath, err)
	} else if ki, _ := os.Stat(keyPath); ki.Mode().Perm()&0o077 != 0 {
		bad("doctor.hostkey_mode", keyPath, ki.Mode().Perm())
	} else {
		ok("doctor.hostkey", server.Fingerprint(signer.PublicKey()))
	}

	if free, known := diskFree(*dir); !known {
		note("doctor.disk_unknown")
	} else if need := max(uint64(minFree), 2*uint64(max(0, sizeOf(dbInfo)))); free < need {
		bad("doctor.disk_low", free>>20, need>>20)
	} else {
		ok("doctor.disk", free>>20)
	}

	left, _ := filepath.Glob(dbPath + ".*")
	for _, f := range left {
		switch {
		case strings.HasSuffix(f, ".compact") || strings.HasSuffix(f, ".restore"):
			note("doctor.leftover", f)
		case strings.Contains(f, ".before-restore-"):
			note("doctor.kept", f)
		}
	}
	if problems > 0 {
		return errors.New(text.T(lang, "doctor.problems", problems))
	}
	return nil
}

// sizeOf is the size of the file info describes; 0 without one.
func sizeOf(info os.FileInfo) int64 {
	if info == nil {
		return 0
	}
	return info.Size()
}
