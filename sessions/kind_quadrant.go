package sessions

// A quadrant is a board of four boxes between two axes (a logbook, a
// SWOT), with an optional share of time per box from each participant.
var quadrantKind = kindRules{
	decide:          decideScale,
	settings:        func(a *Activity, ta TemplateActivity, lang Lang) { a.Axes = axesOf(ta, lang) },
	board:           true,
	takesVoteSource: true,
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if len(a.Columns) != 0 && len(a.Columns) != 4 {
			return "columns", "a quadrant has four boxes (or none: they are named after the axes)"
		}
		if a.Left.In(Dutch) == "" || a.Right.In(Dutch) == "" || a.Top.In(Dutch) == "" || a.Bottom.In(Dutch) == "" {
			return "left/right/top/bottom", "a quadrant needs labels for all four axis ends"
		}
		return "", ""
	},
	columns: func(a TemplateActivity) []Text {
		if len(a.Columns) > 0 {
			return a.Columns
		}
		// The boxes are named after the axes: top-left, top-right,
		// bottom-left, bottom-right.
		var out []Text
		for _, y := range []Text{a.Top, a.Bottom} {
			for _, x := range []Text{a.Left, a.Right} {
				out = append(out, Text{Dutch: y.In(Dutch) + " · " + x.In(Dutch), English: y.In(English) + " · " + x.In(English)})
			}
		}
		return out
	},
	view: quadrantView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		xa.Axes = []string{a.Top, a.Bottom, a.Left, a.Right}
		if avg, n := c.s.AverageShares(a.ID); n > 0 {
			xa.Shares, xa.SharesGiven = &avg, n
		}
		reportBoard(xa, a, c, false)
	},
}

// quadrantView shows the axes, the average shares and the viewer's own.
func quadrantView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	qv := &QuadrantView{Top: act.Top, Bottom: act.Bottom, Left: act.Left, Right: act.Right, Shares: act.Shares}
	qv.Average, qv.Givers = s.AverageShares(act.ID)
	if sh, ok := s.shareOf(viewer, act.ID); ok {
		pct := sh.Pct
		qv.Mine = &pct
	}
	v.Quadrant = qv
}
