package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"kring/sessions"
)

// ErrDamaged is returned by OpenFile and Verify for a file whose pages
// bbolt cannot read.
var ErrDamaged = errors.New("database file damaged")

// OpenFile opens a database file read-only, such as a backup, to verify
// it without changing a byte. Its free-page list is read at once, so a
// damaged one shows here rather than when a server opens the file.
func OpenFile(path string) (s *Store, err error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer recoverDamage(&err)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, PreLoadFreelist: true, Timeout: 500 * time.Millisecond})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s = &Store{path: path, db: db}
	err = s.view(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketRooms, bucketEvents} {
			if tx.Bucket(b) == nil {
				return fmt.Errorf("%s: not a kring database (no %s bucket)", path, b)
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Summary is what Verify found.
type Summary struct {
	Rooms, Events int
}

// Verify reads every room's log, checks that it is numbered from 1
// without a gap, decodes every event and replays the room: a file that
// passes is one this server can run on. It reads on the calling goroutine
// only, so a damaged page (on which bbolt panics) gives ErrDamaged instead
// of ending the program. Check adds bbolt's own page check.
func (s *Store) Verify(ctx context.Context) (sum Summary, err error) {
	defer recoverDamage(&err)
	if err := s.view(checkLogs); err != nil {
		return sum, err
	}
	rooms, err := s.Rooms(ctx)
	if err != nil {
		return sum, err
	}
	for _, info := range rooms {
		events, err := s.Load(ctx, info.Code)
		if err != nil {
			return sum, fmt.Errorf("verify: %w", err)
		}
		if st := sessions.Replay(events); st.Code != info.Code {
			return sum, fmt.Errorf("verify: room %s replays to room %q", info.Code, st.Code)
		}
		sum.Rooms++
		sum.Events += len(events)
	}
	return sum, nil
}

// recoverDamage turns bbolt's panic on a damaged page into ErrDamaged.
func recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", ErrDamaged, r)
	}
}
