package sessions

import (
	"cmp"
	"math/rand/v2"
	"slices"
)

// GroupSizes returns the sizes of the groups for n people when a group
// should have between minSize and maxSize members (3–4, 4–4, 4–5, ...).
//
// The sizes are as balanced as possible (they differ by at most one, larger
// groups first) and use as few groups as maxSize allows: whenever n can be
// split within the bounds at all, the result has ceil(n/maxSize) groups, all
// within the bounds. When no split fits (n < minSize, or 5 people in groups
// of exactly 4), it takes the number of groups whose sizes stray least from
// the bounds, preferring fewer groups on a tie: 5 in fours gives [5], 7 in
// fours gives [4 3], 9 in fours gives [5 4], and n < minSize gives [n].
//
// A minSize below 1 counts as 1 and a maxSize below minSize counts as
// minSize. n <= 0 gives no groups. GroupSizes never panics.
func GroupSizes(n, minSize, maxSize int) []int {
	if n <= 0 {
		return nil
	}
	minSize = max(minSize, 1)
	maxSize = max(maxSize, minSize)
	// stray is how far the balanced split into g groups falls outside the
	// bounds: its smallest group below minSize or its largest above maxSize.
	stray := func(g int) int {
		lo, hi := n/g, (n+g-1)/g
		return max(0, minSize-lo, hi-maxSize)
	}
	best := 1
	for g := 2; g <= n; g++ {
		if stray(g) < stray(best) {
			best = g
		}
	}
	sizes := make([]int, best)
	for i := range sizes {
		sizes[i] = n / best
		if i < n%best {
			sizes[i]++
		}
	}
	return sizes
}

// SplitGroups splits people into groups whose sizes come from
// GroupSizes(len(people), minSize, maxSize).
//
// People are first shuffled with a PCG generator seeded by seed, so the
// result is the same for the same input and seed. Without mix the shuffled
// people fill the groups in turn. With mix, people are ordered by their
// function tag (people without a function last; the shuffle decides the
// order within a function) and dealt round-robin over the groups, each group
// taking people until it has its size. Dealing a contiguous run of people
// round-robin means that for every function the numbers per group differ by
// at most one: each group gets a different mix of roles.
//
// function may be nil. The result holds one slice of IDs per group; it is
// nil when people is empty.
func SplitGroups(people []ParticipantID, function map[ParticipantID]string, minSize, maxSize int, mix bool, seed uint64) [][]ParticipantID {
	sizes := GroupSizes(len(people), minSize, maxSize)
	if len(sizes) == 0 {
		return nil
	}
	order := slices.Clone(people)
	rng := rand.New(rand.NewPCG(seed, 0x6b72696e67)) // "kring"
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })

	groups := make([][]ParticipantID, len(sizes))
	for i, s := range sizes {
		groups[i] = make([]ParticipantID, 0, s)
	}
	if !mix {
		next := 0
		for i, s := range sizes {
			groups[i] = append(groups[i], order[next:next+s]...)
			next += s
		}
		return groups
	}

	slices.SortStableFunc(order, func(a, b ParticipantID) int {
		fa, fb := function[a], function[b]
		switch {
		case fa == fb:
			return 0
		case fa == "":
			return 1
		case fb == "":
			return -1
		}
		return cmp.Compare(fa, fb)
	})
	g := 0
	for _, id := range order {
		for len(groups[g]) == sizes[g] {
			g = (g + 1) % len(groups)
		}
		groups[g] = append(groups[g], id)
		g = (g + 1) % len(groups)
	}
	return groups
}

// PlaceLate returns the index of the group a late joiner goes into: the
// smallest group, the first one on a tie. It returns -1 when there are no
// groups.
func PlaceLate(groups [][]ParticipantID) int {
	best := -1
	for i, g := range groups {
		if best < 0 || len(g) < len(groups[best]) {
			best = i
		}
	}
	return best
}
