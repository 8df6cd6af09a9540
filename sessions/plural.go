package sessions

import (
	"regexp"
	"strings"
)

// Messages count things as "%d briefjes"; with a count of one that must
// read "1 briefje". Rather than a second message for every count, the
// one rule is here: after a message is formatted, a plural noun after the
// number 1 becomes singular. The nouns are those kring counts.
var singulars = map[Lang]map[string]string{
	Dutch: {
		"briefjes": "briefje", "personen": "persoon", "stemmen": "stem", "rondes": "ronde",
		"minuten": "minuut", "deelnemers": "deelnemer", "punten": "punt", "thema's": "thema",
		"tafels": "tafel", "groepen": "groep", "acties": "actie", "sessies": "sessie",
		"dagen": "dag", "problemen": "probleem", "gebeurtenissen": "gebeurtenis",
	},
	English: {
		"notes": "note", "people": "person", "votes": "vote", "rounds": "round",
		"minutes": "minute", "participants": "participant", "points": "point", "themes": "theme",
		"tables": "table", "groups": "group", "actions": "action", "sessions": "session",
		"days": "day", "problems": "problem", "events": "event",
	},
}

// oneRe finds a count of exactly 1 followed by a word: not 11, not 0,1.
var oneRe = regexp.MustCompile(`(^|[^0-9.,])1 ([\p{L}']+)`)

// singular makes the plural nouns that follow a count of 1 in msg
// singular.
func singular(lang Lang, msg string) string {
	words := singulars[lang]
	if words == nil || !strings.Contains(msg, "1 ") {
		return msg
	}
	return oneRe.ReplaceAllStringFunc(msg, func(m string) string {
		sub := oneRe.FindStringSubmatch(m)
		if one, ok := words[sub[2]]; ok {
			return sub[1] + "1 " + one
		}
		return m
	})
}
