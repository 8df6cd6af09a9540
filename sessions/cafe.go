package sessions

import (
	"math/rand/v2"
	"slices"
)

// CafePlan is the seating for a world café: Seats[r][t] lists the
// participants at table t in round r, the table's host (if any) first.
type CafePlan struct {
	Seats [][][]ParticipantID
}

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

// PlanCafe seats people at tables for a number of rounds.
//
// hosts[t] is the host of table t, who sits at table t every round (whether
// or not they are also listed in people); it may be "" for a table without
// host, and the list may be shorter than tables (the remaining tables have no
// host) or longer (it adds tables). Everyone else in people sits at one table
// each round; empty and repeated IDs are skipped. The rules, in order of
// priority:
//
//  1. table sizes, hosts included, differ by at most one in every round;
//  2. each person goes to a table they have not visited yet until they have
//     been at every table, and after that spreads their rounds evenly over
//     the tables;
//  3. people who already sat together are kept apart as much as possible:
//     the number of repeat meetings (see RepeatPairs) is kept low.
//
// Rule 1 always holds. Rules 2 and 3 are met by a heuristic: several starts
// (a rotation where that keeps the sizes balanced, and otherwise a
// round-by-round bipartite matching, by augmenting paths, of guests to the
// tables they visited least, within the table capacities), each improved by
// a hill climb over moves that keep the sizes balanced (swapping two guests,
// shifting a guest to a smaller table, and trading one guest's tables
// between two rounds), scored first by rule 2 and then by repeat meetings;
// the best is then swept until no single swap or shift improves it. With
// hosts at all tables or at none, rule 2 holds exactly: the rotation meets
// it and the search never makes rule 2 worse. With hosts at only some tables
// rule 2 can be impossible to meet (their tables must stay small) and holds
// as far as the search finds. The result is the same for the same arguments
// and seed.
func PlanCafe(people []ParticipantID, hosts []ParticipantID, tables, rounds int, seed uint64) CafePlan {
	if rounds <= 0 {
		return CafePlan{}
	}
	tables = max(tables, len(hosts), 1)
	return planCafe(nil, people, hosts, tables, rounds, seed)
}

// Replan seats people again from round from on, keeping the rounds before
// from as they were, for late joiners and leavers: people is the current list
// of guests and hosts the current hosts (as for PlanCafe). The kept rounds
// count as history for who visited which table and who met whom. The number
// of rounds and tables stays as in p (hosts may add tables). from is clamped
// to 0..len(p.Seats); with from == len(p.Seats) Replan returns a copy of p.
func (p CafePlan) Replan(people []ParticipantID, hosts []ParticipantID, from int, seed uint64) CafePlan {
	rounds := len(p.Seats)
	from = min(max(from, 0), rounds)
	kept := make([][][]ParticipantID, from)
	for r := range kept {
		kept[r] = cafeCloneRound(p.Seats[r])
	}
	if from == rounds {
		return CafePlan{Seats: kept}
	}
	tables := len(hosts)
	for _, round := range p.Seats {
		tables = max(tables, len(round))
	}
	return planCafe(kept, people, hosts, max(tables, 1), rounds, seed)
}

// RepeatPairs counts repeat meetings: for every pair of people (hosts
// included) who sit at the same table in k > 1 rounds it adds k-1.
func (p CafePlan) RepeatPairs() int {
	type pair struct{ a, b ParticipantID }
	met := map[pair]int{}
	repeats := 0
	for _, round := range p.Seats {
		for _, table := range round {
			for i, a := range table {
				for _, b := range table[i+1:] {
					k := pair{a, b}
					if b < a {
						k = pair{b, a}
					}
					if met[k] > 0 {
						repeats++
					}
					met[k]++
				}
			}
		}
	}
	return repeats
}

// TableOf returns the table of id in round r, or -1 when id does not sit in
// that round or r is out of range.
func (p CafePlan) TableOf(id ParticipantID, r int) int {
	if r < 0 || r >= len(p.Seats) {
		return -1
	}
	for t, table := range p.Seats[r] {
		if slices.Contains(table, id) {
			return t
		}
	}
	return -1
}

// MinRepeatBound returns a lower bound on the repeat meetings (as counted by
// RepeatPairs) of a seating of people guests and hosts hosts at tables tables
// over rounds rounds that follows rule 1 of PlanCafe (balanced tables, hosts
// staying put) and, when hosts sit at all tables or at none, also rule 2 (no
// return to a table in the first min(rounds, tables) rounds). Every plan of
// PlanCafe is such a seating. Tables are counted as in PlanCafe: at least
// hosts, at least one. The bound is the larger of two.
//
// Counting. With N = people+hosts at T tables, every round has rem = N mod T
// tables of base+1 people and T-rem of base = N/T. Hosts never meet each
// other. Say x of the hosted tables are large in a round (rem and the number
// of unhosted tables confine x to a range). Then the guest–host meetings of
// the round number a0 + x with a0 = hosts·(base-1), and the guest–guest ones
// b0 - x (the sum of C(g,2) over the tables' guest counts g, which is linear
// in x). Over all rounds, with X = Σx, there are A = rounds·a0 + X guest–host
// meetings among only people·hosts guest–host pairs, so at least
// A - people·hosts are repeats; likewise at least B - C(people,2) guest–guest
// repeats with B = rounds·b0 - X. The minimum over the possible X of the sum
// of both (each clamped at zero) is a bound; the sum is piecewise linear in
// X, so the ends of its range and its two kinks suffice.
//
// Overlap. The repeats of round r are at least the pairs at one table in
// round r that also shared a table in round 0. A table of s people in round
// r drew them from the T tables of round 0; spread as evenly as possible over
// those "bins" they still contain Σ C(k,2) such pairs over the bin counts k.
// Inside the first min(rounds, tables) rounds and under rule 2, the guests
// at table t cannot come from table t, so only T-1 bins are left (a host at
// t comes from bin t but is alone there). Summing over tables and rounds
// 1..rounds-1 gives the bound.
func MinRepeatBound(people, hosts, tables, rounds int) int {
	people, hosts = max(people, 0), max(hosts, 0)
	tables = max(tables, hosts, 1)
	if rounds <= 0 {
		return 0
	}
	n := people + hosts
	base, rem := n/tables, n%tables

	// Counting. x = large hosted tables per round. A hosted table of size
	// base has base-1 guests, which is impossible when base is 0.
	xmin, xmax := max(0, rem-(tables-hosts)), min(rem, hosts)
	if base == 0 {
		xmin = hosts
	}
	a0 := hosts * (base - 1)
	b0 := xmin*cafeChoose2(base) + (hosts-xmin)*cafeChoose2(base-1) +
		(rem-xmin)*cafeChoose2(base+1) + (tables-hosts-rem+xmin)*cafeChoose2(base) + xmin
	c1, c2 := people*hosts, cafeChoose2(people)
	loX, hiX := rounds*xmin, rounds*xmax
	f := func(x int) int {
		x = min(max(x, loX), hiX)
		return max(0, rounds*a0+x-c1) + max(0, rounds*b0-x-c2)
	}
	counting := min(f(loX), f(hiX), f(c1-rounds*a0), f(rounds*b0-c2))

	// Overlap with round 0.
	prefix, hosted := 0, 0
	if hosts == 0 || hosts == tables {
		prefix = min(rounds, tables)
		if hosts > 0 {
			hosted = 1
		}
	}
	overlap := 0
	for r := 1; r < rounds; r++ {
		if r < prefix {
			overlap += rem*cafeSpread(base+1-hosted, tables-1) + (tables-rem)*cafeSpread(base-hosted, tables-1)
		} else {
			overlap += rem*cafeSpread(base+1, tables) + (tables-rem)*cafeSpread(base, tables)
		}
	}
	return max(counting, overlap)
}

// cafeSpread is the fewest pairs sharing a bin when s things go into bins bins:
// Σ C(k,2) over the bin counts k when they are as even as possible.
func cafeSpread(s, bins int) int {
	if bins <= 0 {
		return cafeChoose2(s)
	}
	q, u := s/bins, s%bins
	return u*cafeChoose2(q+1) + (bins-u)*cafeChoose2(q)
}

// cafeChoose2 is k choose 2, zero for k < 2.
func cafeChoose2(k int) int {
	if k < 2 {
		return 0
	}
	return k * (k - 1) / 2
}

func cafeCloneRound(round [][]ParticipantID) [][]ParticipantID {
	out := make([][]ParticipantID, len(round))
	for t, table := range round {
		out[t] = slices.Clone(table)
	}
	return out
}

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
