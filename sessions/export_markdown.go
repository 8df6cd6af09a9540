package sessions

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteMarkdown writes x as a Markdown report in the room's language.
func (x Export) WriteMarkdown(w io.Writer) error {
	t := func(key string, args ...any) string { return exportText.T(x.Lang, key, args...) }
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdHeading(x.Title))
	fmt.Fprintf(&b, "%s\n\n", t("md.meta", FormatCode(x.Code), FormatDate(x.Lang, x.Created), len(x.Participants)))
	// A plain board (one brainstorm) reads as its columns; an agenda reads
	// as numbered activities.
	plain := len(x.Activities) == 1 && x.Activities[0].Kind.rules().plain && x.LeftOut == 0
	for i, a := range x.Activities {
		h := "###"
		if plain {
			h = "##"
		} else {
			fmt.Fprintf(&b, "## %s\n\n", strings.TrimSpace(AgendaNumber(i+1, a.Title)+" "+mdHeading(a.Title)))
			if a.Confidential {
				fmt.Fprintf(&b, "_%s_\n\n", t("md.confidential"))
			}
			if a.Prompt != "" {
				fmt.Fprintf(&b, "%s\n\n", mdBlock(a.Prompt, "> "))
			}
			if a.Text != "" {
				fmt.Fprintf(&b, "%s\n\n", mdProse(a.Text))
			}
		}
		for _, c := range a.Columns {
			fmt.Fprintf(&b, "%s %s (%d)\n\n", h, mdHeading(c.Title), len(c.Notes))
			writeNotes(&b, c.Notes, t("md.empty"), func(r int) string { return t("md.round_n", r) })
		}
		if a.Unrevealed > 0 {
			fmt.Fprintf(&b, "_%s_\n\n", t("md.unrevealed", a.Unrevealed))
		}
		for _, th := range a.Themes {
			counts := t("md.theme_notes", len(th.Notes))
			if th.People != nil {
				counts = t("md.theme_counts", len(th.Notes), *th.People)
			}
			fmt.Fprintf(&b, "%s %s — %s\n\n", h, mdHeading(th.Title), counts)
			writeNotes(&b, th.Notes, t("md.empty"), nil)
		}
		if a.VoteOpen {
			fmt.Fprintf(&b, "_%s_\n\n", t("md.vote_open"))
		}
		if len(a.Results) > 0 {
			fmt.Fprintf(&b, "| %s | %s | %s |\n|---:|---|---:|\n", t("md.rank"), t("md.item"), t("md.votes"))
			for _, r := range a.Results {
				fmt.Fprintf(&b, "| %d | %s | %d |\n", r.Rank, mdCell(oneLine(r.Title)), r.Votes)
			}
			b.WriteString("\n")
		}
		if a.Scale != nil {
			writeScale(&b, a.Scale, t)
		}
		if a.Market != nil {
			writeMarket(&b, a.Market, t)
		}
		for i, g := range a.Groups {
			fmt.Fprintf(&b, "- %s: %s\n", GroupName(x.Lang, i), mdText(strings.Join(g, ", ")))
			if i == len(a.Groups)-1 {
				b.WriteString("\n")
			}
		}
		if c := a.Comparison; c != nil && len(c.Rankings) > 0 {
			writeComparison(&b, c, x.Lang, t)
		}
		if a.Shares != nil {
			fmt.Fprintf(&b, "%s\n\n", t("md.shares", a.SharesGiven))
			labels := []string{a.Axes[0] + " · " + a.Axes[2], a.Axes[0] + " · " + a.Axes[3], a.Axes[1] + " · " + a.Axes[2], a.Axes[1] + " · " + a.Axes[3]}
			for i, p := range a.Shares {
				fmt.Fprintf(&b, "- %s: %d%%\n", mdLine(labels[i]), p)
			}
			b.WriteString("\n")
		}
		if len(a.Round) > 0 {
			fmt.Fprintf(&b, "%s: %s\n\n", t("md.round"), mdText(strings.Join(a.Round, ", ")))
		}
		for _, act := range a.Actions {
			fmt.Fprintf(&b, "- **%s**\n", mdText(oneLine(act.What)))
			for _, f := range [][2]string{{"md.owner", act.Owner}, {"md.theme", act.Theme}, {"md.until", act.Until}, {"md.result", act.Result}, {"md.account", act.Account}} {
				if f[1] != "" {
					fmt.Fprintf(&b, "  - %s: %s\n", t(f[0]), mdText(oneLine(f[1])))
				}
			}
		}
		if len(a.Actions) > 0 {
			b.WriteString("\n")
		}
	}
	if x.LeftOut > 0 {
		fmt.Fprintf(&b, "_%s_\n\n", t("md.left_out", x.LeftOut))
	}
	if len(x.Participants) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", t("md.participants"))
		for _, p := range x.Participants {
			line := mdLine(p.Name)
			if p.Function != "" {
				line += " (" + mdText(p.Function) + ")"
			}
			if p.Facilitator {
				line += " — " + t("md.facilitator")
			}
			fmt.Fprintf(&b, "- %s\n", line)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "_%s_\n", t("md.footer", FormatDate(x.Lang, x.Exported)))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// writeComparison writes each ranking, the aggregate and the agreement.
func writeComparison(b *strings.Builder, c *Comparison, lang Lang, t func(string, ...any) string) {
	for _, r := range c.Rankings {
		var items []string
		for i, title := range r.Titles {
			items = append(items, fmt.Sprintf("%d. %s", i+1, mdText(title)))
		}
		fmt.Fprintf(b, "- **%s**: %s\n", mdText(r.Name), strings.Join(items, " · "))
	}
	fmt.Fprintf(b, "\n| %s | %s | %s | %s |\n|---:|---|---:|---:|\n", t("md.rank"), t("md.item"), t("md.points"), t("md.firsts"))
	for _, r := range c.Aggregate {
		fmt.Fprintf(b, "| %d | %s | %d | %d |\n", r.Rank, mdCell(r.Title), r.Points, r.Firsts)
	}
	if c.Compared() {
		fmt.Fprintf(b, "\n%s\n", t("md.agreement", Agreement(lang, c.W)))
	} else {
		b.WriteString("\n")
	}
	if c.Top != "" {
		fmt.Fprintf(b, "%s\n", t("md.top", mdText(c.Top)))
	}
	b.WriteString("\n")
}

// writeMarket writes who can help whom, offers several people have, and
// requests nobody offers yet.
func writeMarket(b *strings.Builder, mk *Market, t func(string, ...any) string) {
	fmt.Fprintf(b, "**%s**\n\n", t("md.matches"))
	if len(mk.Matches) == 0 {
		fmt.Fprintf(b, "_%s_\n\n", t("md.none"))
	}
	for _, x := range mk.Matches {
		fmt.Fprintf(b, "- %s → %s: %s ↔ %s\n", mdLine(x.Offer.Author), mdText(x.Request.Author), mdText(oneLine(x.Offer.Text)), mdText(oneLine(x.Request.Text)))
	}
	if len(mk.Matches) > 0 {
		b.WriteString("\n")
	}
	if len(mk.Shared) > 0 {
		fmt.Fprintf(b, "**%s**\n\n", t("md.shared"))
		for _, g := range mk.Shared {
			var parts []string
			for i, n := range g {
				text := mdText(oneLine(n.Text))
				if i == 0 { // it starts the list item
					text = mdLine(oneLine(n.Text))
				}
				parts = append(parts, text+" ("+mdText(n.Author)+")")
			}
			fmt.Fprintf(b, "- %s\n", strings.Join(parts, "; "))
		}
		b.WriteString("\n")
	}
	if len(mk.Unmet) > 0 {
		fmt.Fprintf(b, "**%s**\n\n", t("md.unmet"))
		for _, n := range mk.Unmet {
			fmt.Fprintf(b, "- %s (%s)\n", mdLine(oneLine(n.Text)), mdText(n.Author))
		}
		b.WriteString("\n")
	}
}

// writeScale writes a continuum as a small table, left end to right end.
func writeScale(b *strings.Builder, x *ExportScale, t func(string, ...any) string) {
	fmt.Fprintf(b, "%s ← → %s\n\n", mdLine(x.Left), mdText(x.Right))
	fmt.Fprintf(b, "| %s | %s |", t("md.step"), t("md.count"))
	if x.Names != nil {
		fmt.Fprintf(b, " %s |", t("md.who"))
	}
	b.WriteString("\n|---:|---:|")
	if x.Names != nil {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for i, n := range x.Counts {
		if n == 0 {
			continue
		}
		fmt.Fprintf(b, "| %d | %d |", i, n)
		if x.Names != nil {
			fmt.Fprintf(b, " %s |", mdCell(strings.Join(x.Names[i], ", ")))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// writeNotes writes notes as a Markdown list, or empty when there are none;
// roundLabel marks the café round a note was added in.
func writeNotes(b *strings.Builder, notes []ExportNote, empty string, roundLabel func(int) string) {
	if len(notes) == 0 {
		fmt.Fprintf(b, "_%s_\n\n", empty)
		return
	}
	for _, n := range notes {
		text := mdBlock(n.Text, "")
		text = strings.ReplaceAll(text, "\n", "  \n  ")
		if n.Author != "" {
			who := n.Author
			if n.Function != "" {
				who += ", " + n.Function
			}
			text += fmt.Sprintf(" — _%s_", mdText(who))
		}
		if n.Round > 0 {
			text += " " + roundLabel(n.Round)
		}
		fmt.Fprintf(b, "- %s\n", text)
	}
	b.WriteString("\n")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var months = map[Lang][]string{
	Dutch:   {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// FormatDate writes the date of t in words, in language l: 12 maart 2026.
func FormatDate(l Lang, t time.Time) string {
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
	"md.confidential": {Dutch: "Vertrouwelijk onderdeel.", English: "Confidential activity."},
	"md.unrevealed":   {Dutch: "%d briefjes zijn nooit zichtbaar gemaakt en staan niet in dit verslag.", English: "%d notes were never revealed and are not in this report."},
	"md.theme_notes":  {Dutch: "%d briefjes", English: "%d notes"},
	"md.theme_counts": {Dutch: "%d briefjes, genoemd door %d personen", English: "%d notes, mentioned by %d people"},
	"md.vote_open":    {Dutch: "De stemming is niet gesloten; de uitslag staat niet in dit verslag.", English: "The vote was not closed; its result is not in this report."},
	"md.rank":         {Dutch: "Plaats", English: "Rank"},
	"md.item":         {Dutch: "Onderwerp", English: "Item"},
	"md.votes":        {Dutch: "Stemmen", English: "Votes"},
	"md.round":        {Dutch: "Volgorde", English: "Order"},
	"md.owner":        {Dutch: "Wie", English: "Owner"},
	"md.theme":        {Dutch: "Thema", English: "Theme"},
	"md.until":        {Dutch: "Looptijd", English: "Until"},
	"md.result":       {Dutch: "Resultaat", English: "Result"},
	"md.account":      {Dutch: "Verantwoording", English: "Accounted for by"},
	"md.table":        {Dutch: "Tafel %d: %s", English: "Table %d: %s"},
	"md.round_n":      {Dutch: "(ronde %d)", English: "(round %d)"},
	"md.points":       {Dutch: "Punten (Borda)", English: "Points (Borda)"},
	"md.firsts":       {Dutch: "Keer bovenaan", English: "Times first"},
	"md.agreement":    {Dutch: "Tussen de groepen: %s; Kendalls W loopt van 0 (geen) tot 1 (volledige overeenstemming).", English: "Between the groups: %s; Kendall's W runs from 0 (none) to 1 (full agreement)."},
	"md.top":          {Dutch: "Met stip bovenaan: **%s**", English: "Clearly on top: **%s**"},
	"md.matches":      {Dutch: "Wie kan wie helpen", English: "Who can help whom"},
	"md.shared":       {Dutch: "Aanbod dat meerdere mensen hebben", English: "Offers several people have"},
	"md.unmet":        {Dutch: "Vragen zonder aanbod (nog)", English: "Requests nobody offers (yet)"},
	"md.none":         {Dutch: "Nog geen.", English: "None yet."},
	"md.step":         {Dutch: "Stap (0–10)", English: "Step (0–10)"},
	"md.count":        {Dutch: "Aantal", English: "Count"},
	"md.who":          {Dutch: "Wie", English: "Who"},
	"md.shares":       {Dutch: "Gemiddelde tijdsverdeling (%d personen):", English: "Average division of time (%d people):"},
	"md.left_out":     {Dutch: "%d vertrouwelijke onderdelen zijn weggelaten.", English: "%d confidential activities were left out."},
}
