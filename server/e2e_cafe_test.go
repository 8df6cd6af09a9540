package server

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
)

// TestE2EWorldCafe runs a world café over real SSH connections: nine
// participants, three tables with a host each, three rounds, ending in an
// export with all three tables' boards.
func TestE2EWorldCafe(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	facKey := sshtest.NewKey(t)
	code := ts.newRoom(t, facKey, "--template wereldcafe --title Wereldcafe")

	f := ts.connect(t, code, facKey)
	fillJoinForm(f, "Fleur", "procesbegeleider")
	f.WaitFor("1/3 Zo werkt", wait)

	people := make([]*sshtest.Term, 9)
	for i := range people {
		c := ts.connect(t, code, sshtest.NewKey(t))
		fillJoinForm(c, fmt.Sprintf("Deelnemer %d", i+1), "")
		c.WaitFor("1/3 Zo werkt", wait)
		people[i] = c
	}

	// Three tables: remove the fourth, then choose a host for each.
	f.Type("]")
	f.WaitFor("Het wereldcafé begint zo", wait)
	f.Type("lll") // from the first table to the fourth
	f.Type("x")
	f.WaitFor("verwijderen", wait)
	f.Type("j")
	f.WaitFor("Kolom verwijderd", wait)
	// After the removal the selection is back on the first table.
	for table := 0; table < 3; table++ {
		if table > 0 {
			f.Type("l")
		}
		f.Type("H")
		f.WaitFor("Wie is gastheer of gastvrouw van tafel", wait)
		f.Type(strings.Repeat("j", table+1) + "\r") // skip "(geen…)"; Fleur, who leads, is not offered
		f.WaitFor(fmt.Sprintf("— Deelnemer %d", table+1), wait)
	}
	f.Type("G")

	re := regexp.MustCompile(`tafel (\d) `)
	visits := map[int]map[int]bool{}
	for round := 1; round <= 3; round++ {
		for i, c := range people {
			screen := c.WaitFor(fmt.Sprintf("Ronde %d van 3", round), wait)
			m := re.FindStringSubmatch(screen)
			if m == nil {
				t.Fatalf("round %d: participant %d is not told where to go:\n%s", round, i+1, screen)
			}
			table, _ := strconv.Atoi(m[1])
			if i < 3 {
				if table != i+1 || !strings.Contains(screen, "jij blijft gastheer/gastvrouw") {
					t.Errorf("round %d: host %d at table %d:\n%s", round, i+1, table, screen)
				}
			} else {
				if visits[i] == nil {
					visits[i] = map[int]bool{}
				}
				if visits[i][table] {
					t.Errorf("round %d: participant %d back at table %d", round, i+1, table)
				}
				visits[i][table] = true
			}
			c.Type("n")
			c.WaitFor("Nieuw briefje in", wait)
			c.Type(fmt.Sprintf("R%d-D%d\r", round, i+1))
			c.WaitUntil("note on the table", wait, func(s string) bool {
				return strings.Contains(s, fmt.Sprintf("R%d-D%d", round, i+1)) && !strings.Contains(s, "Nieuw briefje in")
			})
		}
		f.Type("N")
	}
	for _, c := range people {
		c.WaitFor("De oogst", wait)
	}

	md := ts.export(t, facKey, code, "md")
	for table := 1; table <= 3; table++ {
		if !strings.Contains(md, fmt.Sprintf("### Tafel %d", table)) {
			t.Errorf("export lacks table %d:\n%s", table, md)
		}
	}
	for round := 1; round <= 3; round++ {
		for i := 1; i <= 9; i++ {
			if !strings.Contains(md, fmt.Sprintf("R%d-D%d", round, i)) || !strings.Contains(md, fmt.Sprintf("(ronde %d)", round)) {
				t.Errorf("export lacks the note of participant %d in round %d", i, round)
			}
		}
	}
}
