package sessions

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"strings"
	"testing"
	"time"
)

// Fuzz targets for what enters the domain from outside: template files,
// a room's log as read back from the store, codes people type, and text
// that ends up in a Markdown report. FuzzClean is in sanitize_test.go and
// FuzzNames in names_test.go. Interesting inputs are kept as files under
// testdata/fuzz, so that plain `go test` runs them too.

func FuzzTemplate(f *testing.F) {
	files, _ := fs.Glob(builtinFS, "templates/*.yaml")
	for _, name := range files {
		data, _ := fs.ReadFile(builtinFS, name)
		f.Add(data)
	}
	for _, s := range []string{
		"name: a\ntitle: \"x\\e[2J\"\ndescription: {nl: \"\\u202Ey\", en: z}\nactivities: [{kind: info, title: x, text: \"a\\e]52;c;aGVsbG8=\\ab\"}]",
		"name: q\ntitle: x\ndescription: y\nactivities: [{kind: quadrant, title: x, left: \"\\e[1ml\", right: r, top: t, bottom: b}]",
		"name: r\ntitle: x\ndescription: y\nactivities: [{kind: rank, title: x, items: [\"\\x9b31m\", b]}]",
		"a: &a [*a]", "{{{", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, warns, err := ParseTemplate("fuzz.yaml", data)
		if tpl == nil {
			if err == nil {
				t.Fatal("no template and no error")
			}
			return
		}
		if err != nil {
			t.Fatalf("a template and an error: %v", err)
		}
		for _, w := range warns {
			if w.File != "fuzz.yaml" || w.Field == "" || w.Reason == "" {
				t.Fatalf("warning %+v lacks file, field or reason", w)
			}
		}
		for _, field := range tpl.texts() {
			for l, s := range *field.text {
				if Clean(s, field.multiline) != s {
					t.Fatalf("%s.%s = %q is not clean", field.path, l, s)
				}
				if RuneLen(s) > field.max {
					t.Fatalf("%s.%s is %d runes, more than %d", field.path, l, RuneLen(s), field.max)
				}
			}
		}
		for _, l := range Langs {
			e, err := NewRoomFrom(tpl, testCode, "", l, owner, t0)
			if err != nil {
				t.Fatalf("NewRoomFrom in %s: %v", l, err)
			}
			e.Seq = 1
			s := Apply(State{}, e)
			_ = NewExport(s, t0, true).WriteMarkdown(io.Discard)
		}
	})
}

// seedLog is the log of a session that goes through a template's whole
// agenda: people join, add, cluster and vote on notes, and agree actions.
func seedLog(tb testing.TB) []Event {
	ts, _ := LoadTemplates("")
	e, err := NewRoomFrom(ts["leren-loont-het-langst-fase-3"], testCode, "", Dutch, owner, t0)
	if err != nil {
		tb.Fatal(err)
	}
	e.Seq = 1
	log := []Event{e}
	s := Apply(State{}, e)
	do := func(actor ParticipantID, cmd Command) {
		evs, err := Decide(s, actor, t0, cmd)
		if err != nil {
			return // the seed is as rich as the rules allow
		}
		for i := range evs {
			evs[i].Seq = s.Seq + 1
			s = Apply(s, evs[i])
		}
		log = append(log, evs...)
	}
	do(owner, Join{Name: "Fenna", Function: "IB'er"})
	do(alice, Join{Name: "Anna"})
	do(bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	do(owner, Step{Delta: 1})
	for _, c := range s.ColumnsOf(s.currentID()) {
		do(alice, AddNote{Column: c.ID, Text: "Meer tijd\n  - voor overleg"})
		do(bob, AddNote{Column: c.ID, Text: "# Wie plant?"})
	}
	do(owner, Reveal{Activity: s.currentID()})
	do(owner, Step{Delta: 1})
	do(owner, AddTheme{Title: "Tijd"})
	for _, n := range s.Notes {
		for _, th := range s.Themes {
			do(owner, Assign{Note: n.ID, Theme: th.ID})
		}
	}
	do(owner, Step{Delta: 1})
	for _, th := range s.Themes {
		do(alice, CastVote{Item: th.ID})
	}
	do(owner, CloseVote{})
	do(owner, Step{Delta: 1})
	do(owner, AddAction{Item: ActionItem{What: "Rooster aanpassen", Owner: "Anna"}})
	do(alice, ChooseLang{Lang: English})
	do(owner, Grant{Participant: alice})
	return log
}

func FuzzReplay(f *testing.F) {
	log := seedLog(f)
	whole, err := json.Marshal(log)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(whole)
	for i := range log {
		one, _ := json.Marshal(log[:i+1])
		f.Add(one)
	}
	for _, s := range []string{
		"[]", "null", `[{"kind":"note_added"}]`, `[{"kind":"note_moved","id":3,"column":{"id":99}}]`,
		`[{"kind":"room_created","room":{"code":"K7Q4MX"}},{"kind":"groups_formed","groups":[{}]}]`,
		`[{"kind":"timer","timer":{}},{"kind":"turn","id":-1}]`, `[{"kind":"activity_changed","id":-5}]`,
		`[{"v":2,"kind":"note_moved","data":{"note":3,"column":99}}]`, `[{"v":2,"kind":"turn","data":{"activity":-1,"turn":-1}}]`,
		`[{"kind":"room_created","room":{"code":"K7Q4MX"}},{"v":2,"kind":"groups_formed","data":{"activity":0,"groups":[{}]}}]`,
		`[{"v":2,"kind":"note_added","data":null},{"v":2,"kind":"from_the_future","data":{}},{"v":3}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var events []Event
		if json.Unmarshal(data, &events) != nil {
			return
		}
		renderAll(Replay(events))
	})
}

func FuzzCodes(f *testing.F) {
	for _, s := range []string{
		"K7Q4MX", "k7q-4mx", "K7Q 4MX", "ACDE-3467", "acde_3467", "", "------", "K7Q4M", "K7Q4MXX",
		"O0O0O0", "ıııııı", "ſſſſſſ", "ｋ７ｑ４ｍｘ", "K7Q4M\u0301X", "\xff\xfe\xfd\xfc\xfb\xfa",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name  string
			parse func(string) (string, bool)
			n     int
		}{{"ParseCode", ParseCode, CodeLen}, {"ParseRejoinCode", ParseRejoinCode, RejoinLen}} {
			code, ok := c.parse(s)
			if !ok {
				if code != "" {
					t.Fatalf("%s(%q) = %q, false: want no code", c.name, s, code)
				}
				continue
			}
			if len(code) != c.n || strings.Trim(code, codeAlphabet) != "" {
				t.Fatalf("%s(%q) = %q: not %d characters of the alphabet", c.name, s, code, c.n)
			}
			for _, again := range []string{code, FormatCode(code), strings.ToLower(code)} {
				if got, ok := c.parse(again); !ok || got != code {
					t.Fatalf("%s(%q) = %q, %v: want %q", c.name, again, got, ok, code)
				}
			}
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# kop", "regel\n  - genest", "regel\n    code", "a\n\t- b", "x\n  1. y", "x\n > y", "x\n  ```",
		"x\n  | a |", "x\n  ---", "x\n===", "1) punt", "- - -", "x\n \u00a0- y", "[a]: http://b", "<div>",
		"x\n  * * *", "x\n  +", "x\n  123456789. y", "x\n  ~~~",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Notes, prompts and texts are stored as Clean made them.
		text := Clean(s, true)
		checkNoteMarkdown(t, text)
		for i, l := range strings.Split(mdBlock(text, "> "), "\n") {
			if rest, ok := strings.CutPrefix(l, "> "); !ok || mdStructure(rest) != "" {
				t.Fatalf("mdBlock(%q): line %d %q starts %q", text, i, l, mdStructure(rest))
			}
		}
		for i, l := range strings.Split(mdProse(text), "\n") {
			rest, _ := strings.CutPrefix(l, "- ")
			if st := mdStructure(rest); st != "" {
				t.Fatalf("mdProse(%q): line %d %q starts a %s", text, i, l, st)
			}
		}
		line := Clean(s, false)
		if st := mdStructure(mdLine(line)); st != "" {
			t.Fatalf("mdLine(%q) = %q starts a %s", line, mdLine(line), st)
		}
		if strings.ContainsAny(mdLine(line), "\n\r") {
			t.Fatalf("mdLine(%q) has a line break", line)
		}
	})
}

// FuzzDecideReplay runs a program of commands, read from the fuzzer's
// bytes, against a room made from one of the built-in templates: no
// command from anyone in any state may panic, every screen and export of
// the result must render, and the log, written as the store writes it
// and read back, must replay to the same room.
func FuzzDecideReplay(f *testing.F) {
	f.Add([]byte{0})
	f.Add([]byte{3, 0, 0, 0, 0, 1, 1, 0, 2, 2, 9, 0, 1, 1, 1, 3, 1, 2, 10, 0, 1, 9, 0, 1, 18, 0, 0, 21, 3, 1})
	f.Add(bytes.Repeat([]byte{5, 0, 1, 9, 0, 1, 1, 1, 1, 1, 2, 1, 23, 1, 3, 25, 0, 0, 26, 0, 0, 27, 0, 1}, 4))
	f.Add([]byte{7, 0, 0, 0, 0, 1, 1, 0, 2, 2, 9, 0, 1, 9, 0, 1, 31, 0, 0, 32, 1, 0, 33, 2, 4, 34, 0, 2})
	ts, _ := LoadTemplates("")
	templates := ts.Sorted()
	f.Fuzz(func(t *testing.T, program []byte) {
		if len(program) == 0 || len(program) > 600 {
			return
		}
		e, err := NewRoomFrom(templates[int(program[0])%len(templates)], testCode, "", Dutch, owner, t0)
		if err != nil {
			t.Fatal(err)
		}
		e.Seq = 1
		log := []Event{e}
		s := Apply(State{}, e)
		for i := 1; i+2 < len(program); i += 3 {
			at := t0.Add(time.Duration(i) * time.Second)
			actor := fuzzActors[int(program[i+1])%len(fuzzActors)]
			evs, err := Decide(s, actor, at, fuzzCommand(program[i], program[i+1], program[i+2]))
			if err != nil {
				if !errors.As(err, new(*Refusal)) {
					t.Fatalf("refusal %v is not a *Refusal", err)
				}
				continue
			}
			for j := range evs {
				evs[j].Seq = s.Seq + 1
				s = Apply(s, evs[j])
			}
			log = append(log, evs...)
		}
		renderAll(s)
		data, err := json.Marshal(log)
		if err != nil {
			t.Fatal(err)
		}
		var back []Event
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if live, replayed := mustJSON(t, s), mustJSON(t, Replay(back)); live != replayed {
			t.Fatalf("replay differs from the live room:\nlive     %s\nreplayed %s", live, replayed)
		}
	})
}

var fuzzActors = []ParticipantID{owner, alice, bob, carol, stranger}

var fuzzTexts = []string{
	"idee", "Anna", "ANNA", "An\u200Bna", "  - lijst\n    code", "\x1b[2J\x1b]52;c;aGVsbG8=\x07", "# kop", "",
	strings.Repeat("x", MaxNoteLen+1), "Zoë", "\u202Erechts", "👩‍💻",
}

// fuzzCommand makes a command of kind op (one for every command there
// is) with its arguments from a and b.
func fuzzCommand(op, a, b byte) Command {
	n := int(b % 24)
	text := fuzzTexts[int(a^b)%len(fuzzTexts)]
	who := fuzzActors[int(b)%len(fuzzActors)]
	present := fuzzActors[:1+int(a)%len(fuzzActors)]
	delta := int(int8(b)) % 3
	ops := []TimerOp{TimerSet, TimerStart, TimerPause, TimerReset, TimerAdd, TimerCloseAtEnd, TimerKeepOpen, "x"}
	commands := []Command{
		Join{Name: text, Function: fuzzTexts[n%len(fuzzTexts)], RejoinHash: "h"},
		AddNote{Column: n, Text: text},
		EditNote{Note: n, Text: text},
		MoveNote{Note: n, Column: int(a % 24)},
		DeleteNote{Note: n},
		AddColumn{Title: text},
		RenameColumn{Column: n, Title: text},
		RemoveColumn{Column: n},
		GoTo{Activity: n % 8},
		Step{Delta: delta},
		Reveal{Activity: n % 8},
		LockColumn{Column: n, Locked: a&1 == 1},
		LockInput{Locked: b&1 == 1},
		SetFocus{ID: n},
		TimerCmd{Op: ops[int(a)%len(ops)], D: time.Duration(int8(b)) * time.Minute},
		Grant{Participant: who},
		Revoke{Participant: who},
		SetConfidential{Activity: n % 8, Confidential: a&1 == 1},
		AddTheme{Title: text},
		RenameTheme{Theme: n, Title: text},
		RemoveTheme{Theme: n},
		Assign{Note: n, Theme: int(a % 24)},
		MergeThemes{From: n, Into: int(a % 24)},
		CastVote{Item: n},
		RetractVote{Item: n},
		CloseVote{Reopen: a&1 == 1},
		StartRound{Present: present, Shuffle: b&1 == 1, Seed: uint64(b)},
		NextTurn{Delta: delta},
		AddAction{Item: ActionItem{What: text, Owner: fuzzTexts[n%len(fuzzTexts)]}},
		EditAction{Action: n, Item: ActionItem{What: text}},
		DeleteAction{Action: n},
		SetHost{Table: n, Participant: who},
		StartCafe{Present: present, Seed: uint64(b)},
		NextCafeRound{Present: present, Seed: uint64(b)},
		ConfigureCafe{Rounds: int(int8(a)) % 8, Minutes: int(int8(b))},
		FormGroups{Present: present, Seed: uint64(b)},
		MoveMember{Participant: who, Group: int(int8(a)) % 6},
		MoveCard{Item: n, Delta: delta},
		Compare{Show: a&1 == 1},
		PlaceMark{Value: int(int8(b)) % 14},
		SetShares{Pct: [4]int{int(int8(a)), int(b), 100 - int(b), 0}},
		ChooseLang{Lang: []Lang{Dutch, English, "de"}[int(b)%3]},
	}
	return commands[int(op)%len(commands)]
}

// renderAll draws s as every kind of viewer sees it and exports it.
func renderAll(s State) {
	snap := &Snapshot{State: s, Online: map[ParticipantID]int{}}
	viewers := []ParticipantID{stranger}
	for _, p := range s.Participants {
		viewers = append(viewers, p.ID)
		snap.Online[p.ID] = 1
	}
	viewers = append(viewers, s.Facilitators...)
	for _, v := range viewers {
		_ = ViewFor(snap, v)
	}
	_ = ParticipationIn(snap)
	for _, confidential := range []bool{false, true} {
		x := NewExport(s, t0, confidential)
		_ = x.WriteMarkdown(io.Discard)
		_ = x.WriteJSON(io.Discard)
	}
}
