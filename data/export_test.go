package data

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"kring/sessions"
)

// PutRaw writes e into a room's log at its own sequence number, past the
// order Append keeps: tests use it to make the damage Check must find.
func (s *Store) PutRaw(code string, e sessions.Event) error {
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketEvents).Bucket([]byte(code)).Put(seqKey(e.Seq), v)
	})
}

// RawLog returns a room's log as stored, one JSON value per event.
func (s *Store) RawLog(code string) ([][]byte, error) {
	var out [][]byte
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketEvents).Bucket([]byte(code)).ForEach(func(_, v []byte) error {
			out = append(out, append([]byte(nil), v...))
			return nil
		})
	})
	return out, err
}

// Walk calls fn for every key of every bucket, nested ones included, with
// the names of the buckets it is in; a nested bucket's own key comes with
// a nil value.
func (s *Store) Walk(fn func(buckets []string, k, v []byte)) error {
	var walk func(path []string, b *bolt.Bucket)
	walk = func(path []string, b *bolt.Bucket) {
		_ = b.ForEach(func(k, v []byte) error {
			fn(path, k, v)
			if v == nil {
				walk(append(path[:len(path):len(path)], string(k)), b.Bucket(k))
			}
			return nil
		})
	}
	return s.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			fn(nil, name, nil)
			walk([]string{string(name)}, b)
			return nil
		})
	})
}
