package data

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"kring/sessions"
)

// ErrGap is returned by Rewrite for a log that is not numbered 1, 2, 3, …
// without a gap.
var ErrGap = errors.New("log not numbered from 1 without a gap")

// Delete removes rooms, their logs and their index entries in one
// transaction, then compacts the file so that no freed page keeps their
// bytes. It returns sessions.ErrNoRoom, and removes nothing, when one of
// the codes is unknown.
func (s *Store) Delete(_ context.Context, codes ...string) error {
	err := s.update(func(tx *bolt.Tx) error {
		rooms, events := tx.Bucket(bucketRooms), tx.Bucket(bucketEvents)
		for _, code := range codes {
			if rooms.Get([]byte(code)) == nil {
				return sessions.ErrNoRoom
			}
			if err := rooms.Delete([]byte(code)); err != nil {
				return err
			}
			if err := events.DeleteBucket([]byte(code)); err != nil && !errors.Is(err, bolt.ErrBucketNotFound) {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, sessions.ErrNoRoom) {
		return err
	}
	if err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	return s.compact()
}

// Rewrite replaces the log of room code with events, then compacts the
// file so that no freed page keeps the old log's bytes.
//
// A room's log is append-only (Append refuses any event but the next);
// Rewrite is the one exception, for one legal reason: the erasure of a
// person (AVG art. 17, see sessions.Erase). The new log must be numbered
// 1, 2, 3, … without a gap, like every log.
func (s *Store) Rewrite(_ context.Context, code string, events []sessions.Event) error {
	vals := make([][]byte, len(events))
	for i, e := range events {
		if e.Seq != uint64(i+1) {
			return fmt.Errorf("rewrite %s: %w: event %d at place %d", code, ErrGap, e.Seq, i+1)
		}
		v, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode event: %w", err)
		}
		vals[i] = v
	}
	if len(vals) == 0 {
		return fmt.Errorf("rewrite %s: %w: no events", code, ErrGap)
	}
	err := s.update(func(tx *bolt.Tx) error {
		all := tx.Bucket(bucketEvents)
		if all.Bucket([]byte(code)) == nil {
			return sessions.ErrNoRoom
		}
		if err := all.DeleteBucket([]byte(code)); err != nil {
			return err
		}
		log, err := all.CreateBucket([]byte(code))
		if err != nil {
			return err
		}
		for i, v := range vals {
			if err := log.Put(seqKey(uint64(i+1)), v); err != nil {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, sessions.ErrNoRoom) {
		return err
	}
	if err != nil {
		return fmt.Errorf("rewrite %s: %w", code, err)
	}
	return s.compact()
}
