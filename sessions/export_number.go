package sessions

import (
	"fmt"
	"strings"
)

// AgendaNumber is what a report puts before the title of the n-th
// activity: "3.", or "" when the title carries a number of its own
// ("1. Nieuwe dingen uitproberen"), which would otherwise read "1. 1.".
func AgendaNumber(n int, title string) string {
	rest := strings.TrimLeft(title, "0123456789")
	if len(rest) < len(title) && (strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, ") ")) {
		return ""
	}
	return fmt.Sprintf("%d.", n)
}
