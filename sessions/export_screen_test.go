package sessions

import (
	"strings"
	"testing"
)

func TestReportsLeaveOutScreenInstructions(t *testing.T) {
	for _, tc := range []struct{ prompt, want string }{
		// As rooms made before the screen field hold them.
		{"Eén aanbod of vraag per briefje. Druk op m om te zien wie wie kan helpen.", "Eén aanbod of vraag per briefje."},
		{"One offer or request per note. Press m to see who can help whom.", "One offer or request per note."},
		{"De procesbegeleider zet de kernthema's uit fase 3 klaar (n: nieuw thema).", "De procesbegeleider zet de kernthema's uit fase 3 klaar."},
		{"Je scherm zegt in welk groepje je zit en met wie. Ga bij elkaar zitten.", "Ga bij elkaar zitten."},
		{"Wie gaat met wie aan de slag, en wanneer?", "Wie gaat met wie aan de slag, en wanneer?"},
	} {
		if got := reportPrompt(tc.prompt); got != tc.want {
			t.Errorf("reportPrompt(%q) = %q, want %q", tc.prompt, got, tc.want)
		}
	}
	// A room made now keeps the screen part apart: the board shows it, no
	// report does.
	s := fromTemplate(t, "marktplaats-interne-deskundigheid")
	if a := s.Agenda[2]; a.Screen == "" || strings.Contains(a.Prompt, "Druk op") {
		t.Fatalf("market activity: prompt %q, screen %q", a.Prompt, a.Screen)
	}
	var md strings.Builder
	if err := NewExport(s, exportedAt, true).WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(md.String(), "Druk op") || strings.Contains(md.String(), "scherm zegt") {
		t.Errorf("the report carries screen instructions:\n%s", md.String())
	}
}
