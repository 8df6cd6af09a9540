package data

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// Restore puts the backup file in place of the database in dir, after
// verifying it (opened read-only, checked, every room replayed): a backup
// that fails is refused and nothing is changed. The database it replaces
// is kept aside, renamed with the time of the restore; its path is
// returned ("" when dir had none). The database's lock is held throughout,
// so a running server refuses it (ErrLocked); a database too damaged to
// open can still be replaced.
func Restore(ctx context.Context, dir, backup string, now time.Time) (Summary, string, error) {
	b, err := OpenFile(backup)
	if err != nil {
		return Summary{}, "", err
	}
	sum, err := b.Verify(ctx)
	b.Close()
	if err != nil {
		return sum, "", fmt.Errorf("backup %s: %w", backup, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return sum, "", fmt.Errorf("restore: %w", err)
	}
	path := filepath.Join(dir, FileName)
	_, statErr := os.Stat(path)
	had := statErr == nil
	unlock, err := lockFile(path)
	if err != nil {
		return sum, "", err
	}
	defer unlock()
	tmp := path + ".restore"
	if err := copyFile(backup, tmp); err != nil {
		os.Remove(tmp)
		return sum, "", fmt.Errorf("restore: %w", err)
	}
	kept := ""
	if had {
		kept = path + ".before-restore-" + now.Format("20060102-150405")
		if err := os.Rename(path, kept); err != nil {
			os.Remove(tmp)
			return sum, "", fmt.Errorf("restore: %w", err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return sum, kept, fmt.Errorf("restore: %w (the old database is at %s)", err, kept)
	}
	if err := syncDir(dir); err != nil {
		return sum, kept, fmt.Errorf("restore: %w", err)
	}
	return sum, kept, nil
}

// copyFile copies src to a new file dst and makes it durable.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
