package sessions

import (
	"bytes"
	"strings"
	"testing"
)

func TestMarketMatches(t *testing.T) {
	s := fromTemplate(t, "marktplaats-interne-deskundigheid")
	s, _ = step(t, s, owner, GoTo{Activity: 3}) // info, groups, then the market
	cols := s.ColumnsOf(3)
	offer, request := cols[0].ID, cols[1].ID
	s, _ = step(t, s, alice, AddNote{Column: offer, Text: "Ik kan helpen met Snappet en digitale toetsen"})
	s, _ = step(t, s, owner, AddNote{Column: offer, Text: "Ervaring met digitale toetsen"})
	s, _ = step(t, s, bob, AddNote{Column: request, Text: "Hoe maak ik goede digitale toetsen?"})
	s, _ = step(t, s, bob, AddNote{Column: request, Text: "Kindgesprekken voeren"})
	s, _ = step(t, s, alice, AddNote{Column: request, Text: "Meer over Snappet"}) // her own offer does not count
	names := map[ParticipantID]string{}
	for _, p := range s.Participants {
		names[p.ID] = p.Name
	}
	m := s.MarketOf(s.Agenda[2], Reader{Export: true}, names)
	if len(m.Matches) != 2 || m.Matches[0].Request.Author != "Bram" {
		t.Fatalf("matches = %+v", m.Matches)
	}
	for _, x := range m.Matches {
		if x.Offer.Author == x.Request.Author {
			t.Errorf("someone matched with themselves: %+v", x)
		}
	}
	if len(m.Unmet) != 2 || m.Unmet[0].Text != "Kindgesprekken voeren" {
		t.Errorf("unmet = %+v", m.Unmet)
	}
	if len(m.Shared) != 1 || len(m.Shared[0]) != 2 {
		t.Errorf("shared offers = %+v", m.Shared)
	}
	var md bytes.Buffer
	_ = NewExport(s, exportedAt, false).WriteMarkdown(&md)
	for _, want := range []string{"Wie kan wie helpen", "Anna → Bram", "Vragen zonder aanbod", "Kindgesprekken voeren (Bram)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("export lacks %q:\n%s", want, md.String())
		}
	}
}

// A report without names names nobody in the marketplace either; an
// anonymous marketplace matches every note as its own person's, so a
// match does not tell that two notes have different authors.
func TestMarketWithoutNamesAndAnonymous(t *testing.T) {
	s := fromTemplate(t, "marktplaats-interne-deskundigheid")
	s, _ = step(t, s, owner, GoTo{Activity: 3})
	cols := s.ColumnsOf(3)
	s, _ = step(t, s, alice, AddNote{Column: cols[0].ID, Text: "Ik kan helpen met digitale toetsen"})
	s, _ = step(t, s, bob, AddNote{Column: cols[1].ID, Text: "Hoe maak ik digitale toetsen?"})
	s, _ = step(t, s, alice, AddNote{Column: cols[1].ID, Text: "Wie weet iets van toetsen?"})
	var md bytes.Buffer
	_ = NewExportWith(s, exportedAt, ExportOptions{NoNames: true}).WriteMarkdown(&md)
	for _, name := range []string{"Anna", "Bram", "Fenna"} {
		if strings.Contains(md.String(), name) {
			t.Errorf("--no-names report names %s:\n%s", name, md.String())
		}
	}
	s.Agenda[2].Anonymous = true
	m := s.MarketOf(s.Agenda[2], Reader{Export: true}, nil)
	if len(m.Matches) != 2 {
		t.Errorf("anonymous market: %d matches, want both requests matched (authors unknown to it)", len(m.Matches))
	}
}
