package sessions

import "slices"

// ThemeAdded: a theme was added to a cluster activity.
type ThemeAdded struct {
	Theme Theme `json:"theme"`
}

// ThemeRenamed: theme Theme is now called Title.
type ThemeRenamed struct {
	Theme int    `json:"theme"`
	Title string `json:"title"`
}

// ThemeRemoved: theme Theme was removed; its notes belong to no theme.
type ThemeRemoved struct {
	Theme int `json:"theme"`
}

// NoteAssigned: note Note now belongs to theme Theme (0: to none).
type NoteAssigned struct {
	Note  int `json:"note"`
	Theme int `json:"theme"`
}

// Kind implements Payload.
func (ThemeAdded) Kind() EventKind { return EvThemeAdded }

// Kind implements Payload.
func (ThemeRenamed) Kind() EventKind { return EvThemeRenamed }

// Kind implements Payload.
func (ThemeRemoved) Kind() EventKind { return EvThemeRemoved }

// Kind implements Payload.
func (NoteAssigned) Kind() EventKind { return EvAssigned }

func (p ThemeAdded) apply(s State, _ Event) State {
	s.Themes = append(slices.Clip(s.Themes), p.Theme)
	s.NextID = max(s.NextID, p.Theme.ID+1)
	return s
}

func (p ThemeRenamed) apply(s State, _ Event) State {
	s.Themes = update(s.Themes, slices.IndexFunc(s.Themes, func(t Theme) bool { return t.ID == p.Theme }), func(t *Theme) { t.Title = p.Title })
	return s
}

func (p ThemeRemoved) apply(s State, _ Event) State {
	s.Themes = slices.DeleteFunc(slices.Clone(s.Themes), func(t Theme) bool { return t.ID == p.Theme })
	if s.Focus == p.Theme {
		s.Focus = 0
	}
	return s
}

func (p NoteAssigned) apply(s State, _ Event) State {
	s.Themes = assign(s.Themes, p.Note, p.Theme)
	return s
}

// assign returns themes with note in theme (0: in none). A note belongs to
// at most one theme; the theme slices that change are copied.
func assign(themes []Theme, note, theme int) []Theme {
	out := slices.Clone(themes)
	for i := range out {
		has := slices.Contains(out[i].Notes, note)
		switch {
		case out[i].ID == theme && !has:
			out[i].Notes = append(slices.Clip(out[i].Notes), note)
		case out[i].ID != theme && has:
			out[i].Notes = slices.DeleteFunc(slices.Clone(out[i].Notes), func(n int) bool { return n == note })
		}
	}
	return out
}
