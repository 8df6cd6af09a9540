package sessions

import (
	"context"
	"fmt"
	"slices"
	"sync"
)

// MemStore is a Store in memory, for tests and tools that need no
// durability.
type MemStore struct {
	mu    sync.Mutex
	rooms []RoomInfo
	logs  map[string][]Event
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{logs: map[string][]Event{}} }

var _ Store = (*MemStore)(nil)

// Create implements Store.
func (m *MemStore) Create(_ context.Context, info RoomInfo, first Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.logs[info.Code]; ok {
		return ErrRoomExists
	}
	m.rooms = append(m.rooms, info)
	m.logs[info.Code] = []Event{first}
	return nil
}

// Append implements Store.
func (m *MemStore) Append(_ context.Context, code string, events []Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	log, ok := m.logs[code]
	if !ok {
		return ErrNoRoom
	}
	m.logs[code] = append(log, events...)
	return nil
}

// Load implements Store.
func (m *MemStore) Load(_ context.Context, code string) ([]Event, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	log, ok := m.logs[code]
	if !ok {
		return nil, ErrNoRoom
	}
	return slices.Clone(log), nil
}

// Rooms implements Store.
func (m *MemStore) Rooms(context.Context) ([]RoomInfo, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.rooms)
	for i, r := range out {
		out[i].Active = r.Created
		if log := m.logs[r.Code]; len(log) > 0 {
			out[i].Active = log[len(log)-1].At
		}
	}
	return out, nil
}

// Delete implements Store.
func (m *MemStore) Delete(_ context.Context, codes ...string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	var err error
	m.rooms, err = deleteLogs(m.logs, m.rooms, codes)
	return err
}

// Rewrite implements Store.
func (m *MemStore) Rewrite(_ context.Context, code string, events []Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return rewriteLog(m.logs, code, events)
}

// deleteLogs removes the logs and index entries of codes, or nothing when
// one of them is unknown; it returns the index left.
func deleteLogs(logs map[string][]Event, rooms []RoomInfo, codes []string) ([]RoomInfo, error) {
	for _, code := range codes {
		if _, ok := logs[code]; !ok {
			return rooms, ErrNoRoom
		}
	}
	for _, code := range codes {
		delete(logs, code)
		rooms = slices.DeleteFunc(rooms, func(r RoomInfo) bool { return r.Code == code })
	}
	return rooms, nil
}

// rewriteLog replaces the log of code with events, numbered from 1
// without a gap.
func rewriteLog(logs map[string][]Event, code string, events []Event) error {
	if _, ok := logs[code]; !ok {
		return ErrNoRoom
	}
	for i, e := range events {
		if e.Seq != uint64(i+1) {
			return fmt.Errorf("rewrite %s: event %d at place %d", code, e.Seq, i+1)
		}
	}
	logs[code] = slices.Clone(events)
	return nil
}
