// Package sample walks a session of a template through its whole agenda
// with a small school team, as a study day goes: people join, write notes,
// the facilitator groups them, everyone votes, ranks, moves between café
// tables and agrees on actions. Tests and the report renderer use it to
// look at reports of filled rooms.
package sample

import (
	"fmt"
	"math/rand/v2"
	"time"

	"kring/sessions"
)

// Options shape a sample session.
type Options struct {
	// Lang is the session's language.
	Lang sessions.Lang
	// Start is when the first activity begins.
	Start time.Time
	// Extra texts are written as notes as well, on every board, by the
	// participants in turn: for tests with untrusted text.
	Extra []string
	// Anonymous makes every activity anonymous.
	Anonymous bool
}

// Person is a member of the sample team.
type Person struct {
	ID             sessions.ParticipantID
	Name, Function string
}

// Team is who takes part: the facilitator first.
var Team = []Person{
	{"key:SHA256:sample-marieke", "Marieke", "procesbegeleider"},
	{"key:SHA256:sample-anna", "Anna", "leerkracht"},
	{"key:SHA256:sample-bram", "Bram", "IB'er"},
	{"anon:sample-zoe", "Zoë", "leerkracht"},
	{"key:SHA256:sample-ozlem", "Özlem", "directeur"},
	{"key:SHA256:sample-daan", "Daan", "leerkracht"},
	{"key:SHA256:sample-fatima", "Fatima", "onderwijsassistent"},
	{"key:SHA256:sample-joost", "Joost", "leerkracht"},
}

// Room walks a session of tpl through its agenda and returns its state.
func Room(tpl *sessions.Template, opt Options) (sessions.State, error) {
	if opt.Start.IsZero() {
		opt.Start = time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	}
	if opt.Lang == "" {
		opt.Lang = sessions.Dutch
	}
	if opt.Anonymous {
		t := *tpl
		t.Activities = append([]sessions.TemplateActivity(nil), tpl.Activities...)
		for i := range t.Activities {
			t.Activities[i].Anonymous = true
		}
		tpl = &t
	}
	w := &walk{at: opt.Start, rng: rand.New(rand.NewPCG(7, 11)), opt: opt}
	first, err := sessions.NewRoomFrom(tpl, "K7Q4MX", "", opt.Lang, Team[0].ID, w.at)
	if err != nil {
		return sessions.State{}, fmt.Errorf("sample room: %w", err)
	}
	first.Seq = 1
	w.s = sessions.Apply(sessions.State{}, first)
	for _, p := range Team {
		cmd := sessions.Join{Name: p.Name, Function: p.Function}
		if p.ID.Keyless() {
			cmd.RejoinHash = sessions.HashRejoin("ACDE3467")
		}
		w.do(p.ID, cmd)
	}
	for i, a := range w.s.Agenda {
		w.at = w.at.Add(minutes[a.Kind] * time.Minute)
		w.do(Team[0].ID, sessions.GoTo{Activity: a.ID})
		w.activity(i, a)
	}
	return w.s, nil
}

// marks are where the team stands on a continuum.
var marks = []int{6, 4, 7, 5, 8, 6, 3, 7}

// minutes is how long the activity before one of this kind took.
var minutes = map[sessions.ActivityKind]time.Duration{
	sessions.KindInfo: 5, sessions.KindBrainstorm: 10, sessions.KindCluster: 20,
	sessions.KindVote: 15, sessions.KindRound: 8, sessions.KindActions: 12,
	sessions.KindScale: 3, sessions.KindQuadrant: 6, sessions.KindCafe: 7,
	sessions.KindMarket: 20, sessions.KindGroups: 4, sessions.KindRank: 5,
}

type walk struct {
	s     sessions.State
	at    time.Time
	rng   *rand.Rand
	opt   Options
	notes int
}

// do decides and applies cmd by actor; a refusal (a command that does not
// fit the activity) changes nothing.
func (w *walk) do(actor sessions.ParticipantID, cmd sessions.Command) {
	w.at = w.at.Add(3 * time.Second)
	evs, err := sessions.Decide(w.s, actor, w.at, cmd)
	if err != nil {
		return
	}
	for _, e := range evs {
		e.Seq = w.s.Seq + 1
		w.s = sessions.Apply(w.s, e)
	}
}

func (w *walk) ids() []sessions.ParticipantID {
	var out []sessions.ParticipantID
	for _, p := range Team {
		out = append(out, p.ID)
	}
	return out
}

// activity fills activity number i, a, as its kind asks.
func (w *walk) activity(i int, a sessions.Activity) {
	lead, ids := Team[0].ID, w.ids()
	switch a.Kind {
	case sessions.KindGroups:
		w.do(lead, sessions.FormGroups{Present: ids, Seed: 1})
	case sessions.KindRound:
		w.do(lead, sessions.StartRound{Present: ids, Shuffle: true, Seed: uint64(i + 1)})
		for range ids {
			w.do(lead, sessions.NextTurn{Delta: 1})
		}
	case sessions.KindCafe:
		for t := range min(2, len(w.s.ColumnsOf(a.ID))) { // two tables have a host
			w.do(lead, sessions.SetHost{Table: t, Participant: Team[1+t].ID})
		}
		w.do(lead, sessions.StartCafe{Present: ids[1:], Seed: 1})
		for round := range a.Rounds {
			w.board(a, round)
			w.do(lead, sessions.NextCafeRound{Present: ids[1:], Seed: 1})
		}
	case sessions.KindScale:
		// Most stand near the middle, leaning a little more each scale.
		for k, p := range Team {
			w.do(p.ID, sessions.PlaceMark{Value: min(marks[k]+i%3, sessions.ScaleSteps)})
		}
	case sessions.KindCluster:
		w.cluster(a)
	case sessions.KindVote:
		w.vote(a)
	case sessions.KindRank:
		w.rank(a)
	case sessions.KindActions:
		for _, act := range actions[w.opt.Lang] {
			w.do(lead, sessions.AddAction{Item: act})
		}
	}
	if a.Kind.HasBoard() && a.Kind != sessions.KindCafe {
		w.board(a, 0)
	}
	if a.Kind == sessions.KindQuadrant && a.Shares {
		for k, p := range Team {
			w.do(p.ID, sessions.SetShares{Pct: [4]int{40 - 5*(k%3), 30, 20, 10 + 5*(k%3)}})
		}
	}
	w.do(lead, sessions.Reveal{Activity: a.ID})
}

// board has everyone write a note in every column they may write in, and
// the extra texts in turn.
func (w *walk) board(a sessions.Activity, round int) {
	cols := w.s.ColumnsOf(a.ID)
	for _, col := range cols {
		if col.Locked { // the facilitator opens it, as the round goes on
			w.do(Team[0].ID, sessions.LockColumn{Column: col.ID, Locked: false})
		}
	}
	pool := texts[w.opt.Lang]
	for k, p := range Team {
		if k == 0 && a.Kind == sessions.KindCafe {
			continue // the facilitator walks around
		}
		for c, col := range cols {
			if (k+c+round)%3 == 2 {
				continue // not everyone writes everywhere
			}
			text := pool[(w.notes+c*7)%len(pool)]
			if a.Kind == sessions.KindMarket {
				text = market[w.opt.Lang][c][(k+round)%len(market[w.opt.Lang][c])]
			}
			w.notes++
			w.do(p.ID, sessions.AddNote{Column: col.ID, Text: text})
		}
	}
	for k, text := range w.opt.Extra {
		for _, col := range cols {
			w.do(Team[k%len(Team)].ID, sessions.AddNote{Column: col.ID, Text: text})
		}
	}
}

// cluster puts the notes of the board before a into themes.
func (w *walk) cluster(a sessions.Activity) {
	lead := Team[0].ID
	for _, title := range themes[w.opt.Lang] {
		w.do(lead, sessions.AddTheme{Title: title})
	}
	ths := w.s.ThemesOf(a.ID)
	if len(ths) == 0 {
		return
	}
	src := sessions.Activity{}
	for _, b := range w.s.Agenda {
		if b.ID == a.ID {
			break
		}
		if b.Kind.HasBoard() {
			src = b
		}
	}
	k := 0
	for _, col := range w.s.ColumnsOf(src.ID) {
		for _, n := range w.s.NotesIn(col.ID) {
			if k%5 != 4 { // some notes stay outside every theme
				w.do(lead, sessions.Assign{Note: n.ID, Theme: ths[k%len(ths)].ID})
			}
			k++
		}
	}
}

// vote has most people spend their votes, the first items most, and
// closes the vote.
func (w *walk) vote(a sessions.Activity) {
	items := w.s.VoteItems(a)
	if len(items) == 0 {
		return
	}
	for k, p := range Team {
		if k == 3 {
			continue // Zoë does not vote
		}
		for v := range a.Budget {
			w.do(p.ID, sessions.CastVote{Item: items[(k+v*v)%min(len(items), 7)]})
		}
	}
	w.do(Team[0].ID, sessions.CloseVote{})
}

// rank has every person (or group) move cards, differently.
func (w *walk) rank(a sessions.Activity) {
	items := w.s.RankItems(a)
	for k, p := range Team {
		for j := range items {
			if w.rng.IntN(3) > 0 {
				w.do(p.ID, sessions.MoveCard{Item: items[(j+k)%len(items)], Delta: -1 - j%2})
			}
		}
	}
	w.do(Team[0].ID, sessions.Compare{Show: true})
}
