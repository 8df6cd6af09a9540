package sessions

import "time"

// ConsoleView is what only a facilitator's View carries: what the
// console's keys choose from, with the participant IDs its commands
// (Grant, SetHost, MoveMember, StartCafe …) take. No participant's View
// has it, so no participant learns who is online or anyone's ID.
type ConsoleView struct {
	// Agenda is the whole agenda, to go to any activity.
	Agenda []AgendaItem
	// People is everyone who joined, in joining order.
	People []Handle
	// Present is who is online now, facilitators left out, in joining
	// order: who a café's tables, groups or a round are made of.
	Present []ParticipantID
	// Groups are the groups the shown activity works in when it works
	// per group, in order: what the facilitator's lens steps through.
	Groups []GroupRef
	// Participation is everyone's share in the current activity, in
	// joining order, when the Lens asks for it; every count is -1 in an
	// anonymous activity.
	Participation []Participation
	// Expires is when retention removes the room (zero: never), for a
	// warning some days before (RetentionWarning).
	Expires time.Time
}

// AgendaItem is one activity on the agenda.
type AgendaItem struct {
	ID    int
	Title string
	Kind  ActivityKind
}

// Handle is a person as the facilitator's commands name them.
type Handle struct {
	ID   ParticipantID
	Name string
	// Keyed is set for someone who came with an SSH key: only they may
	// be given facilitator rights.
	Keyed       bool
	Facilitator bool
}

// GroupRef is a group by id, with its name on screen.
type GroupRef struct {
	ID   int
	Name string
}

// consoleView is the start of the facilitator's part of a View of snap;
// ViewWith adds the people as it lists them. Everyone's participation is
// counted only when asked for.
func consoleView(snap *Snapshot, participation bool) *ConsoleView {
	s := snap.State
	c := &ConsoleView{
		Agenda:  agendaItems(s.Agenda),
		People:  make([]Handle, 0, len(s.Participants)),
		Present: make([]ParticipantID, 0, len(s.Participants)),
		Expires: snap.Expires,
	}
	if participation {
		c.Participation = ParticipationIn(snap)
	}
	return c
}

// add lists p, who is online or not and facilitates or not.
func (c *ConsoleView) add(p Participant, online, facilitator bool) {
	c.People = append(c.People, Handle{ID: p.ID, Name: p.Name, Keyed: !p.ID.Keyless(), Facilitator: facilitator})
	if online && !facilitator {
		c.Present = append(c.Present, p.ID)
	}
}

// agendaItems lists activities by id, title and kind; nil for none.
func agendaItems(agenda []Activity) []AgendaItem {
	if len(agenda) == 0 {
		return nil
	}
	items := make([]AgendaItem, len(agenda))
	for i, a := range agenda {
		items[i] = AgendaItem{ID: a.ID, Title: a.Title, Kind: a.Kind}
	}
	return items
}
