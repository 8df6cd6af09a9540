package tui

import (
	"strings"
	"testing"

	"kring/sessions"
)

// Every refusal a newcomer can meet in the join form or the lobby is read
// to its end at 80×24: the last words, which say what to do, are on the
// screen.
func TestRefusalsAreReadToTheEnd(t *testing.T) {
	hub, room := internalRoom(t)
	for _, err := range []error{sessions.ErrJoinsTooFast, sessions.ErrAddrFull, sessions.ErrRejoinWait, sessions.ErrNameTaken, sessions.ErrCreatesTooFast, sessions.ErrNotSaved} {
		for _, lang := range []sessions.Lang{sessions.Dutch, sessions.English} {
			for _, s := range []screen{screenJoin, screenLobby} {
				m := screenModel(t, hub, room, "anon:nieuw", s, 80, 24)
				m.lang = lang
				m.setStatus(m.refusal(err), true)
				flat := strings.Join(strings.Fields(m.View()), " ")
				words := strings.Fields(sessions.Messages.T(lang, sessions.RefusalKey(err)))
				last := strings.Join(words[len(words)-3:], " ")
				if !strings.Contains(flat, last) {
					t.Errorf("%s, screen %d: the refusal is cut before %q", lang, s, last)
				}
			}
		}
	}
}
