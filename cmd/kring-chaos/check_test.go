package main

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"kring/sessions"
)

// TestVerifyFindsLostAndDuplicateNotes makes sure the check can fail: an
// acknowledged note missing from the export is lost, one there twice is a
// duplicate, and an unacknowledged one, or one in a room not exported, is
// not expected.
func TestVerifyFindsLostAndDuplicateNotes(t *testing.T) {
	x := sessions.Export{Activities: []sessions.ExportActivity{{Columns: []sessions.ExportColumn{{
		Notes: []sessions.ExportNote{{Text: token(1)}, {Text: token(2)}, {Text: token(2)}, {Text: "geen token"}},
	}}}}}
	var buf bytes.Buffer
	if err := x.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	c := counts{}
	if err := c.add(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	notes := []note{{id: 0, room: "A"}, {id: 1, room: "A", acked: now}, {id: 2, room: "A", acked: now}, {id: 3, room: "A", acked: now}, {id: 4, room: "B", acked: now}}
	v := verify(notes, c, []string{"A"})
	if v.acked != 3 || v.found != 2 || v.dup != 1 || !slices.Equal(v.missing, []int{3}) {
		t.Errorf("verdict %+v; want 3 acknowledged, 2 found, 1 duplicate, note 3 missing", v)
	}
}

// TestTypedTokenIsNotTheToken checks the premise of acknowledgement: what
// the editor echoes does not read as the note's token, and what the server
// stores does.
func TestTypedTokenIsNotTheToken(t *testing.T) {
	if ids := tokens(typedToken(42)); len(ids) != 0 {
		t.Errorf("typed token reads as %v", ids)
	}
	if ids := tokens(sessions.Clean(typedToken(42), true)); !slices.Equal(ids, []int{42}) {
		t.Errorf("stored token reads as %v, want [42]", ids)
	}
}
