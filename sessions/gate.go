package sessions

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// AddrLimits bound what one network address may do across connections.
// A school behind one NAT address is one address, so each default leaves
// room for a class of 60 working normally; a script from one address meets
// them quickly. The zero value of each field gives its default.
type AddrLimits struct {
	// JoinsPerSecond and JoinBurst bound new participants (keyed or
	// keyless: a key costs a script nothing) from one address, across
	// rooms: 1 a second with a burst of 30, so 60 people join within 30
	// seconds and a script gets at most 90 identities in its first
	// minute, 60 a minute after that.
	JoinsPerSecond float64
	JoinBurst      int
	// RoomShare is the part of a room's places (MaxParticipants) that
	// one address may take: 1/4 by default, so an address can never take
	// a room's last places.
	RoomShare float64
	// NotesPerSecond and NoteBurst bound the text (notes, themes,
	// actions) that the participants from one address add to a room
	// together: 4 a second with a burst of 80.
	NotesPerSecond float64
	NoteBurst      int
	// CreatesPerMinute and CreateBurst bound the sessions created from
	// one address: 6 a minute with a burst of 20.
	CreatesPerMinute float64
	CreateBurst      int
	// DestroysPerMinute and DestroyBurst bound the deletions of sessions
	// and erasures of participants asked for from one address together:
	// 6 a minute with a burst of 6. Each rewrites the whole store file
	// (so that nothing stays behind in it), during which every other
	// session waits.
	DestroysPerMinute float64
	DestroyBurst      int
	// RejoinTries is how many wrong rejoin codes one address may type
	// before it must wait RejoinWait; each further wrong code doubles the
	// wait, up to RejoinMaxWait. Defaults 5, 1 minute and 15 minutes.
	RejoinTries   int
	RejoinWait    time.Duration
	RejoinMaxWait time.Duration
}

func (l *AddrLimits) defaults() {
	if l.JoinsPerSecond <= 0 {
		l.JoinsPerSecond = 1
	}
	if l.JoinBurst <= 0 {
		l.JoinBurst = 30
	}
	if l.RoomShare <= 0 || l.RoomShare > 1 {
		l.RoomShare = 0.25
	}
	if l.NotesPerSecond <= 0 {
		l.NotesPerSecond = 4
	}
	if l.NoteBurst <= 0 {
		l.NoteBurst = 80
	}
	if l.CreatesPerMinute <= 0 {
		l.CreatesPerMinute = 6
	}
	if l.CreateBurst <= 0 {
		l.CreateBurst = 20
	}
	if l.DestroysPerMinute <= 0 {
		l.DestroysPerMinute = 6
	}
	if l.DestroyBurst <= 0 {
		l.DestroyBurst = 6
	}
	if l.RejoinTries <= 0 {
		l.RejoinTries = 5
	}
	if l.RejoinWait <= 0 {
		l.RejoinWait = time.Minute
	}
	if l.RejoinMaxWait <= 0 {
		l.RejoinMaxWait = 15 * time.Minute
	}
}

// roomPlacesPerAddr is how many of a room's places one address may take.
func (l AddrLimits) roomPlacesPerAddr() int {
	return max(1, int(float64(MaxParticipants)*l.RoomShare))
}

// gate keeps the hub-wide limits per address: new identities and rejoin
// guesses. It is safe for concurrent use; its memory is bounded by pruning
// addresses that have nothing left to remember.
type gate struct {
	limits   AddrLimits
	mu       sync.Mutex
	joins    addrLimiters
	creates  addrLimiters
	destroys addrLimiters
	rejoins  map[string]*rejoinState
}

// rejoinState is one address's record of wrong rejoin codes.
type rejoinState struct {
	wrong     int
	last      time.Time
	waitUntil time.Time
}

// gateMaxAddrs is when the gate starts pruning what it remembers.
const gateMaxAddrs = 4096

func newGate(l AddrLimits) *gate {
	l.defaults()
	return &gate{
		limits:   l,
		joins:    newAddrLimiters(rate.Limit(l.JoinsPerSecond), l.JoinBurst),
		creates:  newAddrLimiters(rate.Limit(l.CreatesPerMinute/60), l.CreateBurst),
		destroys: newAddrLimiters(rate.Limit(l.DestroysPerMinute/60), l.DestroyBurst),
		rejoins:  map[string]*rejoinState{},
	}
}

// allowJoin reports whether addr may add one more participant now.
func (g *gate) allowJoin(addr string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.joins.allow(addr, now)
}

// allowCreate reports whether addr may create one more session now.
func (g *gate) allowCreate(addr string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.creates.allow(addr, now)
}

// allowDestroy reports whether addr may delete a session or erase a
// participant now. Without an address (the operator, offline) it may.
func (g *gate) allowDestroy(addr string, now time.Time) bool {
	if addr == "" {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.destroys.allow(addr, now)
}

// addrLimiters is a rate limiter per address. It forgets addresses whose
// budget is full again once it holds many, so its memory stays bounded.
// It is not safe for concurrent use.
type addrLimiters struct {
	limit rate.Limit
	burst int
	m     map[string]*rate.Limiter
}

func newAddrLimiters(limit rate.Limit, burst int) addrLimiters {
	return addrLimiters{limit: limit, burst: burst, m: map[string]*rate.Limiter{}}
}

// allow spends one from addr's budget, if there is one; the empty address
// (the server's own commands) is never limited.
func (a *addrLimiters) allow(addr string, now time.Time) bool {
	if addr == "" {
		return true
	}
	lim, ok := a.m[addr]
	if !ok {
		if len(a.m) >= gateMaxAddrs {
			for k, l := range a.m {
				if l.TokensAt(now) >= float64(a.burst) {
					delete(a.m, k)
				}
			}
		}
		lim = rate.NewLimiter(a.limit, a.burst)
		a.m[addr] = lim
	}
	return lim.AllowN(now, 1)
}

// rejoin checks a rejoin code from addr with check, unless addr typed too
// many wrong ones lately. Checking and counting happen under one lock, so
// many connections from one address guessing at once get no more tries
// than one connection. A record an hour old is forgotten.
func (g *gate) rejoin(addr string, now time.Time, check func() bool) error {
	if addr == "" {
		if check() {
			return nil
		}
		return ErrBadRejoin
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	st, ok := g.rejoins[addr]
	if ok && now.Before(st.waitUntil) {
		return ErrRejoinWait
	}
	if check() {
		return nil
	}
	if len(g.rejoins) >= gateMaxAddrs {
		for a, old := range g.rejoins {
			if now.Sub(old.last) > time.Hour {
				delete(g.rejoins, a)
			}
		}
	}
	if !ok || now.Sub(st.last) > time.Hour {
		st = &rejoinState{}
		g.rejoins[addr] = st
	}
	st.wrong++
	st.last = now
	if over := st.wrong - g.limits.RejoinTries; over >= 0 {
		wait := g.limits.RejoinWait << min(over, 16)
		st.waitUntil = now.Add(min(wait, g.limits.RejoinMaxWait))
	}
	return ErrBadRejoin
}
