package sessions

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// MarketNote is a note of the marketplace with its author's name. Its ID
// is not in reports: it follows the order of writing.
type MarketNote struct {
	ID     int    `json:"-"`
	Text   string `json:"text"`
	Author string `json:"author"`
}

// MarketMatch is an offer that meets a request: who can help whom.
type MarketMatch struct {
	Offer   MarketNote `json:"offer"`
	Request MarketNote `json:"request"`
	// Words are what they have in common.
	Words []string `json:"words"`
}

// Market is the outcome of a marketplace of in-house expertise.
type Market struct {
	Matches []MarketMatch `json:"matches"`
	// Shared groups offers on the same subject by different people.
	Shared [][]MarketNote `json:"shared"`
	// Unmet lists requests that no offer meets yet.
	Unmet []MarketNote `json:"unmet"`
}

// MarketOf matches the offers (first column) and requests (second column)
// of market activity a by the words they share, leaving out short and
// common words, as reader may see them (see State.See). Names (from
// names) are shown on purpose, unless the activity is anonymous: this is
// who can help whom. In an anonymous marketplace every note counts as its
// own person's, so that neither the matches nor the groups of shared
// offers tell which notes share an author.
func (s State) MarketOf(a Activity, reader Reader, names map[ParticipantID]string) Market {
	cols := s.ColumnsOf(a.ID)
	if len(cols) < 2 {
		return Market{}
	}
	type item struct {
		note  MarketNote
		by    ParticipantID
		words map[string]bool
	}
	read := func(col int) []item {
		var out []item
		for _, n := range s.NotesIn(col) {
			sight := s.See(n, reader)
			if !sight.Text {
				continue
			}
			by := s.AuthorOf(n)
			if by == "" || a.Anonymous {
				by = ParticipantID(fmt.Sprint("note:", n.ID)) // nobody known: every note its own person
			}
			out = append(out, item{MarketNote{n.ID, n.Text, nameIf(sight.Author, names, n.Author)}, by, keywords(n.Text)})
		}
		return out
	}
	offers, requests := read(cols[0].ID), read(cols[1].ID)
	var m Market
	met := map[int]bool{}
	for _, r := range requests {
		for _, o := range offers {
			if o.by == r.by {
				continue
			}
			if common := shared(o.words, r.words); len(common) > 0 {
				m.Matches = append(m.Matches, MarketMatch{Offer: o.note, Request: r.note, Words: common})
				met[r.note.ID] = true
			}
		}
	}
	for _, r := range requests {
		if !met[r.note.ID] {
			m.Unmet = append(m.Unmet, r.note)
		}
	}
	grouped := map[int]bool{}
	for i, o := range offers {
		if grouped[o.note.ID] {
			continue
		}
		group := []MarketNote{o.note}
		people := map[ParticipantID]bool{o.by: true}
		for _, p := range offers[i+1:] {
			if !grouped[p.note.ID] && !people[p.by] && len(shared(o.words, p.words)) > 0 {
				group = append(group, p.note)
				people[p.by] = true
				grouped[p.note.ID] = true
			}
		}
		if len(group) > 1 {
			m.Shared = append(m.Shared, group)
		}
	}
	return m
}

// keywords are the meaningful words of a text: lower case, at least four
// letters, not a common Dutch or English word, with a plural -en/-s cut.
func keywords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 4 || stopWords[w] {
			continue
		}
		out[stem(w)] = true
	}
	return out
}

func stem(w string) string {
	for _, suf := range []string{"en", "s"} {
		if r := strings.TrimSuffix(w, suf); r != w && len([]rune(r)) >= 4 {
			return r
		}
	}
	return w
}

func shared(a, b map[string]bool) []string {
	var out []string
	for w := range a {
		if b[w] {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

var stopWords = map[string]bool{
	"aan": true, "alle": true, "als": true, "andere": true, "maar": true, "meer": true, "niet": true, "ook": true,
	"over": true, "voor": true, "naar": true, "door": true, "zijn": true, "haar": true, "hoe": true, "welke": true, "wilt": true,
	"willen": true, "kunnen": true, "graag": true, "leren": true, "helpen": true, "iets": true, "iemand": true, "mijn": true,
	"deze": true, "onze": true, "goed": true, "beter": true, "wordt": true, "worden": true, "heeft": true, "hebben": true,
	"with": true, "from": true, "about": true, "what": true, "that": true, "this": true, "have": true, "want": true,
	"learn": true, "help": true, "would": true, "like": true, "some": true, "more": true, "better": true, "good": true,
	"kan": true, "wil": true, "mee": true, "bij": true, "met": true, "van": true, "een": true, "het": true, "de": true,
}
