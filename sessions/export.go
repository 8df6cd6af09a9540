package sessions

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// Export is the readable record of a room, the data model behind every
// export format. It holds no identities, keys or rejoin codes.
type Export struct {
	Code         string         `json:"code"`
	Title        string         `json:"title"`
	Lang         Lang           `json:"lang"`
	Created      time.Time      `json:"created"`
	Exported     time.Time      `json:"exported"`
	Participants []ExportPerson `json:"participants"`
	Columns      []ExportColumn `json:"columns"`
}

// ExportPerson is a participant in an export.
type ExportPerson struct {
	Name        string `json:"name"`
	Function    string `json:"function,omitempty"`
	Facilitator bool   `json:"facilitator,omitempty"`
}

// ExportColumn is a column with its notes in an export.
type ExportColumn struct {
	Title string       `json:"title"`
	Notes []ExportNote `json:"notes"`
}

// ExportNote is a note in an export.
type ExportNote struct {
	Text     string    `json:"text"`
	Author   string    `json:"author,omitempty"`
	Function string    `json:"function,omitempty"`
	Created  time.Time `json:"created"`
}

// NewExport builds the export of s at time at.
func NewExport(s State, at time.Time) Export {
	x := Export{Code: s.Code, Title: s.Title, Lang: s.Lang, Created: s.Created, Exported: at}
	people := map[ParticipantID]Participant{}
	for _, p := range s.Participants {
		people[p.ID] = p
		x.Participants = append(x.Participants, ExportPerson{Name: p.Name, Function: p.Function, Facilitator: s.IsFacilitator(p.ID)})
	}
	for _, c := range s.Columns {
		col := ExportColumn{Title: c.Title, Notes: []ExportNote{}}
		for _, n := range s.NotesIn(c.ID) {
			p := people[n.Author]
			col.Notes = append(col.Notes, ExportNote{Text: n.Text, Author: p.Name, Function: p.Function, Created: n.Created})
		}
		x.Columns = append(x.Columns, col)
	}
	if x.Participants == nil {
		x.Participants = []ExportPerson{}
	}
	return x
}

// WriteJSON writes x as indented JSON.
func (x Export) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(x); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// WriteMarkdown writes x as a Markdown report in the room's language.
func (x Export) WriteMarkdown(w io.Writer) error {
	t := func(key string, args ...any) string { return exportText.T(x.Lang, key, args...) }
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdInline(x.Title))
	fmt.Fprintf(&b, "%s\n\n", t("md.meta", FormatCode(x.Code), formatDate(x.Lang, x.Created), len(x.Participants)))
	for _, c := range x.Columns {
		fmt.Fprintf(&b, "## %s (%d)\n\n", mdInline(c.Title), len(c.Notes))
		if len(c.Notes) == 0 {
			fmt.Fprintf(&b, "_%s_\n\n", t("md.empty"))
			continue
		}
		for _, n := range c.Notes {
			lines := strings.Split(n.Text, "\n")
			for i, l := range lines {
				lines[i] = mdInline(l)
			}
			text := strings.Join(lines, "  \n  ")
			if n.Author != "" {
				who := n.Author
				if n.Function != "" {
					who += ", " + n.Function
				}
				text += fmt.Sprintf(" — _%s_", mdInline(who))
			}
			fmt.Fprintf(&b, "- %s\n", text)
		}
		b.WriteString("\n")
	}
	if len(x.Participants) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", t("md.participants"))
		for _, p := range x.Participants {
			line := mdInline(p.Name)
			if p.Function != "" {
				line += " (" + mdInline(p.Function) + ")"
			}
			if p.Facilitator {
				line += " — " + t("md.facilitator")
			}
			fmt.Fprintf(&b, "- %s\n", line)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "_%s_\n", t("md.footer", formatDate(x.Lang, x.Exported)))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// mdInline escapes the characters that would turn a participant's text into
// Markdown structure, so the report shows exactly what was typed.
func mdInline(s string) string {
	r := strings.NewReplacer(
		`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
		"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "&", `\&`, "=", `\=`,
	)
	s = r.Replace(s)
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		s = `\` + s
	}
	// "1. " or "1) " at the start would begin a numbered list.
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		s = s[:digits] + `\` + s[digits:]
	}
	return s
}

var months = map[Lang][]string{
	Dutch:   {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

func formatDate(l Lang, t time.Time) string {
	m := months[l]
	if m == nil {
		m = months[Dutch]
	}
	return fmt.Sprintf("%d %s %d", t.Day(), m[t.Month()-1], t.Year())
}

var exportText = Catalog{
	"md.meta":         {Dutch: "Sessie %s · %s · %d deelnemers", English: "Session %s · %s · %d participants"},
	"md.empty":        {Dutch: "Geen briefjes.", English: "No notes."},
	"md.participants": {Dutch: "Deelnemers", English: "Participants"},
	"md.facilitator":  {Dutch: "procesbegeleider", English: "facilitator"},
	"md.footer":       {Dutch: "Geëxporteerd uit kring op %s.", English: "Exported from kring on %s."},
}
