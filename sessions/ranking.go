package sessions

import (
	"cmp"
	"slices"
)

// BordaResult is one item's outcome of a Borda count.
type BordaResult struct {
	Item   int
	Points int
	// Rank is 1 for the most points; ties share a rank and the next rank
	// skips, as in 1, 1, 3.
	Rank int
	// Firsts is the number of rankings that put the item first.
	Firsts int
}

// Borda aggregates rankings by Borda count. Each ranking is a full or
// partial order of item IDs, best first; an item at position i of a ranking
// of k items gets k-1-i points from it, an item missing from a ranking gets
// none. A repeated item within a ranking counts at its first position only
// (k counts distinct items).
//
// The result holds every item that appears in some ranking, by points
// descending; items with equal points share a rank and are listed by Firsts
// descending, then by item ID. Borda returns nil for no items.
func Borda(rankings [][]int) []BordaResult {
	byItem := map[int]*BordaResult{}
	for _, ranking := range rankings {
		order := rankingOrder(ranking)
		for i, item := range order {
			r := byItem[item]
			if r == nil {
				r = &BordaResult{Item: item}
				byItem[item] = r
			}
			r.Points += len(order) - 1 - i
			if i == 0 {
				r.Firsts++
			}
		}
	}
	if len(byItem) == 0 {
		return nil
	}
	out := make([]BordaResult, 0, len(byItem))
	for _, r := range byItem {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b BordaResult) int {
		return cmp.Or(cmp.Compare(b.Points, a.Points), cmp.Compare(b.Firsts, a.Firsts), cmp.Compare(a.Item, b.Item))
	})
	for i := range out {
		if i > 0 && out[i].Points == out[i-1].Points {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

// rankingOrder returns the distinct items of a ranking in order, each at
// its first position.
func rankingOrder(ranking []int) []int {
	seen := make(map[int]bool, len(ranking))
	order := make([]int, 0, len(ranking))
	for _, item := range ranking {
		if !seen[item] {
			seen[item] = true
			order = append(order, item)
		}
	}
	return order
}

// KendallW returns Kendall's coefficient of concordance W for the rankings:
// 1 when all agree, 0 when they cancel out.
//
// The items are all that appear in some ranking (n of them); empty rankings
// are left out (m is the number of the others). In a ranking of k items the
// item at position i gets rank i+1, and the n-k items it leaves out share
// the last places, each getting their average rank (k+1+n)/2. With R_j the
// sum of item j's ranks over the rankings,
//
//	S = Σ_j (R_j - m(n+1)/2)²
//	W = 12·S / (m²(n³-n) - m·Σ_rankings Σ_ties (t³-t))
//
// where a ranking's ties are its left-out items (t of them); full rankings
// have no ties and the correction vanishes. KendallW returns 1 when there is
// nothing to disagree about: fewer than two non-empty rankings or fewer than
// two items. The result is clamped to [0, 1] and never NaN.
func KendallW(rankings [][]int) float64 {
	var orders [][]int
	items := map[int]bool{}
	for _, ranking := range rankings {
		order := rankingOrder(ranking)
		if len(order) == 0 {
			continue
		}
		orders = append(orders, order)
		for _, item := range order {
			items[item] = true
		}
	}
	m, n := len(orders), len(items)
	if m < 2 || n < 2 {
		return 1
	}
	sums := make(map[int]float64, n)
	ties := 0.0
	for _, order := range orders {
		k := len(order)
		for i, item := range order {
			sums[item] += float64(i + 1)
		}
		if t := n - k; t > 0 {
			last := float64(k+1+n) / 2
			for item := range items {
				if !slices.Contains(order, item) {
					sums[item] += last
				}
			}
			ties += float64(t*t*t - t)
		}
	}
	mean := float64(m) * float64(n+1) / 2
	s := 0.0
	for _, r := range sums {
		s += (r - mean) * (r - mean)
	}
	fm, fn := float64(m), float64(n)
	denom := fm*fm*(fn*fn*fn-fn) - fm*ties
	if denom <= 0 {
		// Only when every ranking ties all items, which cannot happen with
		// non-empty rankings of n >= 2 items; kept as a guard against NaN.
		return 1
	}
	return min(max(12*s/denom, 0), 1)
}

// TopChoice reports an item that stands "met stip bovenaan": first in a
// strict majority of the non-empty rankings. ok is false when no item is.
func TopChoice(rankings [][]int) (item int, ok bool) {
	firsts := map[int]int{}
	m := 0
	for _, ranking := range rankings {
		if len(ranking) == 0 {
			continue
		}
		m++
		firsts[ranking[0]]++
	}
	for it, f := range firsts {
		if 2*f > m {
			return it, true
		}
	}
	return 0, false
}
