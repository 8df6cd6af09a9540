package sessions

import (
	"fmt"
	"slices"
	"testing"
)

func TestGroupSizesExamples(t *testing.T) {
	cases := []struct {
		n, lo, hi int
		want      []int
	}{
		{0, 3, 4, nil},
		{-2, 3, 4, nil},
		{1, 3, 4, []int{1}},
		{2, 3, 4, []int{2}},
		{3, 3, 4, []int{3}},
		{4, 3, 4, []int{4}},
		{5, 3, 4, []int{5}}, // no split fits; [5] and [3 2] both stray by one: fewer groups
		{6, 3, 4, []int{3, 3}},
		{7, 3, 4, []int{4, 3}},
		{8, 4, 4, []int{4, 4}},
		{9, 4, 4, []int{5, 4}},
		{5, 4, 4, []int{5}},
		{6, 4, 4, []int{3, 3}},
		{7, 4, 4, []int{4, 3}},
		{7, 4, 5, []int{4, 3}},
		{9, 4, 5, []int{5, 4}},
		{10, 4, 5, []int{5, 5}},
		{11, 4, 5, []int{6, 5}}, // no split fits; [6 5] and [4 4 3] both stray by one
		{13, 4, 5, []int{5, 4, 4}},
		{20, 4, 5, []int{5, 5, 5, 5}},
		{21, 4, 5, []int{5, 4, 4, 4, 4}},
		{40, 3, 4, []int{4, 4, 4, 4, 4, 4, 4, 4, 4, 4}},
		// Degenerate bounds.
		{5, 0, 0, []int{1, 1, 1, 1, 1}},
		{5, -3, 2, []int{2, 2, 1}},
		{5, 3, 1, []int{3, 2}},
	}
	for _, c := range cases {
		got := GroupSizes(c.n, c.lo, c.hi)
		if !slices.Equal(got, c.want) {
			t.Errorf("GroupSizes(%d, %d, %d) = %v, want %v", c.n, c.lo, c.hi, got, c.want)
		}
	}
}

// groupSplitFits reports whether n people can be split into groups of lo..hi at all.
func groupSplitFits(n, lo, hi int) bool {
	for g := 1; g <= n; g++ {
		if g*lo <= n && n <= g*hi {
			return true
		}
	}
	return false
}

func TestGroupSizesProperties(t *testing.T) {
	for n := 0; n <= 60; n++ {
		for lo := -1; lo <= 8; lo++ {
			for hi := lo - 1; hi <= 10; hi++ {
				got := GroupSizes(n, lo, hi)
				name := fmt.Sprintf("GroupSizes(%d, %d, %d) = %v", n, lo, hi, got)
				sum := 0
				for _, s := range got {
					sum += s
					if s < 1 {
						t.Fatalf("%s: empty group", name)
					}
				}
				if n <= 0 {
					if got != nil {
						t.Fatalf("%s: want nil", name)
					}
					continue
				}
				if sum != n {
					t.Fatalf("%s: sum %d", name, sum)
				}
				if got[0]-got[len(got)-1] > 1 || !slices.IsSortedFunc(got, func(a, b int) int { return b - a }) {
					t.Fatalf("%s: not balanced, larger first", name)
				}
				elo := max(lo, 1)
				ehi := max(hi, elo)
				if n < elo {
					if len(got) != 1 {
						t.Fatalf("%s: want one group below the minimum", name)
					}
					continue
				}
				if groupSplitFits(n, elo, ehi) {
					if got[len(got)-1] < elo || got[0] > ehi {
						t.Fatalf("%s: outside %d..%d although a split fits", name, elo, ehi)
					}
					if want := (n + ehi - 1) / ehi; len(got) != want {
						t.Fatalf("%s: %d groups, want the fewest, %d", name, len(got), want)
					}
				}
			}
		}
	}
}

func groupTestIDs(n int) []ParticipantID {
	ids := make([]ParticipantID, n)
	for i := range ids {
		ids[i] = ParticipantID(fmt.Sprintf("p%02d", i))
	}
	return ids
}

func TestSplitGroupsCoversEveryone(t *testing.T) {
	for n := 0; n <= 30; n++ {
		for _, mix := range []bool{false, true} {
			ps := groupTestIDs(n)
			groups := SplitGroups(ps, nil, 3, 4, mix, 7)
			sizes := GroupSizes(n, 3, 4)
			if len(groups) != len(sizes) {
				t.Fatalf("n=%d mix=%v: %d groups, want %d", n, mix, len(groups), len(sizes))
			}
			var all []ParticipantID
			for i, g := range groups {
				if len(g) != sizes[i] {
					t.Fatalf("n=%d mix=%v: group %d has %d, want %d", n, mix, i, len(g), sizes[i])
				}
				all = append(all, g...)
			}
			slices.Sort(all)
			if !slices.Equal(all, ps) {
				t.Fatalf("n=%d mix=%v: people %v, want %v", n, mix, all, ps)
			}
		}
	}
}

func TestSplitGroupsMixesFunctions(t *testing.T) {
	roles := []string{"ib", "leraar", "directie", "oop", ""}
	for n := 1; n <= 40; n++ {
		for nroles := 1; nroles <= len(roles); nroles++ {
			for _, bounds := range [][2]int{{3, 4}, {4, 4}, {4, 5}, {2, 3}} {
				for seed := range uint64(3) {
					ps := groupTestIDs(n)
					fn := map[ParticipantID]string{}
					for i, p := range ps {
						// Uneven role counts: role k gets roughly k+1 shares.
						fn[p] = roles[(i*i+i/3)%nroles]
					}
					groups := SplitGroups(ps, fn, bounds[0], bounds[1], true, seed)
					counts := map[string][]int{}
					for gi, g := range groups {
						for _, p := range g {
							if counts[fn[p]] == nil {
								counts[fn[p]] = make([]int, len(groups))
							}
							counts[fn[p]][gi]++
						}
					}
					for f, c := range counts {
						if slices.Max(c)-slices.Min(c) > 1 {
							t.Fatalf("n=%d bounds=%v seed=%d: function %q spread %v over %v", n, bounds, seed, f, c, groups)
						}
					}
				}
			}
		}
	}
}

func TestSplitGroupsMixExample(t *testing.T) {
	ps := []ParticipantID{"a", "b", "c", "d", "e", "f", "g", "h"}
	fn := map[ParticipantID]string{
		"a": "ib", "b": "ib",
		"c": "directie", "d": "directie",
		"e": "leraar", "f": "leraar", "g": "leraar", "h": "leraar",
	}
	groups := SplitGroups(ps, fn, 4, 4, true, 1)
	if len(groups) != 2 {
		t.Fatalf("groups %v", groups)
	}
	for _, g := range groups {
		have := map[string]int{}
		for _, p := range g {
			have[fn[p]]++
		}
		if have["ib"] != 1 || have["directie"] != 1 || have["leraar"] != 2 {
			t.Errorf("group %v has %v, want one ib, one directie, two leraar", g, have)
		}
	}
}

func TestSplitGroupsEmptyFunctionLast(t *testing.T) {
	// Seven people in groups of 4 and 3: the three tagged people are dealt
	// first (group 0, 1, 0), the untagged ones fill what is left.
	ps := []ParticipantID{"x", "y", "z", "a", "b", "c", "d"}
	fn := map[ParticipantID]string{"a": "ib", "b": "ib", "c": "ib"}
	groups := SplitGroups(ps, fn, 3, 4, true, 42)
	ib := []int{0, 0}
	for gi, g := range groups {
		for _, p := range g {
			if fn[p] == "ib" {
				ib[gi]++
			}
		}
	}
	if ib[0] != 2 || ib[1] != 1 {
		t.Errorf("ib per group %v, want [2 1] (dealt first, from group 0)", ib)
	}
}

func TestSplitGroupsDeterministic(t *testing.T) {
	ps := groupTestIDs(23)
	fn := map[ParticipantID]string{}
	for i, p := range ps {
		fn[p] = []string{"a", "b", "c"}[i%3]
	}
	for _, mix := range []bool{false, true} {
		a := SplitGroups(ps, fn, 4, 5, mix, 99)
		b := SplitGroups(slices.Clone(ps), fn, 4, 5, mix, 99)
		if !slices.EqualFunc(a, b, slices.Equal) {
			t.Fatalf("mix=%v: same seed, different groups:\n%v\n%v", mix, a, b)
		}
		differs := false
		for seed := range uint64(10) {
			if c := SplitGroups(ps, fn, 4, 5, mix, seed+100); !slices.EqualFunc(a, c, slices.Equal) {
				differs = true
			}
		}
		if !differs {
			t.Errorf("mix=%v: ten other seeds all gave the same groups", mix)
		}
	}
	if ps[0] != "p00" || ps[22] != "p22" {
		t.Errorf("SplitGroups changed its input: %v", ps)
	}
}

func TestPlaceLate(t *testing.T) {
	cases := []struct {
		sizes []int
		want  int
	}{
		{nil, -1},
		{[]int{0}, 0},
		{[]int{4, 4, 3}, 2},
		{[]int{4, 3, 3}, 1},
		{[]int{3, 4, 3}, 0},
		{[]int{5, 5, 5}, 0},
		{[]int{5, 2, 4, 2}, 1},
	}
	for _, c := range cases {
		groups := make([][]ParticipantID, len(c.sizes))
		for i, s := range c.sizes {
			groups[i] = groupTestIDs(s)
		}
		if got := PlaceLate(groups); got != c.want {
			t.Errorf("PlaceLate(sizes %v) = %d, want %d", c.sizes, got, c.want)
		}
	}
}
