package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"kring/sessions"
)

// WriteCSV writes x as a spreadsheet: a row per note (with its column or
// café table, themes, votes, round, group, and author and time unless the
// activity is anonymous), a row per item of a closed vote and a row per
// action, told apart by the first column.
//
// The file opens as columns in Excel with Dutch settings and in
// LibreOffice: fields are separated by semicolons (Dutch Excel reads a
// comma as the decimal sign and puts a comma-separated file in one
// column), the text is UTF-8 behind a byte order mark (without it, Excel
// reads ë as Ã«), and lines end in CRLF. A cell that a spreadsheet would
// take for a formula (it starts with = + - @, a tab or a line break) gets
// a leading apostrophe, so a note can never run as one.
func WriteCSV(w io.Writer, x sessions.Export, o Options) error {
	p := newPage(x, o)
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = ';', true
	row := func(cells ...string) {
		for i, c := range cells {
			cells[i] = safeCell(c)
		}
		_ = cw.Write(cells) // the error stays in cw; see Flush below
	}
	head := make([]string, len(csvColumns))
	for i, k := range csvColumns {
		head[i] = p.T("csv." + k)
	}
	row(head...)
	for i, a := range x.Activities {
		activity := strings.TrimSpace(sessions.AgendaNumber(i+1, a.Title) + " " + a.Title)
		for _, c := range a.Columns {
			for _, n := range c.Notes {
				row(p.T("csv.note"), activity, c.Title, strings.Join(n.Themes, "; "), count(n.Votes), count(n.Round), count(n.Group),
					n.Author, n.Function, p.Stamp(n), n.Text, "", "", "", "")
			}
		}
		for _, r := range a.Results {
			row(p.T("csv.outcome"), activity, "", "", strconv.Itoa(r.Votes), "", "", "", "", "", r.Title, "", "", "", "")
		}
		for _, act := range a.Actions {
			row(p.T("csv.action"), activity, "", act.Theme, "", "", "", "", "", "", act.What, act.Owner, act.Until, act.Result, act.Account)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvColumns are the columns of the CSV, as keys of text ("csv." + key).
var csvColumns = []string{"kind", "activity", "column", "theme", "votes", "round", "group", "author", "function", "time", "text", "owner", "until", "result", "account"}

// count is n as a cell, empty for 0.
func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// safeCell keeps a spreadsheet from reading s as a formula: a cell that
// starts with = + - @, a tab or a line break gets a leading apostrophe,
// which Excel and LibreOffice show as text and do not display.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r\n", rune(s[0])) {
		return "'" + s
	}
	return s
}
