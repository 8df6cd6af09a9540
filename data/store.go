// Package data is kring's storage: an append-only event log per room, a
// rooms index and hot backups, in one bbolt file. Each event is stored as
// the JSON that sessions.Event marshals to (a versioned envelope around the
// kind's payload), under its sequence number.
package data

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"kring/sessions"
)

// FileName is the name of the database file inside the data directory.
const FileName = "kring.db"

var (
	bucketRooms  = []byte("rooms")
	bucketEvents = []byte("events")
)

// ErrLocked is returned by Open when another process holds the database.
var ErrLocked = errors.New("the data directory is in use by a running kring server")

// ErrOutOfOrder is returned by Append for an event whose sequence number is
// not the next one in its room's log.
var ErrOutOfOrder = errors.New("event out of order")

// Store is a bbolt-backed sessions.Store.
type Store struct {
	path string
	// mu guards db: every operation holds it for reading; compact, which
	// replaces the file and so db, holds it for writing.
	mu sync.RWMutex
	db *bolt.DB
}

var _ sessions.Store = (*Store)(nil)

// Open opens (or creates) the database in dir, waiting at most lockTimeout
// for another process to let go of it.
func Open(dir string, lockTimeout time.Duration) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	path := filepath.Join(dir, FileName)
	db, err := openDB(path, lockTimeout)
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketRooms, bucketEvents} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("prepare database: %w", err)
	}
	return &Store{path: path, db: db}, nil
}

// openDB opens the bbolt file at path as the store uses it.
func openDB(path string, lockTimeout time.Duration) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// Each room already groups its queued commands into one Append; Batch
	// only needs to catch appends of different rooms arriving together, so
	// a short wait keeps a lone commit fast.
	db.MaxBatchDelay = 2 * time.Millisecond
	return db, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.db.Close()
}

// view runs fn in a read-only transaction.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.View(fn)
}

// update runs fn in a read-write transaction of its own.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Update(fn)
}

// batch runs fn in a read-write transaction that bbolt may share with
// other concurrent calls.
func (s *Store) batch(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Batch(fn)
}

// Create stores a new room and its first event in one transaction.
func (s *Store) Create(_ context.Context, info sessions.RoomInfo, first sessions.Event) error {
	meta, err := json.Marshal(info)
	if err != nil {
		return fmt.Errorf("encode room: %w", err)
	}
	ev, err := json.Marshal(first)
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		rooms := tx.Bucket(bucketRooms)
		if rooms.Get([]byte(info.Code)) != nil {
			return sessions.ErrRoomExists
		}
		if err := rooms.Put([]byte(info.Code), meta); err != nil {
			return err
		}
		log, err := tx.Bucket(bucketEvents).CreateBucket([]byte(info.Code))
		if err != nil {
			return err
		}
		return log.Put(seqKey(first.Seq), ev)
	})
	if err != nil && !errors.Is(err, sessions.ErrRoomExists) {
		return fmt.Errorf("create room %s: %w", info.Code, err)
	}
	return err
}

// Append adds events to a room's log. Concurrent calls from different rooms
// are grouped into one transaction by bbolt's Batch; each call returns only
// after its transaction is committed to disk.
func (s *Store) Append(_ context.Context, code string, events []sessions.Event) error {
	vals := make([][]byte, len(events))
	for i, e := range events {
		v, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode event: %w", err)
		}
		vals[i] = v
	}
	err := s.batch(func(tx *bolt.Tx) error {
		log := tx.Bucket(bucketEvents).Bucket([]byte(code))
		if log == nil {
			return sessions.ErrNoRoom
		}
		// Invariant: a log is the gapless sequence 1, 2, 3, …; an event
		// that is not the next one is refused, never written over or
		// beside another.
		next := uint64(1)
		if k, _ := log.Cursor().Last(); k != nil {
			next = binary.BigEndian.Uint64(k) + 1
		}
		for i, e := range events {
			if e.Seq != next {
				return fmt.Errorf("%w: event %d where %d comes next", ErrOutOfOrder, e.Seq, next)
			}
			if err := log.Put(seqKey(e.Seq), vals[i]); err != nil {
				return err
			}
			next++
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("append to %s: %w", code, err)
	}
	return nil
}

// Load reads a room's whole log in order.
func (s *Store) Load(_ context.Context, code string) ([]sessions.Event, error) {
	var out []sessions.Event
	err := s.view(func(tx *bolt.Tx) error {
		log := tx.Bucket(bucketEvents).Bucket([]byte(code))
		if log == nil {
			return sessions.ErrNoRoom
		}
		return log.ForEach(func(k, v []byte) error {
			var e sessions.Event
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("event %d: %w", binary.BigEndian.Uint64(k), err)
			}
			out = append(out, e)
			return nil
		})
	})
	if errors.Is(err, sessions.ErrNoRoom) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", code, err)
	}
	return out, nil
}

// Rooms lists the rooms index in order of creation, each with the time of
// the last event in its log.
func (s *Store) Rooms(_ context.Context) ([]sessions.RoomInfo, error) {
	var out []sessions.RoomInfo
	err := s.view(func(tx *bolt.Tx) error {
		events := tx.Bucket(bucketEvents)
		return tx.Bucket(bucketRooms).ForEach(func(k, v []byte) error {
			var info sessions.RoomInfo
			if err := json.Unmarshal(v, &info); err != nil {
				return fmt.Errorf("room %s: %w", k, err)
			}
			info.Active = info.Created
			if log := events.Bucket(k); log != nil {
				if _, last := log.Cursor().Last(); last != nil {
					var at struct {
						At time.Time `json:"at"`
					}
					if err := json.Unmarshal(last, &at); err != nil {
						return fmt.Errorf("room %s: last event: %w", k, err)
					}
					info.Active = at.At
				}
			}
			out = append(out, info)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list rooms: %w", err)
	}
	slices.SortStableFunc(out, func(a, b sessions.RoomInfo) int { return cmp.Compare(a.Created.UnixNano(), b.Created.UnixNano()) })
	return out, nil
}

// Backup writes a consistent copy of the whole database to w while the
// server keeps running.
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("backup: %w", err)
	}
	return n, nil
}

// Check verifies the database: bbolt's own page check, every room in the
// index has a log and every log is a gapless sequence starting at 1.
func (s *Store) Check() error {
	return s.view(func(tx *bolt.Tx) error {
		var first error
		for err := range tx.Check() {
			if first == nil {
				first = fmt.Errorf("check pages: %w", err)
			}
		}
		if first != nil {
			return first
		}
		return checkLogs(tx)
	})
}

// checkLogs checks that every room in the index has a log, numbered 1, 2,
// 3, … without a gap.
func checkLogs(tx *bolt.Tx) error {
	events := tx.Bucket(bucketEvents)
	return tx.Bucket(bucketRooms).ForEach(func(code, _ []byte) error {
		log := events.Bucket(code)
		if log == nil {
			return fmt.Errorf("check: room %s has no log", code)
		}
		want := uint64(1)
		return log.ForEach(func(k, _ []byte) error {
			if got := binary.BigEndian.Uint64(k); got != want {
				return fmt.Errorf("check: room %s: event %d where %d was expected", code, got, want)
			}
			want++
			return nil
		})
	})
}

func seqKey(seq uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, seq)
	return k
}
