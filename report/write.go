package report

import (
	"fmt"
	"io"
	"slices"

	"kring/sessions"
)

// formats are the formats Write knows, the default first.
var formats = []string{"md", "html", "csv", "json"}

// Known reports whether Write knows format.
func Known(format string) bool { return slices.Contains(formats, format) }

// Write writes x in format: md (Markdown), html, csv or json. The report's
// own words are in o's language (md, html, csv); json is the data as it is.
func Write(w io.Writer, x sessions.Export, format string, o Options) error {
	switch format {
	case "html":
		return WriteHTML(w, x, o)
	case "csv":
		return WriteCSV(w, x, o)
	case "json":
		return x.WriteJSON(w)
	case "md":
		x.Lang = o.lang(x)
		return x.WriteMarkdown(w)
	}
	return fmt.Errorf("unknown report format %q", format)
}
