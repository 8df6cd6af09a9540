package sessions

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"
)

func cafeIDs(prefix string, n int) []ParticipantID {
	ids := make([]ParticipantID, n)
	for i := range ids {
		ids[i] = ParticipantID(fmt.Sprintf("%s%02d", prefix, i))
	}
	return ids
}

// cafeHosts returns hosts for tables: "none", "all", or "some" (every
// other table, starting with the first).
func cafeHosts(kind string, tables int) []ParticipantID {
	switch kind {
	case "all":
		return cafeIDs("h", tables)
	case "some":
		hosts := make([]ParticipantID, tables)
		for t := 0; t < tables; t += 2 {
			hosts[t] = ParticipantID(fmt.Sprintf("h%02d", t))
		}
		return hosts
	}
	return nil
}

func cafeHostCount(hosts []ParticipantID) int {
	n := 0
	for _, h := range hosts {
		if h != "" {
			n++
		}
	}
	return n
}

// cafeVisitScore is rule 2 for a guest or a plan, compared lexicographically:
// returns counts the rounds in which a guest sits at a table they sat at
// before although some table is still new to them; uneven is Σ C(v,2) over
// their visit counts v per table.
type cafeVisitScore struct{ returns, uneven int }

func (a cafeVisitScore) add(b cafeVisitScore) cafeVisitScore {
	return cafeVisitScore{a.returns + b.returns, a.uneven + b.uneven}
}

func (a cafeVisitScore) less(b cafeVisitScore) bool {
	return a.returns < b.returns || a.returns == b.returns && a.uneven < b.uneven
}

// cafeScoreTables scores one guest's tables per round (-1: absent).
func cafeScoreTables(seq []int, tables int) cafeVisitScore {
	var buf [16]int
	var count []int
	if tables <= len(buf) {
		count = buf[:tables]
	} else {
		count = make([]int, tables)
	}
	var sc cafeVisitScore
	distinct := 0
	for _, t := range seq {
		if t < 0 {
			continue
		}
		if count[t] == 0 {
			distinct++
		} else if distinct < tables {
			sc.returns++
		}
		count[t]++
	}
	for _, v := range count {
		sc.uneven += cafeChoose2(v)
	}
	return sc
}

func cafeTablesOf(p CafePlan, g ParticipantID) []int {
	seq := make([]int, len(p.Seats))
	for r := range seq {
		seq[r] = p.TableOf(g, r)
	}
	return seq
}

func cafePlanScore(p CafePlan, guests []ParticipantID) cafeVisitScore {
	var sc cafeVisitScore
	for _, g := range guests {
		sc = sc.add(cafeScoreTables(cafeTablesOf(p, g), len(p.Seats[0])))
	}
	return sc
}

// assertCafePlan asserts the hard rules of a plan: the shape, hosts at their
// table and first, every guest exactly once per round, nobody else, and
// balanced table sizes.
func assertCafePlan(t *testing.T, name string, p CafePlan, guests, hosts []ParticipantID, tables, rounds int) {
	t.Helper()
	if len(p.Seats) != rounds {
		t.Fatalf("%s: %d rounds, want %d", name, len(p.Seats), rounds)
	}
	want := slices.Clone(guests)
	for _, h := range hosts {
		if h != "" {
			want = append(want, h)
		}
	}
	slices.Sort(want)
	for r, round := range p.Seats {
		if len(round) != tables {
			t.Fatalf("%s: round %d has %d tables, want %d", name, r, len(round), tables)
		}
		var seated []ParticipantID
		lo, hi := math.MaxInt, 0
		for tb, table := range round {
			if tb < len(hosts) && hosts[tb] != "" && (len(table) == 0 || table[0] != hosts[tb]) {
				t.Fatalf("%s: round %d table %d is %v, want host %s first", name, r, tb, table, hosts[tb])
			}
			seated = append(seated, table...)
			lo, hi = min(lo, len(table)), max(hi, len(table))
		}
		slices.Sort(seated)
		if !slices.Equal(seated, want) {
			t.Fatalf("%s: round %d seats %v, want %v", name, r, seated, want)
		}
		if hi-lo > 1 {
			t.Fatalf("%s: round %d sizes %d..%d: %v", name, r, lo, hi, round)
		}
	}
}

// assertCafeRule2Local asserts that in no planned round a swap of two
// guests or a shift of a guest to a smaller table would improve rule 2.
func assertCafeRule2Local(t *testing.T, name string, p CafePlan, guests []ParticipantID, from int) {
	t.Helper()
	tables := len(p.Seats[0])
	seqs := make([][]int, len(guests))
	for i, g := range guests {
		seqs[i] = cafeTablesOf(p, g)
	}
	// change scores guest i with their table in round r replaced by tb.
	change := func(i, r, tb int) cafeVisitScore {
		old := seqs[i][r]
		seqs[i][r] = tb
		sc := cafeScoreTables(seqs[i], tables)
		seqs[i][r] = old
		return sc
	}
	now := make([]cafeVisitScore, len(guests))
	for i := range guests {
		now[i] = cafeScoreTables(seqs[i], tables)
	}
	for r := from; r < len(p.Seats); r++ {
		for i, a := range guests {
			ta := seqs[i][r]
			for j := i + 1; j < len(guests); j++ {
				tb := seqs[j][r]
				if ta == tb {
					continue
				}
				before := now[i].add(now[j])
				if after := change(i, r, tb).add(change(j, r, ta)); after.less(before) {
					t.Fatalf("%s: round %d: swapping %s and %s improves rule 2 from %v to %v: %v", name, r, a, guests[j], before, after, p.Seats)
				}
			}
			for tb, table := range p.Seats[r] {
				if len(p.Seats[r][ta]) == len(table)+1 {
					if after := change(i, r, tb); after.less(now[i]) {
						t.Fatalf("%s: round %d: moving %s to table %d improves rule 2: %v", name, r, a, tb, p.Seats)
					}
				}
			}
		}
	}
}

// assertCafeTour asserts rule 2 where it can always be met (hosts at all tables
// or at none, no history): nobody returns to a table before having been at
// every table, and everyone's visits per table differ by at most one.
func assertCafeTour(t *testing.T, name string, p CafePlan, guests []ParticipantID) {
	t.Helper()
	for _, g := range guests {
		seq := cafeTablesOf(p, g)
		if sc := cafeScoreTables(seq, len(p.Seats[0])); sc.returns != 0 {
			t.Fatalf("%s: %s returns early: tables %v", name, g, seq)
		}
		count := make([]int, len(p.Seats[0]))
		for _, tb := range seq {
			count[tb]++
		}
		if slices.Max(count)-slices.Min(count) > 1 {
			t.Fatalf("%s: %s visits %v", name, g, count)
		}
	}
}

// cafeStats collects RepeatPairs against MinRepeatBound over a sweep.
type cafeStats struct {
	plans, bounded int
	sumRatio       float64
	worstRatio     float64 // RepeatPairs/MinRepeatBound, over plans with bound > 0
	worstRatioCase string
	worstExcess    int // RepeatPairs-MinRepeatBound
	worstExcessAt  string
}

func (s *cafeStats) add(name string, repeats, bound int) {
	s.plans++
	if repeats-bound > s.worstExcess {
		s.worstExcess, s.worstExcessAt = repeats-bound, name
	}
	if bound > 0 {
		s.bounded++
		r := float64(repeats) / float64(bound)
		s.sumRatio += r
		if r > s.worstRatio {
			s.worstRatio, s.worstRatioCase = r, name
		}
	}
}

func (s *cafeStats) String() string {
	return fmt.Sprintf("%d plans, %d with bound > 0: mean ratio %.2f, worst ratio %.2f (%s); worst excess %d (%s)",
		s.plans, s.bounded, s.sumRatio/float64(max(s.bounded, 1)), s.worstRatio, s.worstRatioCase, s.worstExcess, s.worstExcessAt)
}

// cafeSlack is the tolerated excess of repeat meetings over MinRepeatBound:
// the bound again plus half a repeat per person and later round. The bound
// counts for each round only its overlap with round 0, and with hosts at some
// tables it ignores rule 2, so it is not reachable in general. For example,
// 40 people at 2 tables over 4 rounds: rule 2 makes round 1 swap the groups
// of round 0 (380 repeats, which the bound counts) and round 3 swap those of
// round 2 (another 380, where the bound counts 180), so the optimum is
// 380+180+380 = 940 against a bound of 740; the planner finds 940. Measured
// over the sweep of TestCafeProperties, repeats-2·bound stays below 0.36 per
// person and later round (worst: 40 people at 8 tables over 8 rounds).
func cafeSlack(bound, people, rounds int) int {
	return bound + people*max(rounds-1, 0)/2
}

func TestCafeProperties(t *testing.T) {
	if testing.Short() {
		t.Skip("sweep")
	}
	stats := map[string]*cafeStats{"tour": {}, "long": {}, "some": {}}
	var slowest time.Duration
	var slowestCase string
	worstUse, worstUseCase := -1e9, ""
	type size struct{ n, tables, rounds int }
	var sizes []size
	for _, n := range []int{4, 5, 6, 7, 9, 12, 16} {
		for tables := 2; tables <= 6; tables++ {
			for rounds := 1; rounds <= 5; rounds++ {
				sizes = append(sizes, size{n, tables, rounds})
			}
		}
	}
	// Larger rooms on a sparser grid, to keep the test quick under -race.
	for _, n := range []int{22, 31, 40} {
		for _, tables := range []int{2, 3, 5, 6} {
			for _, rounds := range []int{2, 4, 5} {
				sizes = append(sizes, size{n, tables, rounds})
			}
		}
	}
	// The café rules allow up to 8 tables and 8 rounds.
	sizes = append(sizes, size{24, 8, 8}, size{40, 8, 8}, size{17, 7, 8}, size{20, 3, 8})
	for i, sz := range sizes {
		n, tables, rounds := sz.n, sz.tables, sz.rounds
		seeds := []uint64{uint64(i)}
		if n <= 9 {
			seeds = append(seeds, uint64(i)+1000)
		}
		for _, kind := range []string{"none", "all", "some"} {
			for _, seed := range seeds {
				guests := cafeIDs("g", n)
				hosts := cafeHosts(kind, tables)
				name := fmt.Sprintf("n=%d tables=%d rounds=%d hosts=%s seed=%d", n, tables, rounds, kind, seed)
				start := time.Now()
				p := PlanCafe(guests, hosts, tables, rounds, seed)
				if took := time.Since(start); took > slowest {
					slowest, slowestCase = took, name
				}
				assertCafePlan(t, name, p, guests, hosts, tables, rounds)
				category := "some"
				if kind != "some" {
					assertCafeTour(t, name, p, guests)
					category = "tour"
					if rounds > tables {
						category = "long"
					}
				}
				assertCafeRule2Local(t, name, p, guests, 0)
				rep := p.RepeatPairs()
				h := cafeHostCount(hosts)
				bound := MinRepeatBound(n, h, tables, rounds)
				if rep < bound {
					t.Fatalf("%s: %d repeats below the bound %d", name, rep, bound)
				}
				if slack := cafeSlack(bound, n+h, rounds); rep > bound+slack {
					t.Errorf("%s: %d repeats, bound %d, slack %d", name, rep, bound, slack)
				}
				stats[category].add(name, rep, bound)
				if rounds > 1 {
					if u := float64(rep-2*bound) / float64((n+h)*(rounds-1)); u > worstUse {
						worstUse, worstUseCase = u, name
					}
				}
			}
		}
	}
	for _, c := range []string{"tour", "long", "some"} {
		t.Logf("%s: %v", c, stats[c])
	}
	t.Logf("slowest plan %v (%s)", slowest, slowestCase)
	t.Logf("worst (repeats-2·bound)/(people·(rounds-1)) %.3f (%s)", worstUse, worstUseCase)
}

func TestCafeDeterministic(t *testing.T) {
	guests := cafeIDs("g", 23)
	hosts := cafeHosts("all", 5)
	a := PlanCafe(guests, hosts, 5, 4, 11)
	b := PlanCafe(slices.Clone(guests), slices.Clone(hosts), 5, 4, 11)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatalf("same seed, different plans:\n%v\n%v", a, b)
	}
	differs := false
	for seed := range uint64(5) {
		if c := PlanCafe(guests, hosts, 5, 4, 100+seed); fmt.Sprint(a) != fmt.Sprint(c) {
			differs = true
		}
	}
	if !differs {
		t.Error("five other seeds all gave the same plan")
	}
}

func TestCafeLateJoiners(t *testing.T) {
	for _, kind := range []string{"none", "all", "some"} {
		for _, c := range []struct{ n, tables, rounds int }{{10, 3, 3}, {16, 4, 4}, {40, 6, 4}, {7, 2, 5}, {22, 5, 5}} {
			for seed := range uint64(2) {
				name := fmt.Sprintf("n=%d tables=%d rounds=%d hosts=%s seed=%d", c.n, c.tables, c.rounds, kind, seed)
				guests := cafeIDs("g", c.n)
				hosts := cafeHosts(kind, c.tables)
				p := PlanCafe(guests, hosts, c.tables, c.rounds, seed)
				now := append(slices.Clone(guests), "late1", "late2")
				q := p.Replan(now, hosts, 1, seed)
				assertCafePlan(t, name, CafePlan{Seats: q.Seats[1:]}, now, hosts, c.tables, c.rounds-1)
				if fmt.Sprint(q.Seats[0]) != fmt.Sprint(p.Seats[0]) {
					t.Fatalf("%s: round 0 changed:\n%v\n%v", name, p.Seats[0], q.Seats[0])
				}
				if kind != "some" && c.rounds <= c.tables {
					if sc := cafePlanScore(q, now); sc.returns != 0 {
						t.Fatalf("%s: %d early returns after replanning: %v", name, sc.returns, q.Seats)
					}
				}
				assertCafeRule2Local(t, name, q, now, 1)
			}
		}
	}
}

func TestCafeLeavers(t *testing.T) {
	for _, kind := range []string{"none", "all", "some"} {
		for _, c := range []struct{ n, tables, rounds, from, leave int }{
			{12, 3, 3, 1, 2}, {16, 4, 4, 2, 3}, {40, 6, 4, 1, 5}, {9, 2, 4, 2, 1}, {6, 3, 3, 1, 3},
		} {
			for seed := range uint64(2) {
				name := fmt.Sprintf("%+v hosts=%s seed=%d", c, kind, seed)
				guests := cafeIDs("g", c.n)
				hosts := cafeHosts(kind, c.tables)
				p := PlanCafe(guests, hosts, c.tables, c.rounds, seed)
				// Every third guest from the start leaves.
				var now []ParticipantID
				left := 0
				for i, g := range guests {
					if i%3 == 0 && left < c.leave {
						left++
						continue
					}
					now = append(now, g)
				}
				q := p.Replan(now, hosts, c.from, seed+1)
				for r := range c.from {
					if fmt.Sprint(q.Seats[r]) != fmt.Sprint(p.Seats[r]) {
						t.Fatalf("%s: round %d changed", name, r)
					}
				}
				rest := CafePlan{Seats: q.Seats[c.from:]}
				assertCafePlan(t, name, rest, now, hosts, c.tables, c.rounds-c.from)
				// Leavers can make an early return unavoidable (a table
				// that too few of the remaining guests have yet to see), so
				// only local optimality is asserted.
				assertCafeRule2Local(t, name, q, now, c.from)
			}
		}
	}
}

func TestCafeHostLeavesAndEdges(t *testing.T) {
	guests := cafeIDs("g", 9)
	hosts := []ParticipantID{"h0", "h1", "h2"}
	p := PlanCafe(guests, hosts, 3, 3, 5)
	// h1 leaves after round 0; table 1 goes on without host.
	q := p.Replan(guests, []ParticipantID{"h0", "", "h2"}, 1, 5)
	assertCafePlan(t, "host leaves", CafePlan{Seats: q.Seats[1:]}, guests, []ParticipantID{"h0", "", "h2"}, 3, 2)

	// from out of range is clamped.
	if r := p.Replan(guests, hosts, 99, 1); fmt.Sprint(r) != fmt.Sprint(p) {
		t.Errorf("Replan from beyond the end changed the plan")
	}
	r := p.Replan(guests, hosts, -3, 1)
	assertCafePlan(t, "from<0", r, guests, hosts, 3, 3)

	// Degenerate input.
	if got := PlanCafe(guests, hosts, 3, 0, 1); len(got.Seats) != 0 {
		t.Errorf("zero rounds: %v", got)
	}
	one := PlanCafe(guests, nil, 0, 2, 1)
	assertCafePlan(t, "zero tables", one, guests, nil, 1, 2)
	dup := PlanCafe([]ParticipantID{"a", "b", "a", "", "h0", "c"}, []ParticipantID{"h0"}, 2, 2, 1)
	assertCafePlan(t, "duplicates", dup, []ParticipantID{"a", "b", "c"}, []ParticipantID{"h0"}, 2, 2)
	few := PlanCafe([]ParticipantID{"a"}, []ParticipantID{"h0", "", "h2"}, 4, 3, 1)
	assertCafePlan(t, "fewer people than tables", few, []ParticipantID{"a"}, []ParticipantID{"h0", "", "h2"}, 4, 3)
	onlyHosts := PlanCafe(nil, []ParticipantID{"h0", "h1"}, 2, 2, 1)
	assertCafePlan(t, "only hosts", onlyHosts, nil, []ParticipantID{"h0", "h1"}, 2, 2)
}

func TestCafeTableOfAndRepeatPairs(t *testing.T) {
	p := CafePlan{Seats: [][][]ParticipantID{
		{{"h", "a", "b"}, {"c", "d"}},
		{{"h", "a", "c"}, {"b", "d"}},
		{{"h", "a", "b"}, {"c", "d"}},
	}}
	for _, c := range []struct {
		id   ParticipantID
		r    int
		want int
	}{{"h", 0, 0}, {"c", 1, 0}, {"d", 2, 1}, {"x", 0, -1}, {"a", 3, -1}, {"a", -1, -1}} {
		if got := p.TableOf(c.id, c.r); got != c.want {
			t.Errorf("TableOf(%s, %d) = %d, want %d", c.id, c.r, got, c.want)
		}
	}
	// h–a meet 3 times (2 repeats); h–b, a–b, c–d twice (1 each); b–d, a–c,
	// h–c once.
	if got := p.RepeatPairs(); got != 5 {
		t.Errorf("RepeatPairs = %d, want 5", got)
	}
	if got := (CafePlan{}).RepeatPairs(); got != 0 {
		t.Errorf("empty RepeatPairs = %d", got)
	}
}

func TestMinRepeatBoundExamples(t *testing.T) {
	cases := []struct{ people, hosts, tables, rounds, want int }{
		{4, 0, 2, 5, 4},   // 2 pairs a round, 10 meetings, 6 pairs: 4 repeats
		{4, 0, 2, 3, 2},   // round 1 swaps the tables: both pairs meet again
		{40, 0, 6, 4, 30}, // a table of 7 (6) draws from 5 earlier tables: 2 (1) pairs
		{6, 3, 3, 3, 0},   // each guest meets 3 hosts and 3 of the 5 other guests
		{6, 3, 3, 4, 6},   // 4 rounds, 3 hosts: every guest meets one host twice
		{0, 3, 3, 4, 0},   // hosts alone
		{5, 0, 10, 3, 0},  // fewer people than tables
		{10, 0, 1, 2, 45}, // one table: every pair meets twice
		{3, 0, 3, 0, 0},
	}
	for _, c := range cases {
		if got := MinRepeatBound(c.people, c.hosts, c.tables, c.rounds); got != c.want {
			t.Errorf("MinRepeatBound(%d, %d, %d, %d) = %d, want %d", c.people, c.hosts, c.tables, c.rounds, got, c.want)
		}
	}
}

// cafeOptimum is what an exhaustive search finds.
type cafeOptimum struct {
	minRepeats  int            // fewest repeats of any balanced seating
	tourRepeats int            // fewest repeats without early returns (MaxInt if impossible)
	best        cafeVisitScore // best rule 2
	bestRepeats int            // fewest repeats at the best rule 2
}

// cafeExhaustive enumerates every seating of guests guests with balanced
// tables and the given tables hosted.
func cafeExhaustive(guests int, hostMask []bool, rounds int) cafeOptimum {
	tables := len(hostMask)
	var hostOf []int
	for t, h := range hostMask {
		if h {
			hostOf = append(hostOf, t)
		}
	}
	n := guests + len(hostOf)
	// All balanced assignments of the guests for one round.
	var options [][]int
	assign := make([]int, guests)
	var gen func(i int)
	gen = func(i int) {
		if i == guests {
			size := make([]int, tables)
			for _, t := range hostOf {
				size[t]++
			}
			for _, t := range assign {
				size[t]++
			}
			if slices.Max(size)-slices.Min(size) <= 1 {
				options = append(options, slices.Clone(assign))
			}
			return
		}
		for t := range tables {
			assign[i] = t
			gen(i + 1)
		}
	}
	gen(0)
	opt := cafeOptimum{minRepeats: math.MaxInt, tourRepeats: math.MaxInt, best: cafeVisitScore{math.MaxInt, 0}, bestRepeats: math.MaxInt}
	meet := make([]int, n*n)
	seqs := make([][]int, guests)
	for g := range seqs {
		seqs[g] = make([]int, rounds)
	}
	var walk func(r, repeats int)
	walk = func(r, repeats int) {
		if r == rounds {
			var sc cafeVisitScore
			for _, seq := range seqs {
				sc = sc.add(cafeScoreTables(seq, tables))
			}
			opt.minRepeats = min(opt.minRepeats, repeats)
			if sc.returns == 0 {
				opt.tourRepeats = min(opt.tourRepeats, repeats)
			}
			if sc.less(opt.best) {
				opt.best, opt.bestRepeats = sc, repeats
			} else if sc == opt.best {
				opt.bestRepeats = min(opt.bestRepeats, repeats)
			}
			return
		}
		for _, o := range options {
			tableOf := func(p int) int {
				if p < guests {
					return o[p]
				}
				return hostOf[p-guests]
			}
			d := 0
			for p := range n {
				if p < guests {
					seqs[p][r] = o[p]
				}
				for q := p + 1; q < n; q++ {
					if tableOf(p) == tableOf(q) {
						if meet[p*n+q] > 0 {
							d++
						}
						meet[p*n+q]++
					}
				}
			}
			walk(r+1, repeats+d)
			for p := range n {
				for q := p + 1; q < n; q++ {
					if tableOf(p) == tableOf(q) {
						meet[p*n+q]--
					}
				}
			}
		}
	}
	walk(0, 0)
	return opt
}

// TestCafeSmallOptimal compares the planner and the bound with an
// exhaustive search on small cases: the planner must find the best rule 2
// and, with it, the fewest repeats; the bound must not exceed the fewest
// repeats of the seatings it covers.
func TestCafeSmallOptimal(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive")
	}
	cases := 0
	for g := 1; g <= 7; g++ {
		for tables := 2; tables <= 3; tables++ {
			for rounds := 1; rounds <= 4; rounds++ {
				// Keep the enumeration small: at most tables^(g·rounds) seatings.
				if math.Pow(float64(tables), float64(g*rounds)) > 2e5 {
					continue
				}
				for mask := range 1 << tables {
					hostMask := make([]bool, tables)
					hosts := make([]ParticipantID, tables)
					for tb := range tables {
						if mask&(1<<tb) != 0 {
							hostMask[tb] = true
							hosts[tb] = ParticipantID(fmt.Sprintf("h%d", tb))
						}
					}
					name := fmt.Sprintf("guests=%d tables=%d rounds=%d hosts=%v", g, tables, rounds, hostMask)
					opt := cafeExhaustive(g, hostMask, rounds)
					h := cafeHostCount(hosts)
					covered := opt.minRepeats
					if h == 0 || h == tables {
						covered = opt.tourRepeats
					}
					if bound := MinRepeatBound(g, h, tables, rounds); bound > covered {
						t.Fatalf("%s: bound %d above the optimum %d", name, bound, covered)
					}
					guests := cafeIDs("g", g)
					for seed := range uint64(2) {
						p := PlanCafe(guests, hosts, tables, rounds, seed)
						if sc, rep := cafePlanScore(p, guests), p.RepeatPairs(); sc != opt.best || rep != opt.bestRepeats {
							t.Errorf("%s seed %d: planner has %v and %d repeats; best is %v and %d", name, seed, sc, rep, opt.best, opt.bestRepeats)
						}
					}
					cases++
				}
			}
		}
	}
	t.Logf("%d cases compared with exhaustive search", cases)
}

func BenchmarkPlanCafe(b *testing.B) {
	guests := cafeIDs("g", 40)
	var seed uint64
	for b.Loop() {
		PlanCafe(guests, nil, 6, 4, seed)
		seed++
	}
}
