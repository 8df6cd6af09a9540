package report

import (
	"slices"
	"strings"
	"time"

	"kring/sessions"
)

// page is what the HTML template draws: the export, arranged for reading,
// with the report's own words in its language.
type page struct {
	lang     sessions.Lang
	loc      *time.Location
	Title    string
	Meta     string
	Dates    string
	People   []sessions.ExportPerson
	Sections []section
	LeftOut  string
	Footer   string
}

// section is one activity of the agenda.
type section struct {
	// Number is "3." before the title, unless the title carries its
	// own number.
	Number  string
	A       sessions.ExportActivity
	When    string
	Notices []string
	Prompt  []block
	Text    []block
	// Boards are the activity's columns, unless a quadrant or café shows
	// them in its own way.
	Boards   []sessions.ExportColumn
	Vote     *barChart
	Scale    *strip
	Quadrant *quadrant
	Cafe     []table
	Seating  *seating
	Groups   []group
	Rank     *rankTable
}

// block is a paragraph (lines) or a list (items) of a text.
type block struct {
	Lines []string
	Items []string
}

type group struct {
	Name    string
	Members []string
}

// T is the report's word for key in the report's language.
func (p *page) T(key string, args ...any) string { return text.T(p.lang, key, args...) }

// Clock is t as a time of day in the report's time zone.
func (p *page) Clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(p.loc).Format("15:04")
}

// Stamp is when note n was written, as a spreadsheet reads a date and
// time; empty when the export holds no time (an anonymous note).
func (p *page) Stamp(n sessions.ExportNote) string {
	if n.Created.IsZero() {
		return ""
	}
	return n.Created.In(p.loc).Format("2006-01-02 15:04")
}

// NoteMeta is the small line under a note: who, when, round, group,
// themes and votes, as far as the export holds them.
func (p *page) NoteMeta(n sessions.ExportNote) string {
	var parts []string
	if n.Author != "" {
		who := n.Author
		if n.Function != "" {
			who += ", " + n.Function
		}
		parts = append(parts, who)
	}
	if !n.Created.IsZero() {
		parts = append(parts, p.Clock(n.Created))
	}
	if n.Group > 0 {
		parts = append(parts, p.T("group_of_note", n.Group))
	}
	parts = append(parts, n.Themes...)
	if n.Votes > 0 {
		parts = append(parts, p.T("votes_of_note", n.Votes))
	}
	return strings.Join(parts, " · ")
}

func newPage(x sessions.Export, o Options) *page {
	p := &page{lang: o.lang(x), loc: o.loc(), Title: x.Title, People: x.Participants}
	p.Meta = p.T("meta", sessions.FormatCode(x.Code), len(x.Participants))
	p.Dates = p.dates(x)
	for i, a := range x.Activities {
		p.Sections = append(p.Sections, p.section(i+1, a, len(x.Participants)))
	}
	if x.LeftOut > 0 {
		p.LeftOut = p.T("left_out", x.LeftOut)
	}
	p.Footer = p.T("footer", sessions.FormatDate(p.lang, x.Exported.In(p.loc)))
	return p
}

// dates lists the days the session met on: the days its activities
// started, or the day it was made if none did.
func (p *page) dates(x sessions.Export) string {
	var days []string
	for _, a := range x.Activities {
		if a.Started.IsZero() {
			continue
		}
		if d := sessions.FormatDate(p.lang, a.Started.In(p.loc)); !slices.Contains(days, d) {
			days = append(days, d)
		}
	}
	if len(days) == 0 {
		days = append(days, sessions.FormatDate(p.lang, x.Created.In(p.loc)))
	}
	return strings.Join(days, " · ")
}

func (p *page) section(n int, a sessions.ExportActivity, people int) section {
	s := section{Number: sessions.AgendaNumber(n, a.Title), A: a, Prompt: blocks(a.Prompt), Text: blocks(a.Text), Boards: a.Columns}
	switch {
	case a.Started.IsZero():
		s.When = p.T("not_started")
	case a.Took() > 0:
		s.When = p.T("started", p.Clock(a.Started)) + " · " + p.T("took", p.duration(a.Took()))
	default:
		s.When = p.T("started", p.Clock(a.Started))
	}
	if a.Confidential {
		s.Notices = append(s.Notices, p.T("confidential"))
	}
	if a.Anonymous && (len(a.Columns) > 0 || a.Scale != nil) {
		s.Notices = append(s.Notices, p.T("anonymous"))
	}
	if a.Unrevealed > 0 {
		s.Notices = append(s.Notices, p.T("unrevealed", a.Unrevealed))
	}
	if a.VoteOpen {
		s.Notices = append(s.Notices, p.T("vote_open"))
	}
	if a.Kind == sessions.KindVote && !a.VoteOpen {
		s.Vote = p.votes(a, people)
	}
	if a.Scale != nil {
		s.Scale = newStrip(a.Scale)
	}
	if len(a.Axes) == 4 && len(a.Columns) == 4 {
		s.Quadrant, s.Boards = p.quadrant(a), nil
	}
	if a.Cafe != nil {
		s.Cafe, s.Seating, s.Boards = p.cafe(a), p.seating(a.Cafe), nil
	}
	for i, g := range a.Groups {
		s.Groups = append(s.Groups, group{Name: sessions.GroupName(p.lang, i), Members: g})
	}
	if a.Comparison != nil {
		s.Rank = p.rank(a.Comparison)
	}
	return s
}

// duration is d in minutes, or hours and minutes.
func (p *page) duration(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	if m < 60 {
		return p.T("minutes", max(m, 1))
	}
	return p.T("hours", m/60, m%60)
}

// blocks splits a text into paragraphs at empty lines, and each into runs
// of plain lines and of lines that start with "- ", which are a list.
func blocks(s string) []block {
	var out []block
	for _, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		var b block
		for _, l := range strings.Split(strings.TrimSpace(para), "\n") {
			item, isItem := strings.CutPrefix(l, "- ")
			if (isItem && b.Lines != nil) || (!isItem && b.Items != nil) {
				out, b = append(out, b), block{}
			}
			if isItem {
				b.Items = append(b.Items, item)
			} else if l != "" {
				b.Lines = append(b.Lines, l)
			}
		}
		if b.Lines != nil || b.Items != nil {
			out = append(out, b)
		}
	}
	return out
}
