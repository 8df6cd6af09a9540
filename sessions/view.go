package sessions

// View is what one participant may see of a room. Screens draw a View and
// nothing else, so every visibility rule lives here, server side.
type View struct {
	Code        string
	Title       string
	Seq         uint64
	Lang        Lang
	Me          Participant
	Joined      bool
	Facilitator bool
	Columns     []ColumnView
	People      []PersonView
}

// ColumnView is a column as the viewer sees it.
type ColumnView struct {
	ID    int
	Title string
	Notes []NoteView
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
	}
	names := make(map[ParticipantID]string, len(s.Participants))
	counts := make(map[ParticipantID]int, len(s.Participants))
	for _, p := range s.Participants {
		names[p.ID] = p.Name
	}
	cols := s.ColumnsOf(s.currentID())
	v.Columns = make([]ColumnView, len(cols))
	index := make(map[int]int, len(cols))
	for i, c := range cols {
		v.Columns[i] = ColumnView{ID: c.ID, Title: c.Title}
		index[c.ID] = i
	}
	for _, n := range s.Notes {
		i, ok := index[n.Column]
		if !ok {
			continue
		}
		counts[n.Author]++
		mine := n.Author == viewer
		v.Columns[i].Notes = append(v.Columns[i].Notes, NoteView{
			ID:        n.ID,
			Text:      n.Text,
			Author:    names[n.Author],
			Mine:      mine,
			CanChange: joined && (mine || v.Facilitator),
			Edited:    !n.Edited.IsZero(),
		})
	}
	v.People = make([]PersonView, len(s.Participants))
	for i, p := range s.Participants {
		v.People[i] = PersonView{
			Name:        p.Name,
			Function:    p.Function,
			Online:      snap.IsOnline(p.ID),
			Facilitator: s.IsFacilitator(p.ID),
			Me:          p.ID == viewer,
			Notes:       counts[p.ID],
		}
	}
	return v
}
