package sessions

import "time"

// View is what one participant may see of a room. Screens decide and draw
// from a View and nothing else, so every visibility rule lives here,
// server side. It names people, never by their ID: the viewer's own ID is
// in Me, and only a facilitator's Console holds the IDs that commands take.
type View struct {
	Code  string
	Title string
	Seq   uint64
	// Lang is the viewer's language: their own choice, else the room's
	// (so, before they join, the room's).
	Lang Lang
	// Me is the viewer, without their rejoin code's hash.
	Me          Participant
	Joined      bool
	Facilitator bool
	Columns     []ColumnView
	People      []PersonView

	// Activity is the current activity; Next the one after it, shown to
	// facilitators; Step and Steps place it on the agenda (1-based). Both
	// come without the participant IDs an activity keeps (a round's order,
	// a café's hosts and seats): the kind's part of the View names them.
	Activity    Activity
	Next        *Activity
	Step, Steps int
	// Earlier lists the activities before the current one, to look back at.
	Earlier []AgendaItem
	// Console is what only a facilitator's View carries; nil for everyone
	// else.
	Console     *ConsoleView
	Timer       Timer
	InputLocked bool
	// Published: participants may fetch the report (export over ssh).
	Published bool
	Focus     int
	// Past is set when the view shows an earlier activity, read-only.
	Past bool
	// Group is the viewer's group in an activity that works per group,
	// GroupName how it is called.
	Group     int
	GroupName string

	// Themes and Ungrouped belong to a cluster, Vote to a vote, Round to
	// a go-around, Actions to an actions activity.
	Themes    []ThemeView
	Ungrouped []NoteView
	Vote      *VoteView
	Round     *RoundView
	Actions   []ActionView
	// ActionThemes are the titles of the themes of the room's clusters,
	// in agenda order, to offer as an action's theme.
	ActionThemes []string
	Scale        *ScaleView
	Quadrant     *QuadrantView
	Cafe         *CafeView
	Market       *Market
	Groups       *GroupsView
	Rank         *RankView
}

// ColumnView is a column as the viewer sees it.
type ColumnView struct {
	ID     int
	Title  string
	Locked bool
	Notes  []NoteView
	// Hidden counts other people's notes the viewer may not see yet.
	Hidden int
	// Closed, when set, is why the viewer may not write a new note here
	// now (a refusal's message key): the same rules AddNote applies, so a
	// screen can say so before anyone types. The timer's end is left to
	// AddNote itself.
	Closed string
}

// NoteView is a note as the viewer sees it.
type NoteView struct {
	ID        int
	Text      string
	Author    string
	Mine      bool
	CanChange bool
	Edited    bool
}

// PersonView is one line of the participants list.
type PersonView struct {
	Name        string
	Function    string
	Online      bool
	Facilitator bool
	Me          bool
	Notes       int
}

// ViewFor returns what viewer may see of snap.
func ViewFor(snap *Snapshot, viewer ParticipantID) View {
	return ViewAt(snap, viewer, 0)
}

// ViewAt returns what viewer may see of snap with activity shown instead of
// the current one, to look back at an earlier board; 0 means the current
// activity. The same visibility rules apply; Past is set when the activity
// shown is not the current one.
func ViewAt(snap *Snapshot, viewer ParticipantID, activity int) View {
	return ViewWith(snap, viewer, Lens{Activity: activity})
}

// Lens is what a viewer chose to look at: an earlier activity (0 for the
// current one) and, for a facilitator in an activity that works per group,
// one group (0 for the plenary view of all groups). Participation is set
// while a facilitator looks at who takes part: only then is everyone's
// share counted, into the Console.
type Lens struct {
	Activity      int
	Group         int
	Participation bool
}

// ViewWith returns what viewer may see of snap through lens. Participants
// always see their own group's work; only facilitators choose a group.
func ViewWith(snap *Snapshot, viewer ParticipantID, lens Lens) View {
	activity := lens.Activity
	if lang := snap.State.LangOf(viewer); lang != snap.State.Lang {
		// The agenda in the viewer's language; the snapshot itself is
		// shared and stays as it is.
		snap = &Snapshot{State: snap.State.In(lang), Online: snap.Online}
	}
	s := snap.State
	me, joined := s.Participant(viewer)
	v := View{
		Code:        s.Code,
		Title:       s.Title,
		Seq:         s.Seq,
		Lang:        s.LangOf(viewer),
		Me:          me,
		Joined:      joined,
		Facilitator: s.IsFacilitator(viewer),
		Earlier:     agendaItems(s.Agenda[:max(0, min(s.Current, len(s.Agenda)))]),
	}
	v.Me.RejoinHash = ""
	if v.Facilitator {
		v.Console = consoleView(snap, lens.Participation)
	}
	names := make(map[ParticipantID]string, len(s.Participants))
	counts := make(map[ParticipantID]int, len(s.Participants))
	for _, p := range s.Participants {
		names[p.ID] = p.Name
	}
	act, _ := s.CurrentActivity()
	step := s.Current + 1
	if i := s.activityIndex(activity); i >= 0 && i != s.Current {
		act, step, v.Past = s.Agenda[i], i+1, true
	}
	v.Activity, v.Step, v.Steps = act, step, len(s.Agenda)
	if s.Current+1 < len(s.Agenda) && v.Facilitator {
		next := s.Agenda[s.Current+1]
		v.Next = &next
	}
	v.Timer, v.InputLocked, v.Focus, v.Published = s.Timer, s.InputLocked, s.Focus, s.Published
	cols := s.ColumnsOf(act.ID)
	v.Columns = make([]ColumnView, len(cols))
	index := make(map[int]int, len(cols))
	for i, c := range cols {
		v.Columns[i] = ColumnView{ID: c.ID, Title: c.Title, Locked: c.Locked}
		if joined && !v.Past {
			if err := mayAddNote(s, viewer, time.Time{}, c.ID); err != nil {
				v.Columns[i].Closed = RefusalKey(err)
			}
		}
		index[c.ID] = i
	}
	group := 0 // 0: all groups
	if act.PerGroup {
		v.Group = s.groupOf(act, viewer)
		for i, g := range s.groupsFor(act) {
			if g.ID == v.Group {
				v.GroupName = GroupName(v.Lang, i)
			}
			if v.Console != nil {
				v.Console.Groups = append(v.Console.Groups, GroupRef{ID: g.ID, Name: GroupName(v.Lang, i)})
			}
		}
		group = v.Group
		if v.Facilitator {
			group = lens.Group
		}
	}
	reader := Reader{ID: viewer, Facilitator: v.Facilitator, Group: v.Group}
	for _, n := range s.Notes {
		i, ok := index[n.Column]
		if !ok {
			continue
		}
		if group != 0 && n.Group != group {
			continue // another group's board
		}
		if !act.Anonymous { // the policy's Attributable, for this board
			counts[n.Author]++ // never per person for anonymous notes
		}
		sight := s.seeIn(act, n, reader)
		if !sight.Text {
			v.Columns[i].Hidden++
			continue
		}
		v.Columns[i].Notes = append(v.Columns[i].Notes, NoteView{
			ID:        n.ID,
			Text:      n.Text,
			Author:    nameIf(sight.Author, names, n.Author),
			Mine:      sight.Mine,
			CanChange: joined && !v.Past && (sight.Mine || v.Facilitator),
			Edited:    !n.Edited.IsZero(),
		})
	}
	if act.Anonymous {
		for i := range v.Columns {
			orderAnonymous(v.Columns[i].Notes, viewText)
		}
	}
	kindView(&v, s, viewer, names)
	v.Activity = withoutIDs(v.Activity)
	if v.Next != nil {
		next := withoutIDs(*v.Next)
		v.Next = &next
	}
	v.People = make([]PersonView, len(s.Participants))
	for i, p := range s.Participants {
		online, facilitator := snap.IsOnline(p.ID), s.IsFacilitator(p.ID)
		v.People[i] = PersonView{
			Name:        p.Name,
			Function:    p.Function,
			Online:      online,
			Facilitator: facilitator,
			Me:          p.ID == viewer,
			Notes:       counts[p.ID],
		}
		if v.Console != nil {
			v.Console.add(p, online, facilitator)
		}
	}
	return v
}

// nameIf is the name of id when shown is set, else empty.
func nameIf(shown bool, names map[ParticipantID]string, id ParticipantID) string {
	if !shown {
		return ""
	}
	return names[id]
}

func viewText(n NoteView) string { return n.Text }

// withoutIDs returns a without the participant IDs it keeps: a round's
// speaking order, a café's hosts and seating plan. A seated café keeps an
// empty plan, so that CafeStarted and Harvest still tell.
func withoutIDs(a Activity) Activity {
	a.Order, a.Hosts = nil, nil
	if a.Plan != nil {
		a.Plan = &CafePlan{}
	}
	return a
}

// Note returns the note with id as the viewer sees it, on a board or in a
// cluster; false when the viewer sees no such note.
func (v *View) Note(id int) (NoteView, bool) {
	find := func(notes []NoteView) (NoteView, bool) {
		for _, n := range notes {
			if n.ID == id {
				return n, true
			}
		}
		return NoteView{}, false
	}
	for _, c := range v.Columns {
		if n, ok := find(c.Notes); ok {
			return n, true
		}
	}
	for _, t := range v.Themes {
		if n, ok := find(t.Notes); ok {
			return n, true
		}
	}
	return find(v.Ungrouped)
}
