package sessions

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Text is a string in both languages. In a template file it is either a
// plain string (the same in both) or a map with the keys nl and en.
type Text map[Lang]string

// In returns the text in lang, falling back to Dutch.
func (t Text) In(lang Lang) string {
	if s := t[lang]; s != "" {
		return s
	}
	return t[Dutch]
}

// UnmarshalYAML accepts a plain string or a {nl, en} map.
func (t *Text) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*t = Text{Dutch: n.Value, English: n.Value}
		return nil
	}
	var m map[string]string
	if err := n.Decode(&m); err != nil {
		return err
	}
	*t = Text{}
	for k, v := range m {
		l, ok := ParseLang(k)
		if !ok || string(l) != k {
			return fmt.Errorf("unknown language %q (use nl and en)", k)
		}
		(*t)[l] = v
	}
	return nil
}

// Template is a named agenda to start a session from.
type Template struct {
	Name         string             `yaml:"name"`
	Title        Text               `yaml:"title"`
	Description  Text               `yaml:"description"`
	Confidential bool               `yaml:"confidential"`
	Activities   []TemplateActivity `yaml:"activities"`
	// File is where the template was read from.
	File string `yaml:"-"`
}

// TemplateActivity is one activity of a template.
type TemplateActivity struct {
	Kind   ActivityKind `yaml:"kind"`
	Title  Text         `yaml:"title"`
	Prompt Text         `yaml:"prompt"`
	// Screen is the part of the instructions that only makes sense on
	// the screen (keys, where to look); reports leave it out.
	Screen Text `yaml:"screen"`
	Text   Text `yaml:"text"`
	// GroundRules appends the ground rules to an info text.
	GroundRules  bool   `yaml:"ground_rules"`
	Confidential bool   `yaml:"confidential"`
	Columns      []Text `yaml:"columns"`
	// LockAfterFirst opens only the first column at the start.
	LockAfterFirst bool `yaml:"lock_after_first"`
	Privacy        `yaml:",inline"`
	Open           bool `yaml:"open"`
	PerGroup       bool `yaml:"per_group"`
	// The kinds' own settings: each kind takes its own and refuses the
	// others'.
	VoteSettings   `yaml:",inline"`
	RoundSettings  `yaml:",inline"`
	CafeSettings   `yaml:",inline"`
	GroupsSettings `yaml:",inline"`
	// Left, Right, Top and Bottom label a scale's ends or a quadrant's
	// axes; Shares asks for time shares in a quadrant.
	Left   Text `yaml:"left"`
	Right  Text `yaml:"right"`
	Top    Text `yaml:"top"`
	Bottom Text `yaml:"bottom"`
	Shares bool `yaml:"shares"`
	// Items are a rank activity's own cards.
	Items []Text `yaml:"items"`
}

// TemplateError says which file and field of a template is wrong and why.
type TemplateError struct {
	File, Field, Reason string
}

func (e *TemplateError) Error() string {
	return fmt.Sprintf("template %s: %s: %s", e.File, e.Field, e.Reason)
}

var templateName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ParseTemplate reads, cleans and checks one template file's content.
// Every text is cleaned as a participant's text is (see Clean); a warning
// names each field cleaning removed something from. A template that does
// not load comes with a *TemplateError.
func ParseTemplate(file string, data []byte) (*Template, []*TemplateWarning, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var t Template
	if err := dec.Decode(&t); err != nil {
		return nil, nil, &TemplateError{File: file, Field: "(file)", Reason: err.Error()}
	}
	t.File = file
	warns, err := t.cleanTexts()
	if err == nil {
		err = t.validate()
	}
	if err != nil {
		return nil, warns, err
	}
	return &t, warns, nil
}

func (t *Template) validate() error {
	bad := func(field, reason string, args ...any) error {
		return &TemplateError{File: t.File, Field: field, Reason: fmt.Sprintf(reason, args...)}
	}
	if !templateName.MatchString(t.Name) {
		return bad("name", "%q is not a name of lower-case letters, digits and dashes", t.Name)
	}
	if t.Title.In(Dutch) == "" {
		return bad("title", "missing")
	}
	if t.Description.In(Dutch) == "" {
		return bad("description", "missing")
	}
	if len(t.Activities) == 0 {
		return bad("activities", "a template needs at least one activity")
	}
	for i, a := range t.Activities {
		field := func(f string) string { return fmt.Sprintf("activities[%d].%s", i, f) }
		if !slices.Contains(Kinds, a.Kind) {
			return bad(field("kind"), "%q is not one of %v", a.Kind, Kinds)
		}
		if a.Title.In(Dutch) == "" {
			return bad(field("title"), "missing")
		}
		rules := a.Kind.rules()
		if rules.check != nil {
			if f, reason := rules.check(a, t.Activities[:i]); f != "" {
				return bad(field(f), "%s", reason)
			}
		}
		if !rules.items && len(a.Items) > 0 {
			return bad(field("items"), "only a rank activity has items")
		}
		if !rules.board && len(a.Columns) > 0 {
			return bad(field("columns"), "only a brainstorm, quadrant, cafe or market has columns")
		}
		for j, c := range a.Columns {
			if c.In(Dutch) == "" {
				return bad(field(fmt.Sprintf("columns[%d]", j)), "a column title needs 1 to %d characters", MaxColumnLen)
			}
		}
		if f := straySetting(a); f != "" {
			return bad(field(f), "a %s activity has no such setting", a.Kind)
		}
		if a.NoteCap < 0 || a.NoteCap > MaxNotes {
			return bad(field("note_cap"), "must be 0 to %d", MaxNotes)
		}
	}
	return nil
}

// translated is t in lang, cleaned, when it differs from mine; "" when
// it does not.
func translated(t Text, mine string, lang Lang) string {
	if v := Clean(t.In(lang), false); v != mine {
		return v
	}
	return ""
}

// straySetting names a setting of template activity ta that belongs to
// another kind than its own; "" when there is none.
func straySetting(ta TemplateActivity) string {
	var a Activity
	if settings := ta.Kind.rules().settings; settings != nil {
		settings(&a, ta, Dutch)
	}
	axes := axesOf(ta, Dutch)
	switch {
	case ta.VoteSettings != a.VoteSettings:
		return "budget/per_item"
	case ta.Shuffle != a.Shuffle:
		return "shuffle"
	case ta.Rounds != a.Rounds || ta.Minutes != a.Minutes:
		return "rounds/minutes"
	case ta.GroupsSettings != a.GroupsSettings:
		return "min/max/mix"
	case axes.Left != a.Left || axes.Right != a.Right:
		return "left/right"
	case axes.Top != a.Top || axes.Bottom != a.Bottom || axes.Shares != a.Shares:
		return "top/bottom/shares"
	}
	return ""
}

// Describe is the one-line description in lang.
func (t *Template) Describe(lang Lang) string { return t.Description.In(lang) }

// NewRoomFrom returns the event that creates a room from template t: the
// agenda with its columns, in the room's language.
func NewRoomFrom(t *Template, code, title string, lang Lang, owner ParticipantID, at time.Time) (Event, error) {
	if strings.TrimSpace(title) == "" {
		title = t.Title.In(lang)
	}
	room, err := startingRoom(code, title, lang, owner, at)
	if err != nil {
		return Event{}, err
	}
	room.Agenda, room.Columns = nil, nil
	next := 1
	for i, ta := range t.Activities {
		a := Activity{
			ID:           i + 1,
			Kind:         ta.Kind,
			Title:        Clean(ta.Title.In(lang), false),
			Prompt:       Clean(ta.Prompt.In(lang), true),
			Screen:       Clean(ta.Screen.In(lang), true),
			Text:         Clean(ta.Text.In(lang), true),
			Confidential: ta.Confidential || t.Confidential,
			Privacy:      ta.Privacy,
			Open:         ta.Open,
			PerGroup:     ta.PerGroup,
		}
		if settings := ta.Kind.rules().settings; settings != nil {
			settings(&a, ta, lang)
		}
		other := otherLang(lang)
		for _, item := range ta.Items {
			th := Theme{ID: next, Activity: a.ID, Title: Clean(item.In(lang), false)}
			th.Other = translated(item, th.Title, other)
			room.Themes = append(room.Themes, th)
			next++
		}
		columns := ta.Columns
		if named := ta.Kind.rules().columns; named != nil {
			columns = named(ta)
		}
		if ta.GroundRules {
			a.Text = strings.TrimSpace(a.Text + "\n\n" + Messages.T(lang, "ground_rules"))
		}
		a.Other = translationOf(a, ta, other, Messages.T(other, "ground_rules"))
		for j, c := range columns {
			col := Column{ID: next, Activity: a.ID, Title: Clean(c.In(lang), false), Locked: ta.LockAfterFirst && j > 0}
			col.Other = translated(c, col.Title, other)
			room.Columns = append(room.Columns, col)
			next++
		}
		room.Agenda = append(room.Agenda, a)
	}
	room.NextID, room.NextActivity = next, len(t.Activities)+1
	return newEvent(at, owner, RoomCreated{Room: room}), nil
}

//go:embed templates/*.yaml
var builtinFS embed.FS

// Templates is a set of templates by name.
type Templates map[string]*Template

// Sorted returns the templates ordered by name.
func (ts Templates) Sorted() []*Template {
	out := make([]*Template, 0, len(ts))
	for _, t := range ts {
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b *Template) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// LoadTemplates returns the built-in templates, overlaid with those in dir
// when dir is not empty. A broken file is reported in errs as a
// *TemplateError and skipped; the others still load. A file whose texts
// had to be cleaned loads cleaned and is reported in errs with a
// *TemplateWarning per field.
func LoadTemplates(dir string) (Templates, []error) {
	ts := Templates{}
	var errs []error
	load := func(fsys fs.FS, root, shown string) {
		matches, err := fs.Glob(fsys, root+"/*.y*ml")
		if err != nil {
			errs = append(errs, err)
			return
		}
		for _, m := range matches {
			data, err := fs.ReadFile(fsys, m)
			if err != nil {
				errs = append(errs, &TemplateError{File: filepath.Join(shown, filepath.Base(m)), Field: "(file)", Reason: err.Error()})
				continue
			}
			t, warns, err := ParseTemplate(filepath.Join(shown, filepath.Base(m)), data)
			for _, w := range warns {
				errs = append(errs, w)
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			ts[t.Name] = t
		}
	}
	load(builtinFS, "templates", "builtin")
	if dir != "" {
		if _, err := os.Stat(dir); err != nil {
			errs = append(errs, fmt.Errorf("templates directory: %w", err))
		} else {
			load(os.DirFS(dir), ".", dir)
		}
	}
	return ts, errs
}
