package server

import (
	"strings"
	"testing"

	"kring/server/internal/sshtest"
)

// The program draws for the window the client asked for from its first
// frame: what a screen leaves behind is erased by the next one. Before,
// the renderer learnt the size only at the first resize, so the join
// form stayed visible under a short board until then.
func TestE2ENextScreenErasesTheLast(t *testing.T) {
	ts := startServer(t, t.TempDir())
	facKey, key := sshtest.NewKey(t), sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--template wereldcafe") // a board with short lines
	c := ts.connect(t, code, key)
	fillJoinForm(c, "Anna", "leerkracht")
	screen := c.WaitFor("Zo werkt het wereldcafé", wait)
	for _, left := range []string{"Hoe mogen de anderen je noemen", "Je functie", "bijv. leerkracht"} {
		if strings.Contains(screen, left) {
			t.Errorf("the board still shows the join form's %q:\n%s", left, screen)
		}
	}
	c.Type("?")
	c.WaitFor("Toetsen", wait)
	c.Type("\x1b")
	screen = c.WaitUntil("help closed", wait, func(s string) bool { return !strings.Contains(s, "Toetsen") })
	if strings.Contains(screen, "nieuw briefje in deze kolom") {
		t.Errorf("the board still shows the help page:\n%s", screen)
	}
}
