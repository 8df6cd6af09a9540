package main

import (
	"context"
	"fmt"
	"strings"
)

// lookAlikes are names that look like "Anna" on a screen.
var lookAlikes = []struct{ label, name string }{
	{"Anna+U+200B", "Anna\u200b"},
	{"An+U+200D+na", "An\u200dna"},
	{"Anna+U+2060", "Anna\u2060"},
	{"Cyrillic U+0410 + nna", "\u0410nna"},
	{"Anna+U+0301", "Anna\u0301"},
}

// attackNames joins "Anna", then tries each look-alike from a new keyless
// connection.
func attackNames(ctx context.Context, e *env) (result, error) {
	r := result{
		name:  "8. Look-alike names",
		tried: "join as Anna, then as " + labels() + ", each keyless from a new connection",
	}
	code, err := e.newRoom(ctx, "Names")
	if err != nil {
		return r, err
	}
	anna, err := e.joinKeyless(ctx, code, "Anna")
	if err != nil {
		return r, err
	}
	defer anna.close()
	refused := 0
	var accepted []string
	for _, l := range lookAlikes {
		s, i, err := e.join(ctx, code, l.name, nil, nameTaken, rejoinDialog, joinsTooFast, addrFull)
		if err != nil {
			return r, fmt.Errorf("join as %s: %w", l.label, err)
		}
		switch i {
		case 0:
			refused++
		case 1:
			accepted = append(accepted, l.label)
		default:
			s.close()
			return r, fmt.Errorf("join as %s: refused for another reason: %s", l.label, refusalLine(s.text()))
		}
		s.close()
	}
	x, err := e.export(ctx, code)
	if err != nil {
		return r, err
	}
	r.add("%d of %d look-alikes refused with %q", refused, len(lookAlikes), nameTaken)
	r.add("the export lists %d participant(s): %s", len(x.Participants), participantNames(x.Participants))
	r.held = "every look-alike got the friendly name-taken refusal"
	if len(accepted) > 0 {
		r.broken = "accepted next to Anna: " + strings.Join(accepted, ", ")
	}
	return r, nil
}

// labels lists the look-alikes' labels for the report.
func labels() string {
	var ls []string
	for _, l := range lookAlikes {
		ls = append(ls, l.label)
	}
	return strings.Join(ls, ", ")
}
