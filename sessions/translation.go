package sessions

import "strings"

// Translation is an activity's texts in the room's other language, kept
// from a template that has both, so that a participant who reads the
// other language reads the agenda in it too. Empty fields have no
// translation.
type Translation struct {
	Title  string `json:"title,omitempty"`
	Prompt string `json:"prompt,omitempty"`
	Text   string `json:"text,omitempty"`
	Left   string `json:"left,omitempty"`
	Right  string `json:"right,omitempty"`
	Top    string `json:"top,omitempty"`
	Bottom string `json:"bottom,omitempty"`
}

// otherLang is the language that is not l, of the two kring speaks.
func otherLang(l Lang) Lang {
	if l == English {
		return Dutch
	}
	return English
}

// translationOf is the translation of a, the activity made from template
// activity ta, into lang; nil when the template says nothing different.
// groundRules are the ground rules in lang.
func translationOf(a Activity, ta TemplateActivity, lang Lang, groundRules string) *Translation {
	differs := func(v, mine string) string {
		if v != mine {
			return v
		}
		return ""
	}
	text := Clean(ta.Text.In(lang), true)
	if ta.GroundRules {
		text = strings.TrimSpace(text + "\n\n" + groundRules)
	}
	tr := Translation{
		Title:  differs(Clean(ta.Title.In(lang), false), a.Title),
		Prompt: differs(Clean(ta.Prompt.In(lang), true), a.Prompt),
		Text:   differs(text, a.Text),
	}
	axes := axesOf(ta, lang)
	if a.Left != "" && axes.Left != a.Left {
		tr.Left, tr.Right = axes.Left, axes.Right
	}
	if a.Top != "" && axes.Top != a.Top {
		tr.Top, tr.Bottom = axes.Top, axes.Bottom
	}
	if tr == (Translation{}) {
		return nil
	}
	return &tr
}

// In returns s as read in lang: the agenda's, columns' and themes' texts
// in lang where the template gave them, everything else as it is. It
// copies only what it changes, and returns s itself when lang is the
// room's language.
func (s State) In(lang Lang) State {
	if lang == "" || lang == s.Lang {
		return s
	}
	agenda := make([]Activity, len(s.Agenda))
	for i, a := range s.Agenda {
		if tr := a.Other; tr != nil {
			a.Title = or(tr.Title, a.Title)
			a.Prompt = or(tr.Prompt, a.Prompt)
			a.Text = or(tr.Text, a.Text)
			a.Left, a.Right = or(tr.Left, a.Left), or(tr.Right, a.Right)
			a.Top, a.Bottom = or(tr.Top, a.Top), or(tr.Bottom, a.Bottom)
		}
		agenda[i] = a
	}
	s.Agenda = agenda
	columns := make([]Column, len(s.Columns))
	for i, c := range s.Columns {
		c.Title = or(c.Other, c.Title)
		columns[i] = c
	}
	s.Columns = columns
	themes := make([]Theme, len(s.Themes))
	for i, th := range s.Themes {
		th.Title = or(th.Other, th.Title)
		themes[i] = th
	}
	s.Themes = themes
	return s
}

// or is v, or else def when v is empty.
func or(v, def string) string {
	if v != "" {
		return v
	}
	return def
}
