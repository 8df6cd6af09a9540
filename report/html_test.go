package report_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"kring/report"
	"kring/report/sample"
	"kring/sessions"
)

// hostile are notes as an attacker or a careless paste writes them.
var hostile = []string{
	"<b>x</b>",
	"<script>alert(1)</script>",
	`" onmouseover="alert(1)`,
	"</style><img src=//evil.example/x.png>",
	"<a href=\"https://evil.example\">klik</a>",
	"javascript:alert(1)",
	"=HYPERLINK(\"https://evil.example\";\"klik\")",
	"# geen kop",
	"- geen lijst",
	"| geen | tabel |",
	"1. geen opsomming",
	"regel één\nregel twee",
	"\u202ecba (omgekeerd)",
	"😀 Zoë's emoji & <ampersand>",
}

var exportedAt = time.Date(2026, 3, 12, 17, 0, 0, 0, time.UTC)

// readable is every note text the export holds: what a reader must find.
func readable(x sessions.Export) []string {
	var out []string
	for _, a := range x.Activities {
		for _, c := range a.Columns {
			for _, n := range c.Notes {
				out = append(out, n.Text)
			}
		}
		for _, t := range a.Themes {
			for _, n := range t.Notes {
				out = append(out, n.Text)
			}
		}
	}
	return out
}

// page is a report as a browser reads it.
type page struct {
	doc  *html.Node
	text string
}

func render(t *testing.T, x sessions.Export, o report.Options) page {
	t.Helper()
	var b bytes.Buffer
	if err := report.WriteHTML(&b, x, o); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, b.String())
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for n := range doc.Descendants() {
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
			text.WriteString(n.Data)
			text.WriteString("\n")
		}
	}
	return page{doc: doc, text: text.String()}
}

// voids are the elements without an end tag.
var voids = []string{"meta", "br", "link", "img", "input", "hr", "wbr", "area", "base", "col", "source", "track", "embed", "param"}

// wellFormed checks that every element that opens is closed, in order:
// the HTML parser would otherwise mend it silently.
func wellFormed(t *testing.T, src string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(src))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				t.Errorf("elements left open: %v", open)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !slices.Contains(voids, string(name)) {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				t.Fatalf("</%s> closes %v", name, open)
			}
			open = open[:len(open)-1]
		}
	}
}

// allowed are the elements a report is made of.
var allowed = []string{"html", "head", "body", "meta", "title", "style", "main", "header", "nav", "section", "h1", "h2", "h3", "h4",
	"p", "br", "span", "strong", "div", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "rect", "text"}

// standsAlone checks that the page runs nothing and fetches nothing.
func standsAlone(t *testing.T, p page) {
	t.Helper()
	for n := range p.doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if !slices.Contains(allowed, n.Data) {
			t.Errorf("element <%s> in the report", n.Data)
		}
		for _, a := range n.Attr {
			switch {
			case a.Key == "src" || a.Key == "href" || a.Key == "srcset" || a.Key == "action" || strings.HasSuffix(a.Key, ":href"):
				t.Errorf("<%s %s=%q>: a reference to fetch", n.Data, a.Key, a.Val)
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("<%s %s=%q>: an event handler", n.Data, a.Key, a.Val)
			case strings.Contains(a.Val, "//") && a.Key != "content":
				t.Errorf("<%s %s=%q>: a URL", n.Data, a.Key, a.Val)
			}
		}
		if n.Data == "style" && n.FirstChild != nil {
			css := n.FirstChild.Data
			if strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "@font-face") {
				t.Errorf("the style sheet fetches something")
			}
		}
	}
}

func TestEveryTemplateReadsAsAReportShould(t *testing.T) {
	ts, errs := sessions.LoadTemplates("")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	marker := "Alleen-in-dit-verslag 7431"
	for _, tpl := range ts.Sorted() {
		for _, anonymous := range []bool{false, true} {
			s, err := sample.Room(tpl, sample.Options{Extra: append(slices.Clone(hostile), marker), Anonymous: anonymous})
			if err != nil {
				t.Fatal(err)
			}
			confidential := slices.ContainsFunc(s.Agenda, func(a sessions.Activity) bool { return a.Confidential })
			for _, withConfidential := range []bool{false, true} {
				x := sessions.NewExport(s, exportedAt, withConfidential)
				p := render(t, x, report.Options{Location: time.UTC})
				standsAlone(t, p)
				name := tpl.Name
				if anonymous {
					name += " (anonymous)"
				}
				for _, want := range readable(x) {
					if !strings.Contains(p.text, want) {
						t.Errorf("%s: note %q is not in the report", name, want)
					}
				}
				hasBoard := slices.ContainsFunc(s.Agenda, func(a sessions.Activity) bool { return a.Kind.HasBoard() })
				if shown := strings.Contains(p.text, marker); hasBoard && shown != (withConfidential || !confidential) {
					t.Errorf("%s (with confidential %v): the marker note shown = %v", name, withConfidential, shown)
				}
				for _, screen := range []string{"Druk op", "scherm zegt", "Je scherm"} {
					if strings.Contains(p.text, screen) {
						t.Errorf("%s: a screen instruction (%q) in the report", name, screen)
					}
				}
				if anonymous {
					noAuthors(t, name, p)
				}
			}
		}
	}
}

// noAuthors checks that nothing a report says about a note of an
// anonymous session (the line under it, the marketplace's pairs) names
// anyone.
func noAuthors(t *testing.T, name string, p page) {
	t.Helper()
	for n := range p.doc.Descendants() {
		if n.Type != html.ElementNode || !(hasClass(n, "by") || n.Data == "strong" && n.Parent.Data == "td") {
			continue
		}
		var text strings.Builder
		for d := range n.Descendants() {
			if d.Type == html.TextNode {
				text.WriteString(d.Data)
			}
		}
		for _, person := range sample.Team {
			if strings.Contains(text.String(), person.Name) || strings.Contains(text.String(), person.Function) {
				t.Errorf("%s: an anonymous note is tied to %s: %q", name, person.Name, text.String())
			}
		}
	}
}

func hasClass(n *html.Node, class string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "class" && slices.Contains(strings.Fields(a.Val), class) })
}

func TestReportSpeaksTheReadersLanguage(t *testing.T) {
	ts, _ := sessions.LoadTemplates("")
	s, err := sample.Room(ts["leren-loont-het-langst-fase-3"], sample.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := sessions.NewExport(s, exportedAt, false)
	for _, tc := range []struct {
		lang  sessions.Lang
		words []string
	}{
		{"", []string{`lang="nl"`, "7 van 8 deelnemers stemden", "Wie deden er mee", "begon om 09:05 · duurde 10 min", "Verantwoording", "12 maart 2026"}},
		{sessions.English, []string{`lang="en"`, "7 of 8 participants voted", "Who took part", "started at 09:05 · took 10 min", "Accountability", "12 March 2026"}},
	} {
		var b bytes.Buffer
		if err := report.WriteHTML(&b, x, report.Options{Lang: tc.lang, Location: time.UTC}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.words {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%q report lacks %q", tc.lang, w)
			}
		}
	}
}
