package sessions

import (
	"math/rand/v2"
	"slices"
)

// The café planner: a search for a seating that keeps rule 1, meets
// rules 2 and 3 as well as it can (see PlanCafe), from several starts and
// a hill climb each.

// Tuning of the café planner: enough for good plans, small enough that 40
// people at 6 tables over 4 rounds take about 15 ms and 100 people at 8
// tables over 8 rounds under 100 ms on a modest machine.
const (
	// cafeRestarts is how many independent starts the planner tries; the
	// best plan (rule 2 first, then repeat meetings) wins.
	cafeRestarts = 6
	// cafeMovesPerSeat bounds the hill climb of one start: this many
	// attempted moves per guest per planned round.
	cafeMovesPerSeat = 80
	// cafeMaxMoves caps the moves of one start, for large rooms.
	cafeMaxMoves = 30000
	// cafePolishPasses bounds the final sweeps over every swap and shift.
	cafePolishPasses = 6
)

// planCafe plans rounds len(kept)..rounds-1 after the kept rounds.
func planCafe(kept [][][]ParticipantID, people, hosts []ParticipantID, tables, rounds int, seed uint64) CafePlan {
	c := newCafePlanner(kept, people, hosts, tables, rounds)
	var best *cafeState
	for k := range cafeRestarts {
		rng := rand.New(rand.NewPCG(seed, uint64(k)))
		s := c.newState()
		if k%2 == 1 && c.rotationBalanced() {
			s.seatRotation(rng)
		} else {
			s.seatMatching(rng)
		}
		s.recount()
		s.climb(rng, min(cafeMovesPerSeat*c.guests*(rounds-c.from), cafeMaxMoves))
		if best == nil || s.score() < best.score() {
			best = s
		}
	}
	best.polish()
	return best.plan(kept)
}

// cafePlanner holds what does not change while planning: who is who, the
// tables, and the kept rounds.
type cafePlanner struct {
	ids       []ParticipantID // guests first, then hosts
	guests    int             // ids[:guests] are the guests
	hostAt    []int           // per table: index of its host, or -1
	hostTotal int
	tables    int
	rounds    int
	from      int     // first round to plan; rounds before it are kept
	hist      [][]int // hist[r][p]: table of p in kept round r, or -1
	// Weights that make the score lexicographic: one early return to a
	// table outweighs any unevenness of visits, and rule 2 as a whole
	// outweighs any number of repeat meetings.
	returnW int
	rule2W  int
}

func newCafePlanner(kept [][][]ParticipantID, people, hosts []ParticipantID, tables, rounds int) *cafePlanner {
	c := &cafePlanner{tables: tables, rounds: rounds, from: len(kept), hostAt: make([]int, tables)}
	index := map[ParticipantID]int{}
	isHost := map[ParticipantID]bool{}
	for _, h := range hosts {
		if h != "" {
			isHost[h] = true
		}
	}
	for _, id := range people {
		if _, dup := index[id]; id == "" || dup || isHost[id] {
			continue
		}
		index[id] = len(c.ids)
		c.ids = append(c.ids, id)
	}
	c.guests = len(c.ids)
	for t := range c.hostAt {
		c.hostAt[t] = -1
		if t >= len(hosts) || hosts[t] == "" {
			continue
		}
		if _, dup := index[hosts[t]]; dup {
			continue // the same person cannot host two tables
		}
		index[hosts[t]] = len(c.ids)
		c.hostAt[t] = len(c.ids)
		c.ids = append(c.ids, hosts[t])
		c.hostTotal++
	}
	c.hist = make([][]int, len(kept))
	for r, round := range kept {
		c.hist[r] = make([]int, len(c.ids))
		for p := range c.hist[r] {
			c.hist[r][p] = -1
		}
		for t, table := range round {
			for _, id := range table {
				if p, ok := index[id]; ok {
					c.hist[r][p] = t
				}
			}
		}
	}
	n := len(c.ids)
	c.returnW = c.guests*cafeChoose2(rounds) + 1
	c.rule2W = cafeChoose2(n)*rounds + 1
	return c
}

// rotationBalanced reports whether a plain rotation keeps table sizes
// balanced: there is no history, and hosts are at every table or at none.
func (c *cafePlanner) rotationBalanced() bool {
	return c.from == 0 && (c.hostTotal == 0 || c.hostTotal == c.tables)
}

// cafeState is one candidate plan for the rounds from c.from on, with the
// counts its score needs, kept up to date move by move.
type cafeState struct {
	c       *cafePlanner
	at      [][]int   // at[r][p]: table of p in planned round r (round r+from)
	members [][][]int // members[r][t]: people at table t, host included
	slot    [][]int   // slot[r][p]: position of p in members[r][at[r][p]]
	meet    []int32   // meet[p*n+q]: rounds p and q share a table
	visit   []int     // visit[p]: rule-2 cost of p's tables, see visitCost
	rule2   int       // Σ visit
	repeats int       // Σ over pairs of max(0, meet-1)
	count   []int     // scratch for visitCost, one per table
}

// score is what the planner minimises.
func (s *cafeState) score() int { return s.rule2*s.c.rule2W + s.repeats }

func (c *cafePlanner) newState() *cafeState {
	n, planned := len(c.ids), c.rounds-c.from
	s := &cafeState{
		c:       c,
		at:      make([][]int, planned),
		members: make([][][]int, planned),
		slot:    make([][]int, planned),
		meet:    make([]int32, n*n),
		visit:   make([]int, n),
		count:   make([]int, c.tables),
	}
	for r := range planned {
		s.at[r] = make([]int, n)
		s.slot[r] = make([]int, n)
		s.members[r] = make([][]int, c.tables)
		for p := range s.at[r] {
			s.at[r][p] = -1
		}
		for t, h := range c.hostAt {
			if h >= 0 {
				s.put(r, h, t)
			}
		}
	}
	return s
}

// tableIn returns the table of p in round k (kept or planned), or -1.
func (s *cafeState) tableIn(p, k int) int {
	if k < s.c.from {
		return s.c.hist[k][p]
	}
	return s.at[k-s.c.from][p]
}

// visitCost is rule 2 for guest p, with p's table in planned round r1
// replaced by t1 and in planned round r2 by t2 (r1, r2 = -1 for none):
// returnW for every round in which p sits at a table they sat at before
// while some table is still new to them, plus Σ C(v,2) over p's visit
// counts v per table, which is lowest when the visits are spread evenly.
func (s *cafeState) visitCost(p, r1, t1, r2, t2 int) int {
	c := s.c
	clear(s.count)
	distinct, returns := 0, 0
	for k := range c.rounds {
		var tb int
		switch {
		case k < c.from:
			tb = c.hist[k][p]
		case k-c.from == r1:
			tb = t1
		case k-c.from == r2:
			tb = t2
		default:
			tb = s.at[k-c.from][p]
		}
		if tb < 0 {
			continue
		}
		if s.count[tb] == 0 {
			distinct++
		} else if distinct < c.tables {
			returns++
		}
		s.count[tb]++
	}
	cost := returns * c.returnW
	for _, v := range s.count {
		cost += cafeChoose2(v)
	}
	return cost
}

// recount computes meetings and costs from scratch, once everyone sits.
func (s *cafeState) recount() {
	c := s.c
	n := len(c.ids)
	clear(s.meet)
	for k := range c.rounds {
		for p := range n {
			tp := s.tableIn(p, k)
			if tp < 0 {
				continue
			}
			for q := p + 1; q < n; q++ {
				if s.tableIn(q, k) == tp {
					s.meet[p*n+q]++
					s.meet[q*n+p]++
				}
			}
		}
	}
	s.repeats = 0
	for p := range n {
		for q := p + 1; q < n; q++ {
			s.repeats += max(0, int(s.meet[p*n+q])-1)
		}
	}
	s.rule2 = 0
	for g := range c.guests {
		s.visit[g] = s.visitCost(g, -1, -1, -1, -1)
		s.rule2 += s.visit[g]
	}
}

// put seats p at table t in planned round r without touching the counts.
func (s *cafeState) put(r, p, t int) {
	s.at[r][p] = t
	s.slot[r][p] = len(s.members[r][t])
	s.members[r][t] = append(s.members[r][t], p)
}

// take removes p from their table in planned round r without touching the
// counts.
func (s *cafeState) take(r, p int) {
	t := s.at[r][p]
	list := s.members[r][t]
	i, last := s.slot[r][p], len(list)-1
	list[i] = list[last]
	s.slot[r][list[i]] = i
	s.members[r][t] = list[:last]
	s.at[r][p] = -1
}

// move relocates guest p to table t in planned round r, keeping the counts
// up to date, and returns where p sat before.
func (s *cafeState) move(r, p, t int) int {
	n := len(s.c.ids)
	from := s.at[r][p]
	s.take(r, p)
	for _, q := range s.members[r][from] {
		s.meet[p*n+q]--
		s.meet[q*n+p]--
		if s.meet[p*n+q] > 0 {
			s.repeats--
		}
	}
	for _, q := range s.members[r][t] {
		if s.meet[p*n+q] > 0 {
			s.repeats++
		}
		s.meet[p*n+q]++
		s.meet[q*n+p]++
	}
	s.put(r, p, t)
	v := s.visitCost(p, -1, -1, -1, -1)
	s.rule2 += v - s.visit[p]
	s.visit[p] = v
	return from
}

// leaving is the change in repeat meetings when p leaves table t of
// planned round r.
func (s *cafeState) leaving(r, p, t int) int {
	n, d := len(s.c.ids), 0
	for _, q := range s.members[r][t] {
		if q != p && s.meet[p*n+q] >= 2 {
			d--
		}
	}
	return d
}

// joining is the change in repeat meetings when p joins table t of planned
// round r, ignoring skip, who is about to leave t (-1 for nobody).
func (s *cafeState) joining(r, p, t, skip int) int {
	n, d := len(s.c.ids), 0
	for _, q := range s.members[r][t] {
		if q != skip && s.meet[p*n+q] >= 1 {
			d++
		}
	}
	return d
}

// swapDelta is the change of score when guests p and q (at different
// tables) trade places in planned round r. When rule 2 changes, it returns
// just that change (weighted), which has the sign of the whole.
func (s *cafeState) swapDelta(r, p, q int) int {
	a, b := s.at[r][p], s.at[r][q]
	if rule := s.visitCost(p, r, b, -1, -1) - s.visit[p] + s.visitCost(q, r, a, -1, -1) - s.visit[q]; rule != 0 {
		return rule * s.c.rule2W
	}
	return s.leaving(r, p, a) + s.joining(r, p, b, q) + s.leaving(r, q, b) + s.joining(r, q, a, p)
}

// shiftDelta is the change of score when guest p moves to table t in
// planned round r, like swapDelta.
func (s *cafeState) shiftDelta(r, p, t int) int {
	if rule := s.visitCost(p, r, t, -1, -1) - s.visit[p]; rule != 0 {
		return rule * s.c.rule2W
	}
	return s.leaving(r, p, s.at[r][p]) + s.joining(r, p, t, -1)
}

// canShift reports whether moving someone from table a to table b in
// planned round r keeps the sizes balanced: a is one larger than b.
func (s *cafeState) canShift(r, a, b int) bool {
	return len(s.members[r][a]) == len(s.members[r][b])+1
}

// capacities returns the balanced table sizes for planned round r, hosts
// included, choosing which tables get the larger size: hosted tables first
// when they must, then the tables most wanted by guests who have visited
// them least (ties in random order).
func (s *cafeState) capacities(rng *rand.Rand, visits []int) []int {
	c := s.c
	base, rem := len(c.ids)/c.tables, len(c.ids)%c.tables
	want := make([]int, c.tables)
	for g := range c.guests {
		row := visits[g*c.tables : (g+1)*c.tables]
		low := slices.Min(row)
		for t, v := range row {
			if v == low {
				want[t]++
			}
		}
	}
	order := rng.Perm(c.tables)
	slices.SortStableFunc(order, func(a, b int) int {
		// A hosted table must be large when base is 0.
		ma, mb := base == 0 && c.hostAt[a] >= 0, base == 0 && c.hostAt[b] >= 0
		if ma != mb {
			if ma {
				return -1
			}
			return 1
		}
		return want[b] - want[a]
	})
	size := make([]int, c.tables)
	for i, t := range order {
		size[t] = base
		if i < rem {
			size[t]++
		}
	}
	return size
}

// seatMatching fills the planned rounds one by one: first a maximum
// matching of guests to their least visited tables (augmenting paths, with
// the table capacities from capacities), then whoever is left goes to the
// least visited table that still has room.
func (s *cafeState) seatMatching(rng *rand.Rand) {
	c := s.c
	visits := make([]int, c.guests*c.tables)
	for k := range c.from {
		for g := range c.guests {
			if t := c.hist[k][g]; t >= 0 {
				visits[g*c.tables+t]++
			}
		}
	}
	for r := range s.at {
		size := s.capacities(rng, visits)
		room := make([]int, c.tables)
		for t := range room {
			room[t] = size[t] - len(s.members[r][t])
		}
		assigned := make([][]int, c.tables)
		var try func(g int, seen []bool) bool
		try = func(g int, seen []bool) bool {
			row := visits[g*c.tables : (g+1)*c.tables]
			low := slices.Min(row)
			for _, t := range rng.Perm(c.tables) {
				if seen[t] || row[t] != low {
					continue
				}
				seen[t] = true
				if len(assigned[t]) < room[t] {
					assigned[t] = append(assigned[t], g)
					return true
				}
				for i, other := range assigned[t] {
					if try(other, seen) {
						assigned[t][i] = g
						return true
					}
				}
			}
			return false
		}
		var left []int
		for _, g := range rng.Perm(c.guests) {
			if !try(g, make([]bool, c.tables)) {
				left = append(left, g)
			}
		}
		for t, gs := range assigned {
			for _, g := range gs {
				s.put(r, g, t)
			}
		}
		for _, g := range left {
			best := -1
			for _, t := range rng.Perm(c.tables) {
				if len(s.members[r][t]) < size[t] &&
					(best < 0 || visits[g*c.tables+t] < visits[g*c.tables+best]) {
					best = t
				}
			}
			s.put(r, g, best)
		}
		for g := range c.guests {
			visits[g*c.tables+s.at[r][g]]++
		}
	}
}

// seatRotation seats guest i (in random order) at table σ((i+r) mod T) in
// round r, for a random permutation σ of the tables: everyone visits the
// tables in turn. Sizes stay balanced only when rotationBalanced.
func (s *cafeState) seatRotation(rng *rand.Rand) {
	c := s.c
	sigma := rng.Perm(c.tables)
	guests := rng.Perm(c.guests)
	for r := range s.at {
		for i, g := range guests {
			s.put(r, g, sigma[(i+r)%c.tables])
		}
	}
}

// climb runs a randomised hill climb of at most steps attempted moves,
// keeping every move that does not make the score worse.
func (s *cafeState) climb(rng *rand.Rand, steps int) {
	c := s.c
	g := c.guests
	if g == 0 || c.tables < 2 || len(s.at) == 0 {
		return
	}
	for range steps {
		r := rng.IntN(len(s.at))
		p := rng.IntN(g)
		a := s.at[r][p]
		switch k := rng.IntN(8); {
		case k < 5: // swap with a guest at another table
			q := rng.IntN(g)
			b := s.at[r][q]
			if a != b && s.swapDelta(r, p, q) <= 0 {
				s.move(r, p, b)
				s.move(r, q, a)
			}
		case k < 7: // shift to a table one smaller
			b := rng.IntN(c.tables)
			if s.canShift(r, a, b) && s.shiftDelta(r, p, b) <= 0 {
				s.move(r, p, b)
			}
		default: // exchange p's tables of two rounds, others compensate
			s.exchange(rng, r, p)
		}
	}
}

// exchange moves guest p from table a to b in planned round r and from b to
// a in another planned round r2, where p sits at b; to keep the sizes a guest
// at b in round r moves to a and one at a in round r2 moves to b. It keeps
// the change if the score does not get worse. When everyone visits every
// table (rounds = tables), these are the only moves that keep rule 2.
func (s *cafeState) exchange(rng *rand.Rand, r, p int) {
	r2 := rng.IntN(len(s.at))
	a, b := s.at[r][p], s.at[r2][p]
	if r2 == r || a == b {
		return
	}
	// Prefer a mirror partner, at b in round r and at a in r2: then the two
	// trade visits and both keep the tables they visit. Without one, any
	// guest at b in r and any at a in r2 compensate.
	q, q2 := -1, -1
	list := s.members[r][b]
	for k, i := 0, rng.IntN(len(list)+1); k < len(list); k++ {
		if x := list[(i+k)%len(list)]; x < s.c.guests && s.at[r2][x] == a {
			q, q2 = x, x
			break
		}
	}
	if q < 0 {
		q, q2 = s.randomGuestAt(rng, r, b), s.randomGuestAt(rng, r2, a)
	}
	if q < 0 || q2 < 0 {
		return
	}
	// Rule 2 decides on its own unless it stays the same.
	var rule int
	if q == q2 {
		rule = s.visitCost(p, r, b, r2, a) - s.visit[p] + s.visitCost(q, r, a, r2, b) - s.visit[q]
	} else {
		rule = s.visitCost(p, r, b, r2, a) - s.visit[p] +
			s.visitCost(q, r, a, -1, -1) - s.visit[q] + s.visitCost(q2, r2, b, -1, -1) - s.visit[q2]
	}
	if rule > 0 {
		return
	}
	before := s.score()
	s.move(r, p, b)
	s.move(r, q, a)
	s.move(r2, p, a)
	s.move(r2, q2, b)
	if s.score() > before {
		s.move(r2, q2, a)
		s.move(r2, p, b)
		s.move(r, q, b)
		s.move(r, p, a)
	}
}

// randomGuestAt returns a random guest at table t in planned round r, or -1.
func (s *cafeState) randomGuestAt(rng *rand.Rand, r, t int) int {
	list := s.members[r][t]
	if len(list) == 0 {
		return -1
	}
	i := rng.IntN(len(list))
	for k := range list {
		if p := list[(i+k)%len(list)]; p < s.c.guests {
			return p
		}
	}
	return -1
}

// polish sweeps every swap of two guests and every shift of a guest to a
// smaller table, round by round, applying those that lower the score, until
// a sweep finds none (at most cafePolishPasses sweeps). When it stops early,
// no single swap or shift within a round improves the plan.
func (s *cafeState) polish() {
	c := s.c
	for range cafePolishPasses {
		improved := false
		for r := range s.at {
			for p := range c.guests {
				for q := p + 1; q < c.guests; q++ {
					a, b := s.at[r][p], s.at[r][q]
					if a != b && s.swapDelta(r, p, q) < 0 {
						s.move(r, p, b)
						s.move(r, q, a)
						improved = true
					}
				}
				for t := range c.tables {
					if s.canShift(r, s.at[r][p], t) && s.shiftDelta(r, p, t) < 0 {
						s.move(r, p, t)
						improved = true
					}
				}
			}
		}
		if !improved {
			return
		}
	}
}

// plan turns the state into seats after the kept rounds: host first, then
// the guests in the order of the people list.
func (s *cafeState) plan(kept [][][]ParticipantID) CafePlan {
	c := s.c
	seats := make([][][]ParticipantID, 0, c.rounds)
	seats = append(seats, kept...)
	for r := range s.at {
		round := make([][]ParticipantID, c.tables)
		for t := range round {
			round[t] = []ParticipantID{}
			if h := c.hostAt[t]; h >= 0 {
				round[t] = append(round[t], c.ids[h])
			}
		}
		for g := range c.guests {
			t := s.at[r][g]
			round[t] = append(round[t], c.ids[g])
		}
		seats = append(seats, round)
	}
	return CafePlan{Seats: seats}
}
