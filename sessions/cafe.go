package sessions

import "slices"

// CafePlan is the seating for a world café: Seats[r][t] lists the
// participants at table t in round r, the table's host (if any) first.
type CafePlan struct {
	Seats [][][]ParticipantID
}

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
