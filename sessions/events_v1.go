package sessions

// eventV1 is the content of an event as kring stored it before its events
// were typed (version 1): one flat set of fields, of which each kind set
// the few it needed, and whose meaning depended on the kind (ID is an
// activity, a note, a column or a theme; Item a theme, a vote item, a turn,
// a mark or a round count; Flag any yes or no). It is only read, never
// written; each payload type's readV1 converts it.
type eventV1 struct {
	Room        *State          `json:"room,omitempty"`
	Participant *Participant    `json:"participant,omitempty"`
	Note        *Note           `json:"note,omitempty"`
	Column      *Column         `json:"column,omitempty"`
	ID          int             `json:"id,omitempty"`
	Text        string          `json:"text,omitempty"`
	Lang        Lang            `json:"lang,omitempty"`
	Flag        bool            `json:"flag,omitempty"`
	Timer       *Timer          `json:"timer,omitempty"`
	Target      ParticipantID   `json:"target,omitempty"`
	Theme       *Theme          `json:"theme,omitempty"`
	Action      *Action         `json:"action,omitempty"`
	Order       []ParticipantID `json:"order,omitempty"`
	Pct         *[4]int         `json:"pct,omitempty"`
	Plan        *CafePlan       `json:"plan,omitempty"`
	Minutes     int             `json:"minutes,omitempty"`
	Groups      []Group         `json:"groups,omitempty"`
	Ranking     *Ranking        `json:"ranking,omitempty"`
	Item        int             `json:"item,omitempty"`
}

// The conversions from version 1, one per kind. Each reports false when
// the event lacks what its kind needs; Apply skipped such an event then,
// and it is skipped still.

func (p *RoomCreated) readV1(f eventV1) bool {
	if f.Room == nil {
		return false
	}
	p.Room = *f.Room
	return true
}

func (p *ParticipantJoined) readV1(f eventV1) bool {
	if f.Participant == nil {
		return false
	}
	p.Participant = *f.Participant
	return true
}

func (p *ParticipantEdited) readV1(f eventV1) bool {
	if f.Participant == nil {
		return false
	}
	*p = ParticipantEdited{Participant: f.Participant.ID, Name: f.Participant.Name, Function: f.Participant.Function}
	return true
}

func (p *LangChosen) readV1(f eventV1) bool {
	p.Lang = f.Lang
	return true
}

func (p *FacilitatorGranted) readV1(f eventV1) bool {
	p.Participant = f.Target
	return true
}

func (p *FacilitatorRevoked) readV1(f eventV1) bool {
	p.Participant = f.Target
	return true
}

func (p *NoteAdded) readV1(f eventV1) bool {
	if f.Note == nil {
		return false
	}
	p.Note = *f.Note
	return true
}

func (p *NoteEdited) readV1(f eventV1) bool {
	*p = NoteEdited{Note: f.ID, Text: f.Text}
	return true
}

func (p *NoteMoved) readV1(f eventV1) bool {
	if f.Column == nil {
		return false
	}
	*p = NoteMoved{Note: f.ID, Column: f.Column.ID}
	return true
}

func (p *NoteDeleted) readV1(f eventV1) bool {
	p.Note = f.ID
	return true
}

func (p *ColumnAdded) readV1(f eventV1) bool {
	if f.Column == nil {
		return false
	}
	p.Column = *f.Column
	return true
}

func (p *ColumnRenamed) readV1(f eventV1) bool {
	*p = ColumnRenamed{Column: f.ID, Title: f.Text}
	return true
}

func (p *ColumnRemoved) readV1(f eventV1) bool {
	p.Column = f.ID
	return true
}

func (p *ColumnLocked) readV1(f eventV1) bool {
	*p = ColumnLocked{Column: f.ID, Locked: f.Flag}
	return true
}

func (p *ActivityChanged) readV1(f eventV1) bool {
	p.Activity = f.ID
	return true
}

func (p *Revealed) readV1(f eventV1) bool {
	p.Activity = f.ID
	return true
}

func (p *ConfidentialSet) readV1(f eventV1) bool {
	*p = ConfidentialSet{Activity: f.ID, Confidential: f.Flag}
	return true
}

func (p *InputLocked) readV1(f eventV1) bool {
	p.Locked = f.Flag
	return true
}

func (p *FocusChanged) readV1(f eventV1) bool {
	p.Item = f.ID
	return true
}

func (p *TimerChanged) readV1(f eventV1) bool {
	if f.Timer == nil {
		return false
	}
	p.Timer = *f.Timer
	return true
}

func (p *ThemeAdded) readV1(f eventV1) bool {
	if f.Theme == nil {
		return false
	}
	p.Theme = *f.Theme
	return true
}

func (p *ThemeRenamed) readV1(f eventV1) bool {
	*p = ThemeRenamed{Theme: f.ID, Title: f.Text}
	return true
}

func (p *ThemeRemoved) readV1(f eventV1) bool {
	p.Theme = f.ID
	return true
}

func (p *NoteAssigned) readV1(f eventV1) bool {
	*p = NoteAssigned{Note: f.ID, Theme: f.Item}
	return true
}

func (p *Voted) readV1(f eventV1) bool {
	*p = Voted{Activity: f.ID, Item: f.Item}
	return true
}

func (p *Unvoted) readV1(f eventV1) bool {
	*p = Unvoted{Activity: f.ID, Item: f.Item}
	return true
}

func (p *VoteClosed) readV1(f eventV1) bool {
	*p = VoteClosed{Activity: f.ID, Closed: f.Flag}
	return true
}

func (p *RoundStarted) readV1(f eventV1) bool {
	*p = RoundStarted{Activity: f.ID, Order: f.Order, Shuffled: f.Flag}
	return true
}

func (p *TurnChanged) readV1(f eventV1) bool {
	*p = TurnChanged{Activity: f.ID, Turn: f.Item}
	return true
}

func (p *ActionAdded) readV1(f eventV1) bool {
	if f.Action == nil {
		return false
	}
	p.Action = *f.Action
	return true
}

func (p *ActionEdited) readV1(f eventV1) bool {
	if f.Action == nil {
		return false
	}
	*p = ActionEdited{Action: f.Action.ID, Item: f.Action.ActionItem}
	return true
}

func (p *ActionDeleted) readV1(f eventV1) bool {
	p.Action = f.ID
	return true
}

func (p *Marked) readV1(f eventV1) bool {
	*p = Marked{Activity: f.ID, Value: f.Item}
	return true
}

func (p *SharesSet) readV1(f eventV1) bool {
	if f.Pct == nil {
		return false
	}
	*p = SharesSet{Activity: f.ID, Pct: *f.Pct}
	return true
}

func (p *HostsSet) readV1(f eventV1) bool {
	*p = HostsSet{Activity: f.ID, Hosts: f.Order}
	return true
}

func (p *CafeConfigured) readV1(f eventV1) bool {
	*p = CafeConfigured{Activity: f.ID, Rounds: f.Item, Minutes: f.Minutes}
	return true
}

func (p *CafeRoundChanged) readV1(f eventV1) bool {
	if f.Plan == nil {
		return false
	}
	*p = CafeRoundChanged{Activity: f.ID, Round: f.Item, Plan: *f.Plan}
	return true
}

func (p *GroupsFormed) readV1(f eventV1) bool {
	*p = GroupsFormed{Activity: f.ID, Groups: f.Groups}
	return true
}

func (p *MemberMoved) readV1(f eventV1) bool {
	*p = MemberMoved{Participant: f.Target, Group: f.Item}
	return true
}

func (p *Ranked) readV1(f eventV1) bool {
	if f.Ranking == nil {
		return false
	}
	p.Ranking = *f.Ranking
	return true
}

func (p *Compared) readV1(f eventV1) bool {
	*p = Compared{Activity: f.ID, Shown: f.Flag}
	return true
}

// readV1: version 1 had no published reports.
func (p *ReportPublished) readV1(eventV1) bool { return false }
