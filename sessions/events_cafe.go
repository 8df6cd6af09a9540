package sessions

// HostsSet: the hosts of café activity Activity's tables, by table ("":
// no host).
type HostsSet struct {
	Activity int             `json:"activity"`
	Hosts    []ParticipantID `json:"hosts"`
}

// CafeConfigured: café activity Activity will have Rounds rounds of
// Minutes minutes.
type CafeConfigured struct {
	Activity int `json:"activity"`
	Rounds   int `json:"rounds"`
	Minutes  int `json:"minutes"`
}

// CafeRoundChanged: café activity Activity is in round Round (its number
// of rounds: the harvest), with everyone seated by Plan.
type CafeRoundChanged struct {
	Activity int      `json:"activity"`
	Round    int      `json:"round"`
	Plan     CafePlan `json:"plan"`
}

// Kind implements Payload.
func (HostsSet) Kind() EventKind { return EvHosts }

// Kind implements Payload.
func (CafeConfigured) Kind() EventKind { return EvCafeConfigured }

// Kind implements Payload.
func (CafeRoundChanged) Kind() EventKind { return EvCafeRound }

func (p HostsSet) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Hosts = p.Hosts })
	return s
}

func (p CafeConfigured) apply(s State, _ Event) State {
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Rounds, a.Minutes = p.Rounds, p.Minutes })
	return s
}

func (p CafeRoundChanged) apply(s State, _ Event) State {
	plan := p.Plan
	s.Agenda = update(s.Agenda, s.activityIndex(p.Activity), func(a *Activity) { a.Plan, a.Round = &plan, p.Round })
	return s
}
