package data

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// compactTxSize bounds how much one transaction of a compaction copies.
const compactTxSize = 16 << 20

// compact copies the live data into a fresh file and puts it in place of
// the old one. bbolt reuses freed pages but never wipes them, so the bytes
// of a deleted room stay in the file until compaction leaves them behind.
//
// The fresh file is opened (and so locked) before it is renamed over the
// old one, and the old one is closed only after: the path is locked by
// this process throughout. Every other operation waits meanwhile.
func (s *Store) compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	tmp := s.path + ".compact"
	_ = os.Remove(tmp)
	dst, err := openDB(tmp, 0)
	if err != nil {
		return fmt.Errorf("compact: %w", err)
	}
	fail := func(err error) error {
		dst.Close()
		os.Remove(tmp)
		return fmt.Errorf("compact: %w", err)
	}
	if err := bolt.Compact(dst, s.db, compactTxSize); err != nil {
		return fail(err)
	}
	if err := dst.Sync(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fail(err)
	}
	if err := syncDir(filepath.Dir(s.path)); err != nil {
		// The rename took place; only its durability is in doubt.
		s.db.Close()
		s.db = dst
		return fmt.Errorf("compact: %w", err)
	}
	old := s.db
	s.db = dst
	if err := old.Close(); err != nil {
		return fmt.Errorf("compact: close old file: %w", err)
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
