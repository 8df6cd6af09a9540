package sessions

import (
	"strconv"
	"strings"
)

// Agreement says Kendall's W in words a team reads at a glance, with the
// number after it in the language's own notation: "redelijke
// overeenstemming (W = 0,45)". Below 0.3 the groups hardly agree, from 0.6
// on they agree strongly: the usual reading of W for a handful of raters.
func Agreement(lang Lang, w float64) string {
	key := "agreement.low"
	switch {
	case w >= 0.6:
		key = "agreement.high"
	case w >= 0.3:
		key = "agreement.fair"
	}
	return Messages.T(lang, key, Decimal(lang, w, 2))
}

// Decimal formats x with digits after the point, with a decimal comma in
// Dutch: 0,10.
func Decimal(lang Lang, x float64, digits int) string {
	s := strconv.FormatFloat(x, 'f', digits, 64)
	if lang == Dutch {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
