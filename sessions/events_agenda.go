package sessions

// ActivityChanged: the room went to activity Activity (its first visit
// sets when it started).
type ActivityChanged struct {
	Activity int `json:"activity"`
}

// Revealed: the hidden notes of activity Activity were revealed.
type Revealed struct {
	Activity int `json:"activity"`
}

// ConfidentialSet: activity Activity became confidential (kept out of
// reports without confidential activities) or not.
type ConfidentialSet struct {
	Activity     int  `json:"activity"`
	Confidential bool `json:"confidential"`
}

// InputLocked: participants may (not) add or change anything.
type InputLocked struct {
	Locked bool `json:"locked"`
}

// FocusChanged: everyone's attention goes to Item, a note or a theme; 0
// for none.
type FocusChanged struct {
	Item int `json:"item"`
}

// TimerChanged: the room's timer is now Timer.
type TimerChanged struct {
	Timer Timer `json:"timer"`
}

// ReportPublished: participants may (no longer) fetch the report.
type ReportPublished struct {
	Published bool `json:"published"`
}

// Kind implements Payload.
func (ReportPublished) Kind() EventKind { return EvPublished }

func (p ReportPublished) apply(s State, _ Event) State {
	s.Published = p.Published
	return s
}

// Kind implements Payload.
func (ActivityChanged) Kind() EventKind { return EvActivityChanged }

// Kind implements Payload.
func (Revealed) Kind() EventKind { return EvRevealed }

// Kind implements Payload.
func (ConfidentialSet) Kind() EventKind { return EvConfidential }

// Kind implements Payload.
func (InputLocked) Kind() EventKind { return EvInputLocked }

// Kind implements Payload.
func (FocusChanged) Kind() EventKind { return EvFocus }

// Kind implements Payload.
func (TimerChanged) Kind() EventKind { return EvTimer }

func (p ActivityChanged) apply(s State, e Event) State {
	if i := s.activityIndex(p.Activity); i >= 0 {
		s.Current, s.Focus = i, 0
		if s.Agenda[i].Started.IsZero() {
			s.Agenda = update(s.Agenda, i, func(a *Activity) { a.Started = e.At })
		}
	}
	return s
}

func (p Revealed) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Revealed = true })
	return s
}

func (p ConfidentialSet) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Confidential = p.Confidential })
	return s
}

func (p InputLocked) apply(s State, _ Event) State {
	s.InputLocked = p.Locked
	return s
}

func (p FocusChanged) apply(s State, _ Event) State {
	s.Focus = p.Item
	return s
}

func (p TimerChanged) apply(s State, _ Event) State {
	s.Timer = p.Timer
	return s
}
