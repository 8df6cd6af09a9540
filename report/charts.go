package report

import "kring/sessions"

// barChart is a closed vote: a bar per item, longest for the most votes.
type barChart struct {
	Caption string
	Rows    []bar
	// Without lists the items nobody voted for: a bar of nothing each
	// would only push the chart over pages.
	Without []string
}

type bar struct {
	Rank  int
	Title string
	Votes string
	// Width is the bar's share of the longest, 0 to 100.
	Width float64
}

func (p *page) votes(a sessions.ExportActivity, people int) *barChart {
	c := &barChart{Caption: p.T("voted", a.Voters, people)}
	if a.Voters == 1 {
		c.Caption = p.T("voted_one", people)
	}
	most := 0
	for _, r := range a.Results {
		most = max(most, r.Votes)
	}
	for _, r := range a.Results {
		if r.Votes == 0 {
			c.Without = append(c.Without, r.Title)
			continue
		}
		b := bar{Rank: r.Rank, Title: r.Title, Votes: p.T("votes", r.Votes)}
		if most > 0 {
			b.Width = 100 * float64(r.Votes) / float64(most)
		}
		c.Rows = append(c.Rows, b)
	}
	return c
}

// strip is a continuum's distribution: a column per step, as high as the
// number of people who stand there.
type strip struct {
	Left, Right string
	Steps       []step
	Marks       int
	// HasNames: the scale is not anonymous and names who stands where.
	HasNames bool
}

type step struct {
	N, Count int
	// X, Y and H place the column in the chart's 0 0 220 80 box.
	X, Y, H float64
	Names   []string
}

// stripHeight is the height of the tallest column.
const stripHeight = 50.0

func newStrip(x *sessions.ExportScale) *strip {
	st := &strip{Left: x.Left, Right: x.Right}
	most := 0
	for _, n := range x.Counts {
		most = max(most, n)
		st.Marks += n
	}
	for i, n := range x.Counts {
		s := step{N: i, Count: n, X: float64(i) * 20}
		if most > 0 {
			s.H = stripHeight * float64(n) / float64(most)
		}
		s.Y = 10 + stripHeight - s.H
		if x.Names != nil {
			s.Names, st.HasNames = x.Names[i], true
		}
		st.Steps = append(st.Steps, s)
	}
	return st
}

// quadrant is four boxes between two axes, with the average share of
// time per box.
type quadrant struct {
	Top, Bottom, Left, Right string
	Boxes                    []box
	Shares                   string
}

type box struct {
	sessions.ExportColumn
	Share string
}

func (p *page) quadrant(a sessions.ExportActivity) *quadrant {
	q := &quadrant{Top: a.Axes[0], Bottom: a.Axes[1], Left: a.Axes[2], Right: a.Axes[3]}
	if a.Shares != nil {
		q.Shares = p.T("shares", a.SharesGiven)
	}
	for i, c := range a.Columns {
		b := box{ExportColumn: c}
		if a.Shares != nil {
			b.Share = sessions.Decimal(p.lang, float64(a.Shares[i]), 0) + "%"
		}
		q.Boxes = append(q.Boxes, b)
	}
	return q
}

// rankTable sets every ranking side by side with the combined order.
type rankTable struct {
	Heads     []string
	Rows      [][]string
	Agreement string
	Top       string
}

func (p *page) rank(c *sessions.Comparison) *rankTable {
	if len(c.Rankings) == 0 {
		return &rankTable{}
	}
	rt := &rankTable{}
	if c.Compared() {
		rt.Agreement = p.T("agreement", sessions.Agreement(p.lang, c.W))
	}
	if c.Top != "" {
		rt.Top = p.T("top", c.Top)
	}
	for _, r := range c.Rankings {
		rt.Heads = append(rt.Heads, r.Name)
	}
	rt.Heads = append(rt.Heads, p.T("combined"))
	for i, agg := range c.Aggregate {
		row := []string{}
		for _, r := range c.Rankings {
			cell := ""
			if i < len(r.Titles) {
				cell = r.Titles[i]
			}
			row = append(row, cell)
		}
		rt.Rows = append(rt.Rows, append(row, agg.Title+" ("+p.T("points", agg.Points)+")"))
	}
	return rt
}
