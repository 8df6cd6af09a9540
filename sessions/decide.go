package sessions

import "time"

// NewRoom returns the event that creates a room: its code, title, language,
// the key that owns it as first facilitator, and two starting columns.
func NewRoom(code, title string, lang Lang, owner ParticipantID, at time.Time) (Event, error) {
	room, err := startingRoom(code, title, lang, owner, at)
	if err != nil {
		return Event{}, err
	}
	return newEvent(at, owner, RoomCreated{Room: room}), nil
}

// startingRoom is the room NewRoom creates.
func startingRoom(code, title string, lang Lang, owner ParticipantID, at time.Time) (State, error) {
	if _, ok := ParseCode(code); !ok {
		return State{}, ErrNoRoom
	}
	if lang != Dutch && lang != English {
		return State{}, ErrBadLang
	}
	if owner.Keyless() || owner == "" {
		return State{}, ErrKeylessHost
	}
	title = Clean(title, false)
	if RuneLen(title) > MaxTitleLen {
		return State{}, ErrTooLong
	}
	if title == "" {
		title = Messages.T(lang, "room.default_title")
	}
	return State{
		Code:         code,
		Title:        title,
		Lang:         lang,
		Created:      at,
		Facilitators: []ParticipantID{owner},
		Agenda:       []Activity{{ID: 1, Kind: KindBrainstorm, Title: Messages.T(lang, "activity.default")}},
		Columns: []Column{
			{ID: 1, Activity: 1, Title: Messages.T(lang, "column.default.ideas")},
			{ID: 2, Activity: 1, Title: Messages.T(lang, "column.default.questions")},
		},
		NextID:       3,
		NextActivity: 2,
	}, nil
}

// emitter returns how a decision makes its events: ev makes one of actor
// at at, one makes a decision of that single event.
func emitter(at time.Time, actor ParticipantID) (ev func(Payload) Event, one func(Payload) ([]Event, error)) {
	ev = func(p Payload) Event { return newEvent(at, actor, p) }
	return ev, func(p Payload) ([]Event, error) { return []Event{ev(p)}, nil }
}

// Decide checks cmd from actor against s and returns the events that carry
// it out, or a *Refusal. It does not change s.
func Decide(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	if c, ok := cmd.(SetRetention); ok {
		return decideRetention(s, actor, c, ev)
	}
	if _, ok := cmd.(Join); !ok {
		if _, joined := s.Participant(actor); !joined {
			return nil, ErrNotJoined
		}
	}
	if evs, ok, err := decideAgenda(s, actor, at, cmd); ok {
		return evs, err
	}
	if kc, ok := cmd.(kindCommand); ok {
		decide := kc.kind().rules().decide
		if decide == nil {
			return nil, ErrUnknownCommand
		}
		return decide(s, actor, at, kc)
	}
	switch c := cmd.(type) {
	case Join:
		return decideJoin(s, actor, at, c, ev)
	case ChooseLang:
		if c.Lang != Dutch && c.Lang != English {
			return nil, ErrBadLang
		}
		return []Event{ev(LangChosen{Lang: c.Lang})}, nil
	case AddNote:
		text, err := noteText(c.Text)
		if err != nil {
			return nil, err
		}
		if err := mayAddNote(s, actor, at, c.Column); err != nil {
			return nil, err
		}
		if len(s.Notes) >= MaxNotes {
			return nil, ErrBoardFull
		}
		n := Note{ID: s.NextID, Column: c.Column, Author: actor, Text: text, Created: at}
		if a, _ := s.CurrentActivity(); a.Kind.rules().stamp != nil {
			a.Kind.rules().stamp(a, &n)
		} else if a.PerGroup {
			n.Group = s.groupOf(a, actor)
		}
		e := ev(NoteAdded{Note: n})
		s.shroud(&e, n)
		return []Event{e}, nil
	case EditNote:
		if err := mayChangeNote(s, actor, c.Note); err != nil {
			return nil, err
		}
		text, err := noteText(c.Text)
		if err != nil {
			return nil, err
		}
		e := ev(NoteEdited{Note: c.Note, Text: text})
		n, _ := s.Note(c.Note)
		s.shroud(&e, n)
		return []Event{e}, nil
	case MoveNote:
		if err := mayChangeNote(s, actor, c.Note); err != nil {
			return nil, err
		}
		n, _ := s.Note(c.Note)
		from, _ := s.Column(n.Column)
		if to, ok := s.Column(c.Column); !ok || to.Activity != from.Activity {
			return nil, ErrNoColumn
		}
		e := ev(NoteMoved{Note: c.Note, Column: c.Column})
		s.shroud(&e, n)
		return []Event{e}, nil
	case DeleteNote:
		if err := mayChangeNote(s, actor, c.Note); err != nil {
			return nil, err
		}
		e := ev(NoteDeleted{Note: c.Note})
		n, _ := s.Note(c.Note)
		s.shroud(&e, n)
		return []Event{e}, nil
	case AddColumn:
		if !s.IsFacilitator(actor) {
			return nil, ErrNotFacilitator
		}
		title, err := columnTitle(c.Title)
		if err != nil {
			return nil, err
		}
		if len(s.ColumnsOf(s.currentID())) >= MaxColumns {
			return nil, ErrTooManyColumns
		}
		if a, _ := s.CurrentActivity(); a.CafeStarted() {
			return nil, ErrCafeStarted
		}
		return []Event{ev(ColumnAdded{Column: Column{ID: s.NextID, Activity: s.currentID(), Title: title}})}, nil
	case RenameColumn:
		if !s.IsFacilitator(actor) {
			return nil, ErrNotFacilitator
		}
		if _, ok := s.Column(c.Column); !ok {
			return nil, ErrNoColumn
		}
		title, err := columnTitle(c.Title)
		if err != nil {
			return nil, err
		}
		return []Event{ev(ColumnRenamed{Column: c.Column, Title: title})}, nil
	case RemoveColumn:
		if !s.IsFacilitator(actor) {
			return nil, ErrNotFacilitator
		}
		if _, ok := s.Column(c.Column); !ok {
			return nil, ErrNoColumn
		}
		col, _ := s.Column(c.Column)
		if len(s.ColumnsOf(col.Activity)) == 1 {
			return nil, ErrLastColumn
		}
		if a, _ := s.Activity(col.Activity); a.CafeStarted() {
			return nil, ErrCafeStarted
		}
		return []Event{ev(ColumnRemoved{Column: c.Column})}, nil
	}
	return nil, ErrUnknownCommand
}

func decideJoin(s State, actor ParticipantID, at time.Time, c Join, ev func(Payload) Event) ([]Event, error) {
	name := CleanName(c.Name)
	function := CleanName(c.Function)
	if name == "" {
		return nil, ErrEmptyText
	}
	if RuneLen(name) > MaxNameLen || RuneLen(function) > MaxFunctionLen {
		return nil, ErrTooLong
	}
	// A look-alike of a name in use is refused like an exact copy.
	key := cachedNameKey(name)
	for _, p := range s.Participants {
		if p.ID != actor && cachedNameKey(p.Name) == key {
			return nil, ErrNameTaken
		}
	}
	if old, ok := s.Participant(actor); ok {
		if old.Name == name && old.Function == function {
			return nil, nil
		}
		return []Event{ev(ParticipantEdited{Participant: actor, Name: name, Function: function})}, nil
	}
	if len(s.Participants) >= MaxParticipants {
		return nil, ErrRoomFull
	}
	p := Participant{ID: actor, Name: name, Function: function, Joined: at}
	if actor.Keyless() {
		p.RejoinHash = c.RejoinHash
	}
	return append([]Event{ev(ParticipantJoined{Participant: p})}, lateJoinEvents(s, actor, ev)...), nil
}

func mayChangeNote(s State, actor ParticipantID, id int) error {
	n, ok := s.Note(id)
	if !ok {
		return ErrNoNote
	}
	if s.AuthorOf(n) != actor && !s.IsFacilitator(actor) {
		return ErrNotYours
	}
	return nil
}

func noteText(raw string) (string, error) {
	text := Clean(raw, true)
	if text == "" {
		return "", ErrEmptyText
	}
	if RuneLen(text) > MaxNoteLen {
		return "", ErrTooLong
	}
	return text, nil
}

func columnTitle(raw string) (string, error) {
	title := Clean(raw, false)
	if title == "" {
		return "", ErrEmptyText
	}
	if RuneLen(title) > MaxColumnLen {
		return "", ErrTooLong
	}
	return title, nil
}

// mayAddNote checks the rules of the current activity for a new note by
// actor in column: the right activity, open input and column, time left,
// and the activity's cap per person. Facilitators are bound only by the
// first and last.
func mayAddNote(s State, actor ParticipantID, at time.Time, column int) error {
	col, ok := s.Column(column)
	a, cur := s.CurrentActivity()
	if !ok || !cur || col.Activity != a.ID {
		return ErrNoColumn
	}
	if !a.Kind.HasBoard() {
		return ErrWrongActivity
	}
	if write := a.Kind.rules().mayWrite; write != nil && !s.IsFacilitator(actor) {
		if err := write(s, a, actor, column); err != nil {
			return err
		}
	}
	if !s.IsFacilitator(actor) {
		switch {
		case s.InputLocked:
			return ErrInputLocked
		case col.Locked:
			return ErrColumnLocked
		case s.Timer.CloseAtZero && s.Timer.Expired(at):
			return ErrTimeUp
		}
	}
	if a.NoteCap > 0 && s.notesBy(actor, a.ID) >= a.NoteCap {
		return ErrNoteCap
	}
	return nil
}

// currentOf returns the current activity when it is of kind and the actor
// may act in it now.
func (s State) currentOf(kind ActivityKind, actor ParticipantID) (Activity, error) {
	a, ok := s.CurrentActivity()
	if !ok || a.Kind != kind {
		return Activity{}, ErrWrongActivity
	}
	if s.InputLocked && !s.IsFacilitator(actor) {
		return Activity{}, ErrInputLocked
	}
	return a, nil
}

func cleanField(raw string, max int, required bool) (string, error) {
	v := Clean(raw, false)
	if required && v == "" {
		return "", ErrEmptyText
	}
	if RuneLen(v) > max {
		return "", ErrTooLong
	}
	return v, nil
}
