package tui

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"kring/sessions"
)

// The promise, checked as a property: for random sessions of every kind
// that holds notes, with every combination of its privacy settings, no
// viewer's View, no rendered screen and no export ever holds the text of a
// note that viewer may not read, the author of an anonymous note, or a
// count that tells anonymous authors apart; and no stored event ties an
// anonymous note to its author.

// propPerson is one participant of a generated session.
type propPerson struct {
	id   sessions.ParticipantID
	name string
}

var propPeople = []propPerson{
	{"key:SHA256:prop-owner", "Fenna"},
	{"key:SHA256:prop-anna", "Annabel"},
	{"anon:prop-bram", "Bramwell"},
	{"key:SHA256:prop-zoe", "Zoëlle"},
	{"anon:prop-ozlem", "Özlemtje"},
}

// propTemplate is an agenda with activity kind and privacy settings.
func propTemplate(t *testing.T, kind string, hidden, anonymous, perGroup, confidential bool) *sessions.Template {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "name: prop\ntitle: Eigenschap\ndescription: Gegenereerd\nactivities:\n")
	if perGroup {
		b.WriteString("  - kind: groups\n    title: Groepen\n    min: 2\n    max: 2\n")
	}
	switch kind {
	case "cafe":
		b.WriteString("  - kind: cafe\n    title: Café\n    columns: [Tafel een, Tafel twee]\n    rounds: 2\n    minutes: 5\n")
	case "quadrant":
		b.WriteString("  - kind: quadrant\n    title: Logboek\n    top: Leuk\n    bottom: Niet leuk\n    left: Makkelijk\n    right: Moeilijk\n")
	default:
		b.WriteString("  - kind: " + kind + "\n    title: Bord\n    columns: [Links, Rechts]\n")
	}
	fmt.Fprintf(&b, "    hidden: %v\n    anonymous: %v\n    confidential: %v\n", hidden, anonymous, confidential)
	if perGroup {
		b.WriteString("    per_group: true\n")
	}
	if kind == "brainstorm" {
		b.WriteString("  - kind: cluster\n    title: Thema's\n    open: true\n  - kind: vote\n    title: Stemmen\n")
	}
	tpl, _, err := sessions.ParseTemplate("prop.yaml", []byte(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return tpl
}

// propSession plays a random session and returns every state it went
// through and every event it stored, with the note texts written (each
// a unique token) and who wrote them.
type propSession struct {
	states  []sessions.State
	events  []sessions.Event
	authors map[string]sessions.ParticipantID // token → author
}

func playSession(t *testing.T, tpl *sessions.Template, rng *rand.Rand, steps int) propSession {
	t.Helper()
	at := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	first, err := sessions.NewRoomFrom(tpl, "K7Q4MX", "Eigenschap", sessions.Dutch, propPeople[0].id, at)
	if err != nil {
		t.Fatal(err)
	}
	first.Seq = 1
	p := propSession{authors: map[string]sessions.ParticipantID{}}
	s := sessions.Apply(sessions.State{}, first)
	p.events = append(p.events, first)
	do := func(actor sessions.ParticipantID, cmd sessions.Command) {
		at = at.Add(time.Duration(1+rng.IntN(90)) * time.Second)
		evs, err := sessions.Decide(s, actor, at, cmd)
		if err != nil {
			return
		}
		for _, e := range evs {
			e.Seq = s.Seq + 1
			s = sessions.Apply(s, e)
			p.events = append(p.events, e)
		}
		p.states = append(p.states, s)
	}
	var ids []sessions.ParticipantID
	for _, pp := range propPeople {
		do(pp.id, sessions.Join{Name: pp.name, RejoinHash: sessions.HashRejoin("ACDE3467")})
		ids = append(ids, pp.id)
	}
	token := 0
	for range steps {
		actor := propPeople[rng.IntN(len(propPeople))].id
		act, _ := s.CurrentActivity()
		cols := s.ColumnsOf(act.ID)
		switch r := rng.IntN(20); {
		case r < 8 && len(cols) > 0:
			token++
			text := fmt.Sprintf("tok%03dq", token)
			before := len(s.Notes)
			do(actor, sessions.AddNote{Column: cols[rng.IntN(len(cols))].ID, Text: text})
			if len(s.Notes) > before {
				p.authors[text] = actor
			}
		case r < 10 && len(s.Notes) > 0:
			n := s.Notes[rng.IntN(len(s.Notes))]
			if len(cols) > 0 {
				do(actor, sessions.MoveNote{Note: n.ID, Column: cols[rng.IntN(len(cols))].ID})
			}
		case r < 11 && len(s.Notes) > 0:
			do(actor, sessions.DeleteNote{Note: s.Notes[rng.IntN(len(s.Notes))].ID})
		case r < 12:
			do(ids[0], sessions.Reveal{Activity: act.ID})
		case r < 14:
			do(ids[0], sessions.Step{Delta: 1 - 2*rng.IntN(3)/2})
		case r < 15:
			do(ids[0], sessions.FormGroups{Present: ids[1:], Seed: rng.Uint64()})
			do(ids[0], sessions.SetHost{Table: rng.IntN(2), Participant: ids[1+rng.IntN(len(ids)-1)]})
			do(ids[0], sessions.StartCafe{Present: ids[1:], Seed: rng.Uint64()})
		case r < 16:
			do(ids[0], sessions.NextCafeRound{Present: ids[1:], Seed: rng.Uint64()})
		case r < 17:
			do(actor, sessions.AddTheme{Title: fmt.Sprintf("Thema %d", rng.IntN(3))})
		case r < 19 && len(s.Notes) > 0:
			if themes := s.ThemesOf(act.ID); len(themes) > 0 {
				do(actor, sessions.Assign{Note: s.Notes[rng.IntN(len(s.Notes))].ID, Theme: themes[rng.IntN(len(themes))].ID})
			}
		default:
			do(actor, sessions.CastVote{Item: 1 + rng.IntN(s.NextID+1)})
		}
	}
	return p
}

// readable is the oracle, written apart from the policy: may viewer read
// note n, written by author, in state s on their current screen?
func readable(s sessions.State, viewer sessions.ParticipantID, author sessions.ParticipantID, n sessions.Note) bool {
	c, _ := s.Column(n.Column)
	a, _ := s.Activity(c.Activity)
	if a.Hidden && !a.Revealed && author != viewer {
		return false
	}
	cur, _ := s.CurrentActivity()
	if a.PerGroup && cur.ID == a.ID && !s.IsFacilitator(viewer) && author != viewer {
		if g := groupOfViewer(s, a, viewer); g != 0 && n.Group != g {
			return false // another group's board
		}
	}
	return true
}

// groupOfViewer is viewer's group for a, from the nearest groups activity
// before it that formed groups.
func groupOfViewer(s sessions.State, a sessions.Activity, viewer sessions.ParticipantID) int {
	for i := len(s.Agenda) - 1; i >= 0; i-- {
		if s.Agenda[i].ID == a.ID {
			for j := i; j >= 0; j-- {
				if s.Agenda[j].Kind != sessions.KindGroups {
					continue
				}
				for _, g := range s.GroupsOf(s.Agenda[j].ID) {
					for _, m := range g.Members {
						if m == viewer {
							return g.ID
						}
					}
				}
			}
		}
	}
	return 0
}

func TestPrivacyProperty(t *testing.T) {
	seeds := 12
	if testing.Short() {
		seeds = 6
	}
	r := lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii))
	st := NewStyles(r, true, false)
	for _, kind := range []string{"brainstorm", "cafe", "quadrant", "market"} {
		for combo := range 16 {
			hidden, anonymous, perGroup, confidential := combo&1 != 0, combo&2 != 0, combo&4 != 0, combo&8 != 0
			if kind == "cafe" && perGroup {
				continue
			}
			name := fmt.Sprintf("%s/hidden=%v,anonymous=%v,per_group=%v,confidential=%v", kind, hidden, anonymous, perGroup, confidential)
			t.Run(name, func(t *testing.T) {
				tpl := propTemplate(t, kind, hidden, anonymous, perGroup, confidential)
				for seed := range seeds / 4 {
					rng := rand.New(rand.NewPCG(uint64(combo), uint64(seed)))
					p := playSession(t, tpl, rng, 60)
					checkStored(t, p)
					for i, s := range p.states {
						if i%7 != 0 && i != len(p.states)-1 {
							continue // every seventh state, and the last
						}
						checkState(t, st, p, s)
					}
				}
			})
		}
	}
}

// checkStored: no stored event on a note of an anonymous activity names
// anyone.
func checkStored(t *testing.T, p propSession) {
	t.Helper()
	final := p.states[len(p.states)-1]
	for _, e := range p.events {
		if !strings.HasPrefix(string(e.Kind()), "note_") {
			continue
		}
		anonymous := false
		for _, a := range final.Agenda {
			if a.Anonymous {
				anonymous = true
			}
		}
		if !anonymous {
			continue
		}
		raw, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		for _, pp := range propPeople {
			if strings.Contains(string(raw), string(pp.id)) {
				t.Fatalf("a stored note event names %s: %s", pp.name, raw)
			}
		}
	}
}

func checkState(t *testing.T, st *Styles, p propSession, s sessions.State) {
	t.Helper()
	snap := &sessions.Snapshot{State: s}
	for _, viewer := range propPeople {
		v := sessions.ViewFor(snap, viewer.id)
		raw, _ := json.Marshal(v)
		m := New(Config{ID: viewer.id, Styles: st, Width: 80, Height: 24, Now: func() time.Time { return s.Created }})
		m.screen = screenBoard
		m.setSnapshot(snap)
		screen := ansi.Strip(m.View())
		for _, other := range propPeople {
			if other.id != viewer.id && !v.Facilitator && strings.Contains(string(raw), string(other.id)) {
				t.Fatalf("%s's View holds %s's ID", viewer.name, other.name)
			}
		}
		for _, n := range s.Notes {
			author := p.authors[n.Text]
			if author == "" {
				continue
			}
			a := activityOf(s, n)
			if !readable(s, viewer.id, author, n) {
				if strings.Contains(string(raw), n.Text) {
					t.Fatalf("%s's View holds note %q they may not read", viewer.name, n.Text)
				}
				if strings.Contains(screen, n.Text) {
					t.Fatalf("%s's screen shows note %q they may not read:\n%s", viewer.name, n.Text, screen)
				}
			}
			if a.Anonymous {
				checkAnonymousView(t, v, viewer, screen, n)
			}
		}
	}
	for _, withConfidential := range []bool{false, true} {
		x := sessions.NewExport(s, s.Created, withConfidential)
		var md, js strings.Builder
		_ = x.WriteMarkdown(&md)
		_ = x.WriteJSON(&js)
		for _, n := range s.Notes {
			author := p.authors[n.Text]
			if author == "" {
				continue
			}
			a := activityOf(s, n)
			if a.Hidden && !a.Revealed && (strings.Contains(md.String(), n.Text) || strings.Contains(js.String(), n.Text)) {
				t.Fatalf("an export holds the unrevealed note %q", n.Text)
			}
			if a.Confidential && !withConfidential && (strings.Contains(md.String(), n.Text) || strings.Contains(js.String(), n.Text)) {
				t.Fatalf("an export without confidential activities holds %q", n.Text)
			}
		}
		checkAnonymousExport(t, s, x)
	}
}

func activityOf(s sessions.State, n sessions.Note) sessions.Activity {
	c, _ := s.Column(n.Column)
	a, _ := s.Activity(c.Activity)
	return a
}

// checkAnonymousView: no author on an anonymous note, no count per
// person, no people behind a theme, on the View and on the screen.
func checkAnonymousView(t *testing.T, v sessions.View, viewer propPerson, screen string, n sessions.Note) {
	t.Helper()
	for _, c := range v.Columns {
		for _, nv := range c.Notes {
			if nv.ID == n.ID && nv.Author != "" {
				t.Fatalf("%s sees the author %q of anonymous note %q", viewer.name, nv.Author, n.Text)
			}
		}
	}
	if v.Activity.Anonymous {
		for _, pv := range v.People {
			if pv.Notes != 0 {
				t.Fatalf("%s sees %d notes counted for %s in an anonymous activity", viewer.name, pv.Notes, pv.Name)
			}
		}
	}
	gathered := [][]sessions.NoteView{v.Ungrouped}
	for _, th := range v.Themes {
		if th.People != 0 {
			t.Fatalf("%s sees %d people behind theme %q of anonymous notes", viewer.name, th.People, th.Title)
		}
		gathered = append(gathered, th.Notes)
	}
	if v.Vote != nil {
		for _, it := range v.Vote.Items {
			gathered = append(gathered, it.Notes)
		}
	}
	for _, notes := range gathered {
		for _, nv := range notes {
			if nv.ID == n.ID && nv.Author != "" {
				t.Fatalf("%s sees the author %q of anonymous note %q in a theme or vote", viewer.name, nv.Author, n.Text)
			}
		}
	}
	for _, pp := range propPeople {
		// A note's author line, inside its box: "│ — Anna".
		if strings.Contains(screen, "│ — "+pp.name) || strings.Contains(screen, "┃ — "+pp.name) || strings.Contains(screen, "| - "+pp.name) {
			t.Fatalf("%s's screen names %s as an author in an anonymous activity:\n%s", viewer.name, pp.name, screen)
		}
	}
}

// checkAnonymousExport: the notes of an anonymous activity have no author
// and no time, in text order; their themes count no people.
func checkAnonymousExport(t *testing.T, s sessions.State, x sessions.Export) {
	t.Helper()
	for _, xa := range x.Activities {
		if !xa.Anonymous {
			continue
		}
		for _, c := range xa.Columns {
			for i, n := range c.Notes {
				if n.Author != "" || n.Function != "" || !n.Created.IsZero() {
					t.Fatalf("an export shows author or time of anonymous note %q: %+v", n.Text, n)
				}
				if i > 0 && strings.ToLower(c.Notes[i-1].Text) > strings.ToLower(n.Text) {
					t.Fatalf("anonymous notes are exported in an order that is not their text's: %q before %q", c.Notes[i-1].Text, n.Text)
				}
			}
		}
	}
	for _, xa := range x.Activities {
		for _, th := range xa.Themes {
			if th.People == nil {
				continue
			}
			for _, n := range th.Notes {
				if n.Author == "" {
					t.Fatalf("theme %q counts people behind anonymous notes", th.Title)
				}
			}
		}
	}
}
