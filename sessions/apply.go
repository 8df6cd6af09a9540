package sessions

import (
	"maps"
	"slices"
)

// Apply returns the state after e. It never modifies the slices of s: the
// parts that change are copied, so earlier states stay valid snapshots.
// Events that no longer fit the state (a note already gone) are skipped,
// which keeps replay total.
func Apply(s State, e Event) State {
	s.Seq = e.Seq
	switch e.Kind {
	case EvRoomCreated:
		if e.Room != nil {
			s = *e.Room
			s.Seq = e.Seq
			s = withDefaultAgenda(s)
		}
	case EvParticipantJoined:
		if e.Participant != nil && s.participantIndex(e.Participant.ID) < 0 {
			s.Participants = append(slices.Clip(s.Participants), *e.Participant)
		}
	case EvParticipantEdited:
		if e.Participant != nil {
			s.Participants = update(s.Participants, s.participantIndex(e.Participant.ID), func(p *Participant) {
				p.Name, p.Function = e.Participant.Name, e.Participant.Function
			})
		}
	case EvLangChosen:
		s.Participants = update(s.Participants, s.participantIndex(e.Actor), func(p *Participant) { p.Lang = e.Lang })
	case EvNoteAdded:
		if e.Note != nil {
			s.Notes = append(slices.Clip(s.Notes), *e.Note)
			s.NextID = max(s.NextID, e.Note.ID+1)
			if e.Owner != "" {
				s.owners = maps.Clone(s.owners)
				if s.owners == nil {
					s.owners = map[int]ParticipantID{}
				}
				s.owners[e.Note.ID] = e.Owner
			}
		}
	case EvNoteEdited:
		s.Notes = update(s.Notes, s.noteIndex(e.ID), func(n *Note) { n.Text, n.Edited = e.Text, e.At })
	case EvNoteMoved:
		if e.Column != nil {
			s.Notes = update(s.Notes, s.noteIndex(e.ID), func(n *Note) { n.Column = e.Column.ID })
		}
	case EvNoteDeleted:
		if i := s.noteIndex(e.ID); i >= 0 {
			s.Notes = slices.Delete(slices.Clone(s.Notes), i, i+1)
		}
	case EvColumnAdded:
		if e.Column != nil {
			s.Columns = append(slices.Clip(s.Columns), *e.Column)
			s.NextID = max(s.NextID, e.Column.ID+1)
		}
	case EvColumnRenamed:
		s.Columns = update(s.Columns, s.columnIndex(e.ID), func(c *Column) { c.Title = e.Text })
	case EvColumnLocked:
		s.Columns = update(s.Columns, s.columnIndex(e.ID), func(c *Column) { c.Locked = e.Flag })
	case EvActivityChanged:
		if i := s.activityIndex(e.ID); i >= 0 {
			s.Current, s.Focus = i, 0
			if s.Agenda[i].Started.IsZero() {
				s.Agenda = update(s.Agenda, i, func(a *Activity) { a.Started = e.At })
			}
		}
	case EvRevealed:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Revealed = true })
	case EvConfidential:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Confidential = e.Flag })
	case EvInputLocked:
		s.InputLocked = e.Flag
	case EvFocus:
		s.Focus = e.ID
	case EvTimer:
		if e.Timer != nil {
			s.Timer = *e.Timer
		}
	case EvGranted:
		if !s.IsFacilitator(e.Target) {
			s.Facilitators = append(slices.Clip(s.Facilitators), e.Target)
		}
	case EvRevoked:
		s.Facilitators = slices.DeleteFunc(slices.Clone(s.Facilitators), func(id ParticipantID) bool { return id == e.Target })
	case EvThemeAdded:
		if e.Theme != nil {
			s.Themes = append(slices.Clip(s.Themes), *e.Theme)
			s.NextID = max(s.NextID, e.Theme.ID+1)
		}
	case EvThemeRenamed:
		s.Themes = update(s.Themes, slices.IndexFunc(s.Themes, func(t Theme) bool { return t.ID == e.ID }), func(t *Theme) { t.Title = e.Text })
	case EvThemeRemoved:
		s.Themes = slices.DeleteFunc(slices.Clone(s.Themes), func(t Theme) bool { return t.ID == e.ID })
		if s.Focus == e.ID {
			s.Focus = 0
		}
	case EvAssigned:
		s.Themes = assign(s.Themes, e.ID, e.Item)
	case EvVoted:
		s.Votes = append(slices.Clip(s.Votes), Vote{Activity: e.ID, Voter: e.Actor, Item: e.Item})
	case EvUnvoted:
		if i := slices.Index(s.Votes, Vote{Activity: e.ID, Voter: e.Actor, Item: e.Item}); i >= 0 {
			s.Votes = slices.Delete(slices.Clone(s.Votes), i, i+1)
		}
	case EvVoteClosed:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Closed = e.Flag })
	case EvRoundStarted:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Order, a.Turn, a.Shuffle = e.Order, 0, e.Flag })
	case EvTurn:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Turn = e.Item })
	case EvActionAdded:
		if e.Action != nil {
			s.Actions = append(slices.Clip(s.Actions), *e.Action)
			s.NextID = max(s.NextID, e.Action.ID+1)
		}
	case EvActionEdited:
		if e.Action != nil {
			s.Actions = update(s.Actions, slices.IndexFunc(s.Actions, func(a Action) bool { return a.ID == e.Action.ID }), func(a *Action) { a.ActionItem = e.Action.ActionItem })
		}
	case EvActionDeleted:
		s.Actions = slices.DeleteFunc(slices.Clone(s.Actions), func(a Action) bool { return a.ID == e.ID })
	case EvMarked:
		s.Marks = slices.DeleteFunc(slices.Clone(s.Marks), func(m Mark) bool { return m.Who == e.Actor && m.Activity == e.ID })
		s.Marks = append(s.Marks, Mark{Activity: e.ID, Who: e.Actor, Value: e.Item})
	case EvShared:
		if e.Pct != nil {
			s.Shares = slices.DeleteFunc(slices.Clone(s.Shares), func(sh Share) bool { return sh.Who == e.Actor && sh.Activity == e.ID })
			s.Shares = append(s.Shares, Share{Activity: e.ID, Who: e.Actor, Pct: *e.Pct})
		}
	case EvHosts:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Hosts = e.Order })
	case EvCafeConfigured:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Rounds, a.Minutes = e.Item, e.Minutes })
	case EvCafeRound:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Plan, a.Round = e.Plan, e.Item })
	case EvGroupsFormed:
		s.Groups = slices.DeleteFunc(slices.Clone(s.Groups), func(g Group) bool { return g.Activity == e.ID })
		s.Groups = append(s.Groups, e.Groups...)
		for _, g := range e.Groups {
			s.NextID = max(s.NextID, g.ID+1)
		}
	case EvMemberMoved:
		s.Groups = moveMember(s.Groups, e.Target, e.Item)
	case EvRanked:
		if e.Ranking != nil {
			s.Rankings = slices.DeleteFunc(slices.Clone(s.Rankings), func(r Ranking) bool {
				return r.Activity == e.Ranking.Activity && r.Owner == e.Ranking.Owner
			})
			s.Rankings = append(s.Rankings, *e.Ranking)
		}
	case EvCompared:
		s.Agenda = update(s.Agenda, s.activityIndex(e.ID), func(a *Activity) { a.Closed = e.Flag })
	case EvColumnRemoved:
		if i := s.columnIndex(e.ID); i >= 0 {
			s.Columns = slices.Delete(slices.Clone(s.Columns), i, i+1)
			s.Notes = slices.DeleteFunc(slices.Clone(s.Notes), func(n Note) bool { return n.Column == e.ID })
		}
	}
	return s
}

// Replay folds a log into a state.
func Replay(events []Event) State {
	var s State
	for _, e := range events {
		s = Apply(s, e)
	}
	return s
}

// update returns a copy of xs with element i changed by f; xs itself is
// left alone. An index below zero returns xs unchanged.
func update[T any](xs []T, i int, f func(*T)) []T {
	if i < 0 {
		return xs
	}
	out := slices.Clone(xs)
	f(&out[i])
	return out
}

// withDefaultAgenda gives a room logged before agendas existed one
// brainstorm activity that holds all its columns.
func withDefaultAgenda(s State) State {
	if len(s.Agenda) > 0 {
		return s
	}
	s.Agenda = []Activity{{ID: 1, Kind: KindBrainstorm, Title: Messages.T(s.Lang, "activity.default")}}
	s.NextActivity = 2
	s.Columns = slices.Clone(s.Columns)
	for i := range s.Columns {
		s.Columns[i].Activity = 1
	}
	return s
}

// assign returns themes with note in theme (0: in none). A note belongs to
// at most one theme; the theme slices that change are copied.
func assign(themes []Theme, note, theme int) []Theme {
	out := slices.Clone(themes)
	for i := range out {
		has := slices.Contains(out[i].Notes, note)
		switch {
		case out[i].ID == theme && !has:
			out[i].Notes = append(slices.Clip(out[i].Notes), note)
		case out[i].ID != theme && has:
			out[i].Notes = slices.DeleteFunc(slices.Clone(out[i].Notes), func(n int) bool { return n == note })
		}
	}
	return out
}

// moveMember returns groups with id in group (and out of the other groups
// of the same activity); the slices that change are copied.
func moveMember(groups []Group, id ParticipantID, group int) []Group {
	activity := 0
	for _, g := range groups {
		if g.ID == group {
			activity = g.Activity
		}
	}
	out := slices.Clone(groups)
	for i := range out {
		if out[i].Activity != activity {
			continue
		}
		has := slices.Contains(out[i].Members, id)
		switch {
		case out[i].ID == group && !has:
			out[i].Members = append(slices.Clip(out[i].Members), id)
		case out[i].ID != group && has:
			out[i].Members = slices.DeleteFunc(slices.Clone(out[i].Members), func(m ParticipantID) bool { return m == id })
		}
	}
	return out
}
