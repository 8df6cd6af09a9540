package tui

import (
	"strings"
	"testing"

	"kring/sessions"
)

// A facilitator's board shows, next to the join command, the line that
// prepares a first-time participant for ssh's host-key question, with the
// whole fingerprint, in both languages, at 80×24.
func TestFacilitatorSeesFirstTimeHelp(t *testing.T) {
	hub, room := internalRoom(t)
	const fp = "SHA256:0gBBQpUlau8dpk9cCwDa4I73zH1pe8p3j1Moga+LMjg"
	for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
		if err := room.Do(t.Context(), "key:owner", sessions.ChooseLang{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		m := screenModel(t, hub, room, "key:owner", screenBoard, 80, 24)
		m.cfg.JoinCommand = func(code string) string { return "ssh -p 2222 " + sessions.FormatCode(code) + "@kring.school.nl" }
		m.cfg.HostKey = fp
		m.refresh()
		flat := strings.Join(strings.Fields(m.View()), " ")
		want := map[sessions.Lang]string{sessions.Dutch: "Eerste keer? Je computer vraagt of je deze server vertrouwt: controleer " + fp + " en typ yes", sessions.English: "First time? Your computer asks whether you trust this server: check " + fp + " and type yes"}[lang]
		if !strings.Contains(flat, want) {
			t.Errorf("%s: the first-time line is missing or cut:\n%s", lang, m.View())
		}
		p := screenModel(t, hub, room, "key:p1", screenBoard, 80, 24)
		p.cfg.HostKey = fp
		if strings.Contains(p.View(), fp) {
			t.Errorf("a participant's board shows the fingerprint line meant for the facilitator")
		}
	}
}

// The projector layout shows the room how to join, and the whole
// fingerprint to check, at every width from 80 columns.
func TestProjectorShowsTheJoinLine(t *testing.T) {
	hub, room := internalRoom(t)
	const fp = "SHA256:Rm4JfZiCngZ0kL35aKEooKHgtdPLV1xE1Lq3mT9nB0c"
	for _, w := range []int{80, 110, 120} {
		m := screenModel(t, hub, room, "key:owner", screenBoard, w, 30)
		m.cfg.JoinCommand = func(code string) string { return "ssh -p 2222 " + sessions.FormatCode(code) + "@kring.school.nl" }
		m.cfg.HostKey = fp
		m.board.projector = true
		view := m.View()
		if !strings.Contains(view, "@kring.school.nl") || !strings.Contains(view, fp) {
			t.Errorf("%d columns: the projector lacks the join line or the whole fingerprint:\n%s", w, view)
		}
	}
}
