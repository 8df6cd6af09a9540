package sessions

import "slices"

// MaxCarriedThemes bounds the themes a new room takes from an earlier one.
const MaxCarriedThemes = 40

// CarriedThemes are the titles of the themes of s's clusters that a new
// room may take, in agenda order: the themes of confidential activities
// stay behind, and a title is taken once.
func CarriedThemes(s State) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range s.Agenda {
		if !a.Kind.rules().themes || a.Confidential {
			continue
		}
		for _, th := range s.ThemesOf(a.ID) {
			if k := NameKey(th.Title); !seen[k] && len(out) < MaxCarriedThemes {
				seen[k] = true
				out = append(out, th.Title)
			}
		}
	}
	return out
}

// WithThemes returns a copy of t whose first cluster starts with themes,
// as phase 4 of a study day takes the themes phase 3 found. It refuses
// with ErrNoClusterInTemplate when t has no cluster, and ErrNoThemes when
// themes is empty.
func (t *Template) WithThemes(themes []string) (*Template, error) {
	if len(themes) == 0 {
		return nil, ErrNoThemes
	}
	i := slices.IndexFunc(t.Activities, func(a TemplateActivity) bool { return a.Kind.rules().themes })
	if i < 0 {
		return nil, ErrNoClusterInTemplate
	}
	out := *t
	out.Activities = slices.Clone(t.Activities)
	items := slices.Clone(out.Activities[i].Items)
	for _, title := range themes {
		title = Clean(title, false)
		items = append(items, Text{Dutch: title, English: title})
	}
	out.Activities[i].Items = items
	return &out, nil
}
