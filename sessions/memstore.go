package sessions

import (
	"context"
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
	return slices.Clone(m.rooms), nil
}
