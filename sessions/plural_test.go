package sessions

import (
	"strings"
	"testing"
)

func TestCountsOfOneAreSingular(t *testing.T) {
	c := Catalog{
		"notes":  {Dutch: "+%d briefjes van anderen", English: "+%d notes by others"},
		"theme":  {Dutch: "%d briefjes · %d personen", English: "%d notes · %d people"},
		"rounds": {Dutch: "%d rondes van %d minuten", English: "%d rounds of %d minutes"},
	}
	for _, tc := range []struct {
		lang Lang
		key  string
		args []any
		want string
	}{
		{Dutch, "notes", []any{1}, "+1 briefje van anderen"},
		{Dutch, "notes", []any{2}, "+2 briefjes van anderen"},
		{Dutch, "notes", []any{11}, "+11 briefjes van anderen"},
		{Dutch, "notes", []any{21}, "+21 briefjes van anderen"},
		{Dutch, "theme", []any{1, 1}, "1 briefje · 1 persoon"},
		{Dutch, "theme", []any{3, 1}, "3 briefjes · 1 persoon"},
		{Dutch, "rounds", []any{1, 1}, "1 ronde van 1 minuut"},
		{English, "theme", []any{1, 1}, "1 note · 1 person"},
		{English, "rounds", []any{2, 1}, "2 rounds of 1 minute"},
	} {
		if got := c.T(tc.lang, tc.key, tc.args...); got != tc.want {
			t.Errorf("%s %s %v = %q, want %q", tc.lang, tc.key, tc.args, got, tc.want)
		}
	}
}

func TestBlankAndEnclosingLookAlikesAreTheSameName(t *testing.T) {
	for _, n := range []string{"Anna\u2800", "An\u2800na", "Anna\u20dd", "A\u0489nna", "Anna\u3164"} {
		if NameKey(n) != NameKey("Anna") {
			t.Errorf("%q is a different name from Anna", n)
		}
		if strings.ContainsAny(CleanName(n), "\u2800\u20dd\u0489\u3164") {
			t.Errorf("CleanName(%q) = %q keeps the look-alike", n, CleanName(n))
		}
	}
}
