package sessions

// Axes label the ends of a scale (Left and Right), or a quadrant's
// horizontal (Left, Right) and vertical (Top, Bottom) axes; Shares asks
// each participant in a quadrant for a share of their time per box.
type Axes struct {
	Left   string `json:"left,omitempty"`
	Right  string `json:"right,omitempty"`
	Top    string `json:"top,omitempty"`
	Bottom string `json:"bottom,omitempty"`
	Shares bool   `json:"shares,omitempty"`
}

// axesOf are the axes of template activity ta in lang.
func axesOf(ta TemplateActivity, lang Lang) Axes {
	return Axes{
		Left: Clean(ta.Left.In(lang), false), Right: Clean(ta.Right.In(lang), false),
		Top: Clean(ta.Top.In(lang), false), Bottom: Clean(ta.Bottom.In(lang), false),
		Shares: ta.Shares,
	}
}

// A scale (continuum) has everyone place a marker between two ends.
var scaleKind = kindRules{
	decide: decideScale,
	settings: func(a *Activity, ta TemplateActivity, lang Lang) {
		axes := axesOf(ta, lang)
		a.Left, a.Right = axes.Left, axes.Right
	},
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if a.Left.In(Dutch) == "" || a.Right.In(Dutch) == "" {
			return "left/right", "a scale needs labels for both ends"
		}
		return "", ""
	},
	view: scaleView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		s := c.s
		xs := &ExportScale{Left: a.Left, Right: a.Right, Counts: s.Distribution(a.ID)}
		if !a.Anonymous {
			xs.Names = make([][]string, ScaleSteps+1)
			for _, m := range s.Marks {
				if m.Activity == a.ID {
					xs.Names[m.Value] = append(xs.Names[m.Value], c.people[m.Who].Name)
				}
			}
		}
		xa.Scale = xs
	},
}

// scaleView shows how many stand where, the viewer's own mark and, unless the
// scale is anonymous, who stands where.
func scaleView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	sv := &ScaleView{Left: act.Left, Right: act.Right, Mine: -1, Counts: s.Distribution(act.ID)}
	if !act.Anonymous {
		sv.Names = make([][]string, ScaleSteps+1)
	}
	for _, mk := range s.Marks {
		if mk.Activity != act.ID {
			continue
		}
		if mk.Who == viewer {
			sv.Mine = mk.Value
		}
		if sv.Names != nil {
			sv.Names[mk.Value] = append(sv.Names[mk.Value], names[mk.Who])
		}
	}
	v.Scale = sv
}
