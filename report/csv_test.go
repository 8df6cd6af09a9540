package report_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"kring/report"
	"kring/report/sample"
	"kring/sessions"
)

// readCSV reads a report's CSV back as a spreadsheet would: it checks the
// byte order mark and the line ends, and splits on semicolons.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(b, []byte("\ufeff"))
	if !ok {
		t.Fatal("no UTF-8 byte order mark: Excel would read ë as Ã«")
	}
	if bytes.Count(rest, []byte("\n")) != bytes.Count(rest, []byte("\r\n")) {
		t.Error("a line ends without CR")
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestCSVHasARowPerNoteResultAndAction(t *testing.T) {
	ts, _ := sessions.LoadTemplates("")
	for _, anonymous := range []bool{false, true} {
		s, err := sample.Room(ts["leren-loont-het-langst-fase-3"], sample.Options{Extra: hostile, Anonymous: anonymous})
		if err != nil {
			t.Fatal(err)
		}
		x := sessions.NewExport(s, exportedAt, false)
		var b bytes.Buffer
		if err := report.WriteCSV(&b, x, report.Options{Location: time.UTC}); err != nil {
			t.Fatal(err)
		}
		rows := readCSV(t, b.Bytes())
		head := rows[0]
		if want := []string{"soort", "onderdeel", "kolom of tafel", "thema", "stemmen", "ronde", "groep", "auteur", "functie", "tijd", "tekst", "wie", "looptijd", "resultaat", "verantwoording"}; !slices.Equal(head, want) {
			t.Fatalf("header %v", head)
		}
		col := func(name string) int { return slices.Index(head, name) }
		kinds := map[string]int{}
		var texts []string
		for _, r := range rows[1:] {
			if len(r) != len(head) {
				t.Fatalf("row of %d cells: %v", len(r), r)
			}
			kinds[r[0]]++
			if r[0] == "briefje" {
				texts = append(texts, r[col("tekst")])
				if anonymous && (r[col("auteur")] != "" || r[col("functie")] != "" || r[col("tijd")] != "") {
					t.Errorf("an anonymous note with author or time: %v", r)
				}
				if !anonymous && (r[col("auteur")] == "" || !strings.HasPrefix(r[col("tijd")], "2026-03-12 ")) {
					t.Errorf("a named note without author or time: %v", r)
				}
			}
			for _, cell := range r {
				if cell != "" && strings.ContainsRune("=+-@\t\r\n", rune(cell[0])) {
					t.Errorf("a cell a spreadsheet would run as a formula: %q", cell)
				}
			}
		}
		notes := 0
		for _, a := range x.Activities {
			for _, c := range a.Columns {
				notes += len(c.Notes)
			}
		}
		if kinds["briefje"] != notes || kinds["uitslag"] != len(x.Activities[3].Results) || kinds["actie"] != len(x.Activities[4].Actions) {
			t.Errorf("rows per kind %v; want %d notes, %d results, %d actions", kinds, notes, len(x.Activities[3].Results), len(x.Activities[4].Actions))
		}
		for _, want := range []string{"'=HYPERLINK(\"https://evil.example\";\"klik\")", "'- geen lijst", "regel één\nregel twee", "😀 Zoë's emoji & <ampersand>"} {
			if !slices.Contains(texts, want) {
				t.Errorf("no note %q in %q", want, texts)
			}
		}
	}
}
