package sessions

import "testing"

// voteRoom is a room whose brainstorm has the given settings, followed by
// a cluster and a vote on its themes; Anna's note is in the one theme and
// the room is at the vote.
func voteRoom(t *testing.T, settings string) (State, int) {
	t.Helper()
	s := joinedRoom(t, `name: stem
title: Stem
description: Stemmen op thema's
activities:
  - kind: brainstorm
    title: Wat speelt er?
    columns: [Positief]
    `+settings+`
  - kind: cluster
    title: Thema's
  - kind: vote
    title: Stemmen
`)
	note := s.NextID
	s, _ = step(t, s, alice, AddNote{Column: s.ColumnsOf(s.Agenda[0].ID)[0].ID, Text: "Zelf kiezen wat je leert"})
	s, _ = step(t, s, owner, Step{Delta: 1})
	theme := s.NextID
	s, _ = step(t, s, owner, AddTheme{Title: "Eigen regie"})
	s, _ = step(t, s, owner, Assign{Note: note, Theme: theme})
	s, _ = step(t, s, owner, Step{Delta: 1})
	return s, note
}

// A theme on the ballot carries its notes as the policy shows them: a
// hidden note to its author alone, an anonymous one without its author.
func TestVoteItemNotesFollowThePolicy(t *testing.T) {
	for _, tc := range []struct {
		settings   string
		bramReads  bool
		authorShow bool
	}{{"hidden: false", true, true}, {"hidden: true", false, true}, {"anonymous: true", true, false}} {
		s, note := voteRoom(t, tc.settings)
		for _, viewer := range []ParticipantID{alice, bob, owner} {
			v := ViewFor(&Snapshot{State: s}, viewer)
			if v.Vote == nil || len(v.Vote.Items) != 1 {
				t.Fatalf("%s: %s sees no ballot of one theme: %+v", tc.settings, viewer, v.Vote)
			}
			notes := v.Vote.Items[0].Notes
			want := viewer == alice || tc.bramReads
			if got := len(notes) == 1 && notes[0].ID == note; got != want {
				t.Errorf("%s: %s reads the theme's note: %v, want %v (%+v)", tc.settings, viewer, got, want, notes)
			}
			if len(notes) == 1 && (notes[0].Author != "") != tc.authorShow {
				t.Errorf("%s: %s sees author %q", tc.settings, viewer, notes[0].Author)
			}
		}
	}
}
