package sessions

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

var exportedAt = time.Date(2025, time.October, 2, 16, 0, 0, 0, time.UTC)

// exportBoard is board with an empty third column and a tricky note.
func exportBoard(t *testing.T, lang Lang) State {
	t.Helper()
	s := newState(t, lang)
	s, _ = step(t, s, owner, Join{Name: "Fenna", Function: "IB'er"})
	s, _ = step(t, s, alice, Join{Name: "Anna", Function: "leerkracht"})
	s, _ = step(t, s, bob, Join{Name: "Bram", RejoinHash: bobRejoin})
	s, _ = step(t, s, alice, AddNote{Column: 1, Text: "Meer tijd voor overleg"})
	s, _ = step(t, s, bob, AddNote{Column: 2, Text: "Wie plant de groepsbespreking?"})
	s, _ = step(t, s, owner, AddNote{Column: 1, Text: "Één ïdee 👩‍🏫"})
	s, _ = step(t, s, owner, AddColumn{Title: "Acties"})
	return s
}

func TestExportHoldsNoIdentities(t *testing.T) {
	s := exportBoard(t, Dutch)
	var buf bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{buf.String(), md.String()} {
		for _, secret := range []string{"key:", "anon:", string(owner), string(alice), string(bob), "fingerprint", bobRejoin, "rejoin"} {
			if strings.Contains(out, secret) {
				t.Errorf("export contains %q:\n%s", secret, out)
			}
		}
	}
	// The JSON is the export and nothing else.
	var back Export
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("export JSON does not decode: %v", err)
	}
	if want := NewExport(s, exportedAt, false); !reflect.DeepEqual(back, want) {
		t.Errorf("JSON roundtrip:\ngot  %+v\nwant %+v", back, want)
	}
}

func TestNewExport(t *testing.T) {
	s := exportBoard(t, English)
	x := NewExport(s, exportedAt, false)
	if x.Code != testCode || x.Title != "Studiedag" || x.Lang != English || !x.Created.Equal(t0) || !x.Exported.Equal(exportedAt) {
		t.Errorf("header = %+v", x)
	}
	wantPeople := []ExportPerson{{"Fenna", "IB'er", true}, {"Anna", "leerkracht", false}, {"Bram", "", false}}
	if !reflect.DeepEqual(x.Participants, wantPeople) {
		t.Errorf("participants = %+v", x.Participants)
	}
	wantCols := []ExportColumn{
		{Title: "Ideas", Notes: []ExportNote{
			{Text: "Meer tijd voor overleg", Author: "Anna", Function: "leerkracht", Created: t0},
			{Text: "Één ïdee 👩‍🏫", Author: "Fenna", Function: "IB'er", Created: t0},
		}},
		{Title: "Questions", Notes: []ExportNote{{Text: "Wie plant de groepsbespreking?", Author: "Bram", Created: t0}}},
		{Title: "Acties", Notes: []ExportNote{}},
	}
	if !reflect.DeepEqual(x.Activities[0].Columns, wantCols) {
		t.Errorf("columns:\ngot  %+v\nwant %+v", x.Activities[0].Columns, wantCols)
	}
}

func TestExportEmptyRoomHasEmptyLists(t *testing.T) {
	var buf bytes.Buffer
	if err := NewExport(newState(t, Dutch), exportedAt, false).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "null") {
		t.Errorf("empty export has null lists:\n%s", out)
	}
}

func TestExportMarkdown(t *testing.T) {
	cases := []struct {
		lang Lang
		want []string
		not  []string
	}{
		{Dutch, []string{
			"# Studiedag\n",
			"Sessie K7Q-4MX · 14 maart 2025 · 3 deelnemers",
			"## Ideeën (2)\n",
			"- Meer tijd voor overleg — _Anna, leerkracht_\n",
			"- Één ïdee 👩‍🏫 — _Fenna, IB'er_\n",
			"## Vragen (1)\n",
			"- Wie plant de groepsbespreking? — _Bram_\n",
			"## Acties (0)\n\n_Geen briefjes._\n",
			"## Deelnemers\n",
			"- Fenna (IB'er) — procesbegeleider\n",
			"- Anna (leerkracht)\n",
			"- Bram\n",
			"_Geëxporteerd uit kring op 2 oktober 2025._\n",
		}, []string{"Ideas", "Participants", "Exported", "March", "facilitator"}},
		{English, []string{
			"# Studiedag\n",
			"Session K7Q-4MX · 14 March 2025 · 3 participants",
			"## Ideas (2)\n",
			"## Questions (1)\n",
			"## Acties (0)\n\n_No notes._\n",
			"## Participants\n",
			"- Fenna (IB'er) — facilitator\n",
			"_Exported from kring on 2 October 2025._\n",
		}, []string{"Ideeën", "Deelnemers", "Geëxporteerd", "maart", "procesbegeleider", "Sessie"}},
	}
	for _, tc := range cases {
		t.Run(string(tc.lang), func(t *testing.T) {
			var buf bytes.Buffer
			if err := NewExport(exportBoard(t, tc.lang), exportedAt, false).WriteMarkdown(&buf); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.HasPrefix(out, "# Studiedag\n") {
				t.Errorf("markdown does not start with the title:\n%s", out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("markdown lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("markdown in %s has %q:\n%s", tc.lang, w, out)
				}
			}
			// Columns appear in board order.
			cols := NewExport(exportBoard(t, tc.lang), exportedAt, false).Activities[0].Columns
			last := -1
			for _, c := range cols {
				i := strings.Index(out, "## "+c.Title+" (")
				if i <= last {
					t.Errorf("column %q out of order at %d (previous at %d)", c.Title, i, last)
				}
				last = i
			}
		})
	}
}

func TestExportMarkdownEscapes(t *testing.T) {
	cases := []struct {
		text string
		want string // the list item as written
	}{
		{"# kop", `- \# kop — _Anna_`},
		{"## kop", `- \## kop — _Anna_`},
		{"[link](x)", `- \[link](x) — _Anna_`},
		{"![img](x)", `- !\[img](x) — _Anna_`},
		{"*vet* en _schuin_", `- \*vet\* en \_schuin\_ — _Anna_`},
		{"`code`", "- \\`code\\` — _Anna_"},
		{"<b>html</b>", `- \<b>html\</b> — _Anna_`},
		{"> citaat", `- \> citaat — _Anna_`},
		{"- lijst", `- \- lijst — _Anna_`},
		{"+ lijst", `- \+ lijst — _Anna_`},
		{"a | b", `- a | b — _Anna_`},
		{"a - b & c = d, -5 #1", `- a - b & c = d, -5 #1 — _Anna_`},
		{`C:\pad`, `- C:\pad — _Anna_`},
		{"regel\n# kop\n- item", "- regel  \n  \\# kop  \n  \\- item — _Anna_"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			out := annasNoteMarkdown(t, tc.text)
			if !strings.Contains(out, "\n"+tc.want+"\n") {
				t.Errorf("markdown lacks\n%s\nin\n%s", tc.want, out)
			}
			// The only headings are the report's own.
			var heads []string
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(strings.TrimLeft(l, " "), "#") {
					heads = append(heads, l)
				}
			}
			want := []string{"# Studiedag", "## Ideeën (1)", "## Vragen (0)", "## Deelnemers"}
			if !reflect.DeepEqual(heads, want) {
				t.Errorf("headings = %q, want %q", heads, want)
			}
		})
	}
}

func TestExportMarkdownEscapesNamesAndTitles(t *testing.T) {
	e, err := NewRoom(testCode, "# Studiedag [2025]", Dutch, owner, t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Seq = 1
	s := Apply(State{}, e)
	s, _ = step(t, s, owner, Join{Name: "*Fenna*", Function: "IB_er"})
	s, _ = step(t, s, owner, RenameColumn{Column: 1, Title: "## Ideeën"})
	s, _ = step(t, s, owner, AddNote{Column: 1, Text: "x"})
	var buf bytes.Buffer
	if err := NewExport(s, exportedAt, false).WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, w := range []string{
		"# # Studiedag \\[2025]\n",
		"## ## Ideeën (1)\n",
		"- x — _\\*Fenna\\*, IB_er_\n",
		"- \\*Fenna\\* (IB_er) — procesbegeleider\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("markdown lacks %q:\n%s", w, out)
		}
	}
}

func TestMarkdownEscapesListsAndHeadings(t *testing.T) {
	for in, want := range map[string]string{
		"1. eerste":      `1\. eerste`,
		"12) punt":       `12\) punt`,
		"===":            `\===`,
		"---":            `\---`,
		"- - -":          `\- - -`,
		"~~weg~~":        `\~\~weg\~\~`,
		"&amp;":          `\&amp;`,
		":--|--":         `\:--|--`,
		"## kop":         `\## kop`,
		"2026":           "2026",
		"-5 graden":      "-5 graden",
		"#hashtag":       "#hashtag",
		"3 * 4 = 12":     "3 * 4 = 12",
		"snake_case":     "snake_case",
		"Tom & Jerry":    "Tom & Jerry",
		"a < b > c":      "a < b > c",
		"ja/nee: 50-50%": "ja/nee: 50-50%",
	} {
		if got := mdLine(in); got != want {
			t.Errorf("mdLine(%q) = %q, want %q", in, got, want)
		}
	}
}
