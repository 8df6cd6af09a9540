package sessions

import (
	"slices"
	"time"
)

// A cluster groups the notes of the board before it into themes; a theme
// shows how many notes it holds and how many people wrote them (unless
// the notes are anonymous).
var clusterKind = kindRules{
	decide:          decideCluster,
	themes:          true,
	takesVoteSource: true,
	view:            clusterView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		s := c.s
		src := s.sourceOf(a)
		for _, t := range s.ThemeStats(a.ID) {
			xt := ExportTheme{Title: t.Title, Notes: []ExportNote{}}
			if !t.Anonymous {
				xt.People = &t.People
			}
			for _, id := range t.Notes {
				if n, ok := s.Note(id); ok {
					if xn, shown := c.note(n); shown {
						xt.Notes = append(xt.Notes, xn)
					}
				}
			}
			if src.Anonymous {
				orderAnonymous(xt.Notes, exportNoteText)
			}
			xa.Themes = append(xa.Themes, xt)
		}
	},
}

// clusterView shows the themes with the notes the viewer may read, and the notes not
// in any theme yet.
func clusterView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	src := s.sourceOf(act)
	reader := Reader{ID: viewer, Facilitator: v.Facilitator}
	grouped := map[int]bool{}
	for _, t := range s.ThemeStats(act.ID) {
		tv := ThemeView{ID: t.ID, Title: t.Title, People: t.People, Anonymous: t.Anonymous}
		tv.Notes = s.readableNotes(t.Notes, src, reader, names)
		for _, id := range t.Notes {
			grouped[id] = true
		}
		v.Themes = append(v.Themes, tv)
	}
	v.Ungrouped = s.readableNotes(slices.DeleteFunc(s.notesOf(src), func(id int) bool { return grouped[id] }), src, reader, names)
}

// readableNotes are the notes of ids, from the board of activity src,
// that reader may read, as See lets them: without the author where it
// says so, in the order of their text when src is anonymous.
func (s State) readableNotes(ids []int, src Activity, reader Reader, names map[ParticipantID]string) []NoteView {
	var out []NoteView
	for _, id := range ids {
		n, ok := s.Note(id)
		if !ok {
			continue
		}
		if sight := s.See(n, reader); sight.Text {
			out = append(out, NoteView{ID: n.ID, Text: n.Text, Author: nameIf(sight.Author, names, n.Author), Mine: sight.Mine})
		}
	}
	if src.Anonymous {
		orderAnonymous(out, viewText)
	}
	return out
}

// decideCluster decides the commands of a cluster: themes and the notes
// in them.
func decideCluster(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	ev, one := emitter(at, actor)
	a, err := s.currentOf(KindCluster, actor)
	if err != nil {
		return nil, err
	}
	if !s.IsFacilitator(actor) && !a.Open {
		return nil, ErrNotFacilitator
	}
	switch c := cmd.(type) {
	case AddTheme:
		title, err := cleanField(c.Title, MaxTitleLen, true)
		if err != nil {
			return nil, err
		}
		return one(ThemeAdded{Theme: Theme{ID: s.NextID, Activity: a.ID, Title: title}})
	case RenameTheme:
		if !s.themeIn(c.Theme, a.ID) {
			return nil, ErrNoTheme
		}
		title, err := cleanField(c.Title, MaxTitleLen, true)
		if err != nil {
			return nil, err
		}
		return one(ThemeRenamed{Theme: c.Theme, Title: title})
	case RemoveTheme:
		if !s.themeIn(c.Theme, a.ID) {
			return nil, ErrNoTheme
		}
		return one(ThemeRemoved{Theme: c.Theme})
	case Assign:
		if !slices.Contains(s.notesOf(s.sourceOf(a)), c.Note) {
			return nil, ErrNoNote
		}
		if c.Theme != 0 && !s.themeIn(c.Theme, a.ID) {
			return nil, ErrNoTheme
		}
		return one(NoteAssigned{Note: c.Note, Theme: c.Theme})
	case MergeThemes:
		if c.From == c.Into || !s.themeIn(c.From, a.ID) || !s.themeIn(c.Into, a.ID) {
			return nil, ErrNoTheme
		}
		from, _ := s.theme(c.From)
		var out []Event
		for _, n := range from.Notes {
			out = append(out, ev(NoteAssigned{Note: n, Theme: c.Into}))
		}
		return append(out, ev(ThemeRemoved{Theme: c.From})), nil
	}
	return nil, ErrUnknownCommand
}
