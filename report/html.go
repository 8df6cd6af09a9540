package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"kring/sessions"
)

//go:embed report.html
var htmlSource string

//go:embed report.css
var cssSource string

// WriteHTML writes x as one self-contained HTML page: styles inline, no
// script, nothing to fetch, for the screen, a phone and A4 paper. Every
// text from the session is escaped by html/template.
func WriteHTML(w io.Writer, x sessions.Export, o Options) error {
	p := newPage(x, o)
	tpl, err := template.New("report").Funcs(template.FuncMap{
		"lang": func() string { return string(p.lang) },
		// The style sheet is kring's own, not anyone's input.
		"css":  func() template.CSS { return template.CSS(cssSource) },
		"t":    p.T,
		"meta": p.NoteMeta,
		"join": func(s []string) string { return strings.Join(s, ", ") },
		"inc":  func(i int) int { return i + 1 },
		"themeCount": func(t sessions.ExportTheme) string {
			if t.People != nil {
				return p.T("notes_people", len(t.Notes), *t.People)
			}
			return p.T("notes", len(t.Notes))
		},
	}).Parse(htmlSource)
	if err != nil {
		return fmt.Errorf("parse report template: %w", err)
	}
	if err := tpl.Execute(w, p); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}
