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
	m := s.MarketOf(s.Agenda[2], Reader{Export: true})
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
