package sessions

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ErasedPrefix begins the identity that takes an erased participant's
// place in a log: "erased:1", "erased:2", … in the order of erasure.
const ErasedPrefix = "erased:"

// Erasure is what Erase did, in counts only: it is logged, and holds no
// personal data.
type Erasure struct {
	// Before and After are the lengths of the log.
	Before, After int
	// NotesRemoved and NotesKept count the person's named notes; notes of
	// anonymous activities are tied to nobody and stay.
	NotesRemoved, NotesKept int
	// Placeholder is the identity that took the person's place.
	Placeholder ParticipantID
}

// Erase returns the log events with participant id erased from it, for a
// request under AVG art. 17 (the right to be forgotten): their name,
// function, language, rejoin code and identity go from every event, and a
// placeholder (ErasedPrefix and a number, named "verwijderde deelnemer" /
// "removed participant" in the room's language) takes their place, so
// votes, marks and seats still count. With removeNotes their notes go
// too, with every later event about them; otherwise they stay, by the
// placeholder. A text that is exactly one of their names (an action's
// owner) becomes the placeholder's name; a name inside a longer text is
// that text's writer's, and stays.
//
// Events they alone caused that say nothing once they are gone (their
// name changes, their language) are dropped, and the log is numbered
// again from 1. A facilitator cannot be erased (ErrEraseLeader); the
// room's creator always is one.
func Erase(events []Event, id ParticipantID, removeNotes bool) ([]Event, Erasure, error) {
	s := Replay(events)
	if _, ok := s.Participant(id); !ok || id == "" {
		return nil, Erasure{}, ErrNoParticipant
	}
	if s.IsFacilitator(id) {
		return nil, Erasure{}, ErrEraseLeader
	}
	x := Erasure{Before: len(events), Placeholder: ParticipantID(fmt.Sprintf("%s%d", ErasedPrefix, 1+erasedCount(s)))}
	label := Messages.T(s.Lang, "participant.erased")
	names := map[string]bool{}
	removed := map[int]bool{}
	for _, e := range events {
		switch p := e.Data.(type) {
		case ParticipantJoined:
			if p.Participant.ID == id {
				names[p.Participant.Name] = true
			}
		case ParticipantEdited:
			if p.Participant == id {
				names[p.Name] = true
			}
		case NoteAdded:
			if p.Note.Author == id {
				if removeNotes {
					removed[p.Note.ID] = true
					x.NotesRemoved++
				} else {
					x.NotesKept++
				}
			}
		}
	}
	delete(names, "")
	defer forgetNameKeys(names)
	var out []Event
	for _, e := range events {
		keep, e := eraseEvent(e, id, x.Placeholder, label, removed, names)
		if !keep {
			continue
		}
		// Only the identity is replaced wherever it stands: it cannot be
		// mistaken for anything else (key:SHA256:…, anon:…). A name is
		// replaced only where a name is meant (eraseEvent): a person called
		// "vote" or after a theme must not rename the room's structure.
		e, err := replaceStrings(e, func(v string) (string, bool) {
			if v == string(id) {
				return string(x.Placeholder), true
			}
			return v, false
		})
		if err != nil {
			return nil, Erasure{}, err
		}
		e.Seq = uint64(len(out) + 1)
		out = append(out, e)
	}
	// The whole log, as stored, must not name the identity any more.
	for _, e := range out {
		b, err := json.Marshal(e)
		if err != nil {
			return nil, Erasure{}, err
		}
		if bytes.Contains(b, []byte(id)) {
			return nil, Erasure{}, fmt.Errorf("erase: event %d still holds the identity", e.Seq)
		}
	}
	x.After = len(out)
	return out, x, nil
}

// erasedCount is how many participants of s were erased before.
func erasedCount(s State) int {
	n := 0
	for _, p := range s.Participants {
		if strings.HasPrefix(string(p.ID), ErasedPrefix) {
			n++
		}
	}
	return n
}

// eraseEvent is e with the erased person's own data taken out, or false
// when e goes altogether. names are the person's names: an action's owner
// that is exactly one of them becomes label.
func eraseEvent(e Event, id, placeholder ParticipantID, label string, removed map[int]bool, names map[string]bool) (bool, Event) {
	switch p := e.Data.(type) {
	case ActionAdded:
		if names[p.Action.Owner] {
			p.Action.Owner = label
			e.Data = p
		}
	case ActionEdited:
		if names[p.Item.Owner] {
			p.Item.Owner = label
			e.Data = p
		}
	case ParticipantJoined:
		if p.Participant.ID == id {
			e.Data = ParticipantJoined{Participant: Participant{ID: placeholder, Name: label, Joined: p.Participant.Joined}}
		}
	case ParticipantEdited:
		return p.Participant != id, e
	case LangChosen:
		return e.Actor != id, e
	case NoteAdded:
		return !removed[p.Note.ID], e
	case NoteEdited:
		return !removed[p.Note], e
	case NoteMoved:
		return !removed[p.Note], e
	case NoteDeleted:
		return !removed[p.Note], e
	case NoteAssigned:
		return !removed[p.Note], e
	case FocusChanged:
		if removed[p.Item] {
			e.Data = FocusChanged{}
		}
	}
	return true, e
}

// replaceStrings returns e with every string in its stored form passed
// through f, whatever its payload: identities sit in many kinds of event
// (actors, authors, voters, seats, groups, turns), and a new kind is
// covered without being listed.
func replaceStrings(e Event, f func(string) (string, bool)) (Event, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return Event{}, err
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		return Event{}, err
	}
	tree, changed := walkStrings(tree, f)
	if !changed {
		return e, nil
	}
	if b, err = json.Marshal(tree); err != nil {
		return Event{}, err
	}
	var out Event
	if err := json.Unmarshal(b, &out); err != nil {
		return Event{}, fmt.Errorf("erase: event %d: %w", e.Seq, err)
	}
	return out, nil
}

// walkStrings applies f to every string value (not object keys) in v.
func walkStrings(v any, f func(string) (string, bool)) (any, bool) {
	switch t := v.(type) {
	case string:
		return f(t)
	case []any:
		changed := false
		for i := range t {
			var c bool
			t[i], c = walkStrings(t[i], f)
			changed = changed || c
		}
		return t, changed
	case map[string]any:
		changed := false
		for _, k := range slices.Sorted(maps.Keys(t)) {
			var c bool
			t[k], c = walkStrings(t[k], f)
			changed = changed || c
		}
		return t, changed
	}
	return v, false
}

// ParticipantNamed returns the participant whose name is name as people
// read it (see NameKey): names are unique in a room that way.
func (s State) ParticipantNamed(name string) (Participant, bool) {
	key := NameKey(name)
	for _, p := range s.Participants {
		if key != "" && cachedNameKey(p.Name) == key {
			return p, true
		}
	}
	return Participant{}, false
}
