package sessions

import (
	"fmt"
	"strings"
)

// Lang is a user-interface language.
type Lang string

// The languages kring speaks.
const (
	Dutch   Lang = "nl"
	English Lang = "en"
)

// Langs lists the supported languages in display order.
var Langs = []Lang{Dutch, English}

// ParseLang reads a language code such as "nl", "EN" or a locale such as
// "nl_NL.UTF-8". It reports false for anything else.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "nl" || strings.HasPrefix(s, "nl_") || strings.HasPrefix(s, "nl-"):
		return Dutch, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return English, true
	}
	return "", false
}

// Other returns the other language, for a toggle key.
func (l Lang) Other() Lang {
	if l == English {
		return Dutch
	}
	return English
}

// Catalog holds one message per key for each language.
type Catalog map[string]map[Lang]string

// T returns the message for key in lang, formatted with args. A missing
// translation falls back to Dutch, then to the key itself, so a gap shows
// up on screen instead of crashing.
func (c Catalog) T(lang Lang, key string, args ...any) string {
	msgs, ok := c[key]
	if !ok {
		return key
	}
	msg, ok := msgs[lang]
	if !ok {
		msg, ok = msgs[Dutch]
		if !ok {
			return key
		}
	}
	if len(args) > 0 {
		return singular(lang, fmt.Sprintf(msg, args...))
	}
	return msg
}

// Missing lists the keys that lack a translation in one of Langs.
func (c Catalog) Missing() []string {
	var out []string
	for key, msgs := range c {
		for _, l := range Langs {
			if strings.TrimSpace(msgs[l]) == "" {
				out = append(out, key+"/"+string(l))
			}
		}
	}
	return out
}
