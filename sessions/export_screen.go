package sessions

import (
	"strings"
	"sync"
)

// A report is read by people who are not at a screen, so it leaves out
// what a template says only about the screen (its `screen` field: keys,
// where to look). Rooms made before templates kept that part apart hold
// it inside the prompt; legacyScreen lists the built-in templates' screen
// texts, in both languages, so that reportPrompt can take them out of
// those prompts too.
var legacyScreen = sync.OnceValue(func() []string {
	ts, _ := LoadTemplates("")
	var out []string
	for _, t := range ts.Sorted() {
		for _, a := range t.Activities {
			for _, l := range Langs {
				if s := Clean(a.Screen.In(l), true); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
})

// reportPrompt is prompt as a report shows it: without the sentences a
// built-in template now keeps in its screen field.
func reportPrompt(prompt string) string {
	for _, s := range legacyScreen() {
		if !strings.Contains(prompt, s) {
			continue
		}
		for _, cut := range []string{" " + s, s + " ", s} {
			prompt = strings.ReplaceAll(prompt, cut, "")
		}
	}
	return strings.TrimSpace(prompt)
}
