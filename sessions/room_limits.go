package sessions

import (
	"time"

	"golang.org/x/time/rate"
)

// textCommand is a command that stores text a participant typed: the
// commands the limit per address on notes counts.
type textCommand interface {
	Command
	storesText()
}

func (AddNote) storesText()      {}
func (EditNote) storesText()     {}
func (AddColumn) storesText()    {}
func (RenameColumn) storesText() {}
func (AddTheme) storesText()     {}
func (RenameTheme) storesText()  {}
func (AddAction) storesText()    {}
func (EditAction) storesText()   {}

// roomLimits are a room's rate limits: per identity, and per network
// address for what the participants of one address do together. They
// live in the room's goroutine: no locking. Facilitators and commands
// without an address (the server's own) meet only the limit per identity.
type roomLimits struct {
	perID   map[ParticipantID]*rate.Limiter
	notes   addrLimiters
	places  map[string]int
	gate    *gate
	addr    AddrLimits
	idRate  rate.Limit
	idBurst int
}

func newRoomLimits(opts HubOptions, g *gate) *roomLimits {
	return &roomLimits{
		perID:   map[ParticipantID]*rate.Limiter{},
		notes:   newAddrLimiters(rate.Limit(g.limits.NotesPerSecond), g.limits.NoteBurst),
		places:  map[string]int{},
		gate:    g,
		addr:    g.limits,
		idRate:  rate.Limit(opts.RatePerSecond),
		idBurst: opts.Burst,
	}
}

// admit says whether req may be decided at all now.
func (l *roomLimits) admit(s State, req request, now time.Time) error {
	lim, ok := l.perID[req.actor]
	if !ok {
		lim = rate.NewLimiter(l.idRate, l.idBurst)
		l.perID[req.actor] = lim
	}
	if !lim.AllowN(now, 1) {
		return ErrSlowDown
	}
	if req.origin == "" || s.IsFacilitator(req.actor) {
		return nil
	}
	if _, ok := req.cmd.(textCommand); ok && !l.notes.allow(req.origin, now) {
		return ErrAddrSlowDown
	}
	return nil
}

// admitNewcomer says whether a new participant from origin may take a
// place in the room: within the address's share of the room's places and
// its rate of new identities.
func (l *roomLimits) admitNewcomer(origin string, now time.Time) error {
	if origin == "" {
		return nil
	}
	if l.places[origin] >= l.addr.roomPlacesPerAddr() {
		return ErrAddrFull
	}
	if !l.gate.allowJoin(origin, now) {
		return ErrJoinsTooFast
	}
	return nil
}

// joined counts the places taken from each origin, once committed.
func (l *roomLimits) joined(origins []string) {
	for _, o := range origins {
		l.places[o]++
	}
}
