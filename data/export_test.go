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
