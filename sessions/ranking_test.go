package sessions

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestBordaFullRankings(t *testing.T) {
	// Three groups rank four themes (k = 4: 3, 2, 1, 0 points).
	//   10: 3 + 3 + 2 = 8   first twice
	//   20: 2 + 1 + 3 = 6   first once
	//   30: 1 + 2 + 0 = 3
	//   40: 0 + 0 + 1 = 1
	got := Borda([][]int{{10, 20, 30, 40}, {10, 30, 20, 40}, {20, 10, 40, 30}})
	want := []BordaResult{
		{Item: 10, Points: 8, Rank: 1, Firsts: 2},
		{Item: 20, Points: 6, Rank: 2, Firsts: 1},
		{Item: 30, Points: 3, Rank: 3, Firsts: 0},
		{Item: 40, Points: 1, Rank: 4, Firsts: 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Borda = %v, want %v", got, want)
	}
}

func TestBordaTies(t *testing.T) {
	// Two opposite rankings: every item gets 2 points; 1 and 3 are each
	// first once and come before 2, all share rank 1.
	got := Borda([][]int{{1, 2, 3}, {3, 2, 1}})
	want := []BordaResult{
		{Item: 1, Points: 2, Rank: 1, Firsts: 1},
		{Item: 3, Points: 2, Rank: 1, Firsts: 1},
		{Item: 2, Points: 2, Rank: 1, Firsts: 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Borda = %v, want %v", got, want)
	}
	// 1, 1, 3 ranks: a and b tie on top, c and d tie below.
	got = Borda([][]int{{1, 2, 3, 4}, {2, 1, 4, 3}})
	ranks := []int{}
	for _, r := range got {
		ranks = append(ranks, r.Rank)
	}
	if !slices.Equal(ranks, []int{1, 1, 3, 3}) {
		t.Errorf("ranks %v (%v), want [1 1 3 3]", ranks, got)
	}
}

func TestBordaPartialRankings(t *testing.T) {
	// A short ranking gives fewer points: {7, 8} gives 1 and 0, and 9
	// gets nothing from it.
	got := Borda([][]int{{7, 8, 9}, {7, 8}, {9}})
	want := []BordaResult{
		{Item: 7, Points: 3, Rank: 1, Firsts: 2}, // 2 + 1
		{Item: 8, Points: 1, Rank: 2, Firsts: 0}, // 1 + 0
		{Item: 9, Points: 0, Rank: 3, Firsts: 1}, // 0 + 0 + 0
	}
	if !slices.Equal(got, want) {
		t.Errorf("Borda = %v, want %v", got, want)
	}
	// A repeated item counts once, at its first place.
	if got := Borda([][]int{{5, 6, 5}}); !slices.Equal(got, []BordaResult{{5, 1, 1, 1}, {6, 0, 2, 0}}) {
		t.Errorf("Borda with a repeat = %v", got)
	}
	if got := Borda(nil); got != nil {
		t.Errorf("Borda(nil) = %v", got)
	}
	if got := Borda([][]int{{}, {}}); got != nil {
		t.Errorf("Borda of empty rankings = %v", got)
	}
}

func rankingClose(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestKendallWKnownCases(t *testing.T) {
	cases := []struct {
		name     string
		rankings [][]int
		want     float64
	}{
		{"identical", [][]int{{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}}, 1},
		{"reversed pair", [][]int{{1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}}, 0},
		// Three judges, four items A=1 B=2 C=3 D=4:
		//   judge 1: A B C D → ranks A1 B2 C3 D4
		//   judge 2: A C B D → ranks A1 C2 B3 D4
		//   judge 3: B A D C → ranks B1 A2 D3 C4
		// Rank sums: A 4, B 6, C 9, D 11; mean m(n+1)/2 = 7.5.
		// S = 3.5² + 1.5² + 1.5² + 3.5² = 29.
		// W = 12·29 / (3²·(4³-4)) = 348/540 = 29/45.
		{"textbook 3x4", [][]int{{1, 2, 3, 4}, {1, 3, 2, 4}, {2, 1, 4, 3}}, 29.0 / 45},
		// Partial: ranking 2 names only A, so B and C share ranks 2 and 3
		// (2.5 each, one tie of t=2: t³-t = 6).
		//   sums: A 1+1 = 2, B 2+2.5 = 4.5, C 3+2.5 = 5.5; mean 2·4/2 = 4.
		//   S = 4 + 0.25 + 2.25 = 6.5
		//   W = 12·6.5 / (2²·(27-3) - 2·6) = 78/84 = 13/14.
		{"partial with ties", [][]int{{1, 2, 3}, {1}}, 13.0 / 14},
		// Two rankings that each leave out a different item:
		//   r1: 1 2 (3 at rank 3), r2: 2 3 (1 at rank 3). No ties of size
		//   > 1, so no correction. Sums: 1→4, 2→3, 3→5; mean 4.
		//   S = 0 + 1 + 1 = 2; W = 12·2 / (4·24) = 0.25.
		{"partial without ties", [][]int{{1, 2}, {2, 3}}, 0.25},
		{"one ranking", [][]int{{3, 1, 2}}, 1},
		{"no rankings", nil, 1},
		{"one item", [][]int{{1}, {1}}, 1},
		{"empty rankings ignored", [][]int{{1, 2, 3}, {}, {1, 2, 3}}, 1},
	}
	for _, c := range cases {
		if got := KendallW(c.rankings); !rankingClose(got, c.want) {
			t.Errorf("%s: KendallW = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestKendallWRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		n := 1 + rng.IntN(8)
		m := rng.IntN(6)
		rankings := make([][]int, m)
		for j := range rankings {
			// A random, sometimes partial, sometimes repeating ranking.
			k := rng.IntN(n + 2)
			for range k {
				rankings[j] = append(rankings[j], rng.IntN(n))
			}
		}
		w := KendallW(rankings)
		if math.IsNaN(w) || w < 0 || w > 1 {
			t.Fatalf("KendallW(%v) = %v", rankings, w)
		}
	}
}

func TestKendallWMatchesFriedmanForm(t *testing.T) {
	// For full rankings W = 12·Σ R_j² / (m²n(n²-1)) - 3(n+1)/(n-1): check
	// the implementation against this algebraically equivalent form.
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		n, m := 2+rng.IntN(7), 2+rng.IntN(5)
		rankings := make([][]int, m)
		sums := make([]float64, n)
		for j := range rankings {
			rankings[j] = rng.Perm(n)
			for pos, item := range rankings[j] {
				sums[item] += float64(pos + 1)
			}
		}
		sq := 0.0
		for _, r := range sums {
			sq += r * r
		}
		fm, fn := float64(m), float64(n)
		want := 12*sq/(fm*fm*fn*(fn*fn-1)) - 3*(fn+1)/(fn-1)
		if got := KendallW(rankings); math.Abs(got-want) > 1e-9 {
			t.Fatalf("KendallW(%v) = %v, want %v", rankings, got, want)
		}
	}
}

func TestTopChoice(t *testing.T) {
	cases := []struct {
		name     string
		rankings [][]int
		item     int
		ok       bool
	}{
		{"unanimous", [][]int{{4, 1}, {4, 2}, {4}}, 4, true},
		{"majority 2 of 3", [][]int{{4, 1}, {1, 4}, {4, 2}}, 4, true},
		{"half is no majority", [][]int{{4, 1}, {1, 4}}, 0, false},
		{"plurality is no majority", [][]int{{1}, {1}, {2}, {3}, {4}}, 0, false},
		{"3 of 5", [][]int{{9}, {9}, {9}, {3}, {4}}, 9, true},
		{"empty rankings do not count", [][]int{{7, 1}, {}, {}}, 7, true},
		{"nothing", nil, 0, false},
	}
	for _, c := range cases {
		item, ok := TopChoice(c.rankings)
		if item != c.item || ok != c.ok {
			t.Errorf("%s: TopChoice = %d, %v; want %d, %v", c.name, item, ok, c.item, c.ok)
		}
	}
}

// In an anonymous card sort done per person, the comparison names no one:
// neither in the View nor in the report.
func TestAnonymousRankingsNameNobody(t *testing.T) {
	tpl, _, err := ParseTemplate("sort.yaml", []byte("name: sort\ntitle: Sorteren\ndescription: x\nactivities: [{kind: rank, title: Wat eerst, anonymous: true, items: [Tijd, Ruimte, Geld]}]"))
	if err != nil {
		t.Fatal(err)
	}
	s := roomOf(t, tpl)
	s, _ = step(t, s, owner, Join{Name: "Fenna"})
	s, _ = step(t, s, alice, Join{Name: "Anna"})
	s, _ = step(t, s, bob, Join{Name: "Bram"})
	items := s.ThemesOf(1)
	s, _ = step(t, s, alice, MoveCard{Item: items[2].ID, Delta: -2})
	s, _ = step(t, s, bob, MoveCard{Item: items[1].ID, Delta: -1})
	s, _ = step(t, s, owner, Compare{Show: true})
	c := ViewFor(&Snapshot{State: s}, alice).Rank.Comparison
	x := NewExport(s, t0, false).Activities[0].Comparison
	for _, cmp := range []*Comparison{c, x} {
		if cmp == nil || len(cmp.Rankings) != 2 {
			t.Fatalf("comparison %+v", cmp)
		}
		for _, r := range cmp.Rankings {
			if r.Name == "Anna" || r.Name == "Bram" || !strings.HasPrefix(r.Name, "rangorde ") {
				t.Errorf("an anonymous ranking is named %q", r.Name)
			}
		}
	}
}

// One ranking agrees with itself: a report compares nothing then.
func TestOneRankingClaimsNoAgreement(t *testing.T) {
	c := &Comparison{Rankings: []NamedRanking{{Name: "Groep 1", Titles: []string{"Tijd", "Geld"}}}, W: 1}
	if c.Compared() {
		t.Error("one ranking counts as compared")
	}
	var b strings.Builder
	writeComparison(&b, c, Dutch, func(k string, a ...any) string { return exportText.T(Dutch, k, a...) })
	if strings.Contains(b.String(), "overeenstemming") {
		t.Errorf("one ranking claims agreement:\n%s", b.String())
	}
}
