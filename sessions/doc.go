// Package sessions is kring's domain: the state of a room, the commands that
// change it, the events those commands produce, the per-participant view
// rules, exports, and the hub that runs one goroutine per live room.
//
// The rules are pure functions: Decide turns a command and a state into
// events (or a refusal), Apply folds an event into a new state: each event
// carries one typed payload per kind (events_*.go) that applies itself, and
// is stored in a versioned form (events_json.go) that still reads the logs
// of older servers (events_v1.go). The hub is
// the only place that owns mutable state; it commits events to the Store
// before it publishes a new immutable Snapshot and wakes subscribers.
//
// This package imports no SSH, terminal or storage code.
package sessions
