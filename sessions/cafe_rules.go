package sessions

import (
	"slices"
	"time"
)

// SetHost makes a participant the host of a café table before the café
// starts; an empty Participant leaves the table without host
// (facilitator).
type SetHost struct {
	Table       int
	Participant ParticipantID
}

// StartCafe seats the people present at the tables for every round and
// starts the first round's timer (facilitator).
type StartCafe struct {
	Present []ParticipantID
	Seed    uint64
}

// NextCafeRound moves everyone to their next table, re-seating the rounds
// to come for who is present now (late joiners, leavers); after the last
// round it opens the harvest (facilitator).
type NextCafeRound struct {
	Present []ParticipantID
	Seed    uint64
}

// ConfigureCafe sets the number of rounds and their length before the
// café starts (facilitator); tables are its columns.
type ConfigureCafe struct{ Rounds, Minutes int }

func (ConfigureCafe) command()           {}
func (ConfigureCafe) kind() ActivityKind { return KindCafe }
func (SetHost) command()                 {}
func (SetHost) kind() ActivityKind       { return KindCafe }
func (StartCafe) command()               {}
func (StartCafe) kind() ActivityKind     { return KindCafe }
func (NextCafeRound) command()           {}
func (NextCafeRound) kind() ActivityKind { return KindCafe }

// Cafe limits.
const (
	MaxCafeTables = 8
	MaxCafeRounds = 8
)

// decideCafe handles the café's commands. ok is false for others.
func decideCafe(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	if !s.IsFacilitator(actor) {
		return nil, ErrNotFacilitator
	}
	a, err := s.currentOf(KindCafe, actor)
	if err != nil {
		return nil, err
	}
	tables := len(s.ColumnsOf(a.ID))
	switch c := cmd.(type) {
	case ConfigureCafe:
		if a.CafeStarted() {
			return nil, ErrCafeStarted
		}
		if c.Rounds < 1 || c.Rounds > MaxCafeRounds || c.Minutes < 0 || c.Minutes > 120 {
			return nil, ErrOutOfRange
		}
		return []Event{ev(CafeConfigured{Activity: a.ID, Rounds: c.Rounds, Minutes: c.Minutes})}, nil
	case SetHost:
		if a.CafeStarted() {
			return nil, ErrCafeStarted
		}
		if c.Table < 0 || c.Table >= tables {
			return nil, ErrNoColumn
		}
		if c.Participant != "" {
			if _, joined := s.Participant(c.Participant); !joined {
				return nil, ErrNoParticipant
			}
		}
		hosts := make([]ParticipantID, tables)
		copy(hosts, a.Hosts)
		for t := range hosts {
			if hosts[t] == c.Participant && c.Participant != "" {
				hosts[t] = "" // one table per host
			}
		}
		hosts[c.Table] = c.Participant
		return []Event{ev(HostsSet{Activity: a.ID, Hosts: hosts})}, nil
	case StartCafe:
		if a.CafeStarted() {
			return nil, ErrCafeStarted
		}
		present := s.joinedOf(c.Present)
		if len(present) == 0 {
			return nil, ErrNobodyPresent
		}
		if tables < 2 || tables > MaxCafeTables {
			return nil, ErrOutOfRange
		}
		plan := PlanCafe(present, presentHosts(a.Hosts, present), tables, a.Rounds, c.Seed)
		return cafeRoundEvents(s, a, plan, 0, at, ev), nil
	case NextCafeRound:
		if !a.CafeStarted() {
			return nil, ErrCafeNotStarted
		}
		if a.Harvest() {
			return nil, ErrNoActivity
		}
		next := a.Round + 1
		plan := *a.Plan
		if next < a.Rounds {
			if present := s.joinedOf(c.Present); len(present) > 0 {
				plan = plan.Replan(present, presentHosts(a.Hosts, present), next, c.Seed)
			}
		}
		return cafeRoundEvents(s, a, plan, next, at, ev), nil
	}
	return nil, ErrUnknownCommand
}

// cafeRoundEvents records the plan and round and, for a round to sit, sets
// and starts the timer to the round's length.
func cafeRoundEvents(s State, a Activity, plan CafePlan, round int, at time.Time, ev func(Payload) Event) []Event {
	out := []Event{ev(CafeRoundChanged{Activity: a.ID, Round: round, Plan: plan})}
	if round < a.Rounds && a.Minutes > 0 {
		t := s.Timer.Set(time.Duration(a.Minutes) * time.Minute).Start(at)
		out = append(out, ev(TimerChanged{Timer: t}))
	}
	return out
}

// presentHosts blanks the hosts who are not present: their table goes on
// without a host rather than seating someone who left.
func presentHosts(hosts, present []ParticipantID) []ParticipantID {
	out := slices.Clone(hosts)
	for i, h := range out {
		if h != "" && !slices.Contains(present, h) {
			out[i] = ""
		}
	}
	return out
}

// joinedOf keeps the IDs of joined participants, in joining order.
func (s State) joinedOf(ids []ParticipantID) []ParticipantID {
	var out []ParticipantID
	for _, p := range s.Participants {
		if slices.Contains(ids, p.ID) {
			out = append(out, p.ID)
		}
	}
	return out
}

// cafeTable is the column of the table id sits at in café a's current
// round, or 0.
func (s State) cafeTable(a Activity, id ParticipantID) int {
	if !a.CafeStarted() || a.Harvest() {
		return 0
	}
	t := a.Plan.TableOf(id, a.Round)
	cols := s.ColumnsOf(a.ID)
	if t < 0 || t >= len(cols) {
		return 0
	}
	return cols[t].ID
}
