package sessions

import (
	"crypto/rand"
	"math/big"
	"strings"
)

// codeAlphabet leaves out characters that are easy to confuse when read
// aloud or from a projector: 0/O, 1/I/L, 2/Z, 5/S, 8/B.
const codeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// CodeLen is the number of characters in a room code.
const CodeLen = 6

// RejoinLen is the number of characters in a rejoin code.
const RejoinLen = 8

// NewCode returns a fresh random room code such as "K7Q4MX".
func NewCode() string { return randomCode(CodeLen) }

// NewRejoinCode returns a fresh random rejoin code for a keyless participant.
func NewRejoinCode() string { return randomCode(RejoinLen) }

func randomCode(n int) string {
	max := big.NewInt(int64(len(codeAlphabet)))
	b := make([]byte, n)
	for i := range b {
		v, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic("crypto/rand failed: " + err.Error())
		}
		b[i] = codeAlphabet[v.Int64()]
	}
	return string(b)
}

// ParseCode normalises what a person typed as a code of length n: case is
// ignored, as are dashes and spaces. It reports false when the result is
// not a well-formed code.
func parseCode(s string, n int) (string, bool) {
	s = strings.ToUpper(s)
	s = strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' || r == '_' {
			return -1
		}
		return r
	}, s)
	if len(s) != n {
		return "", false
	}
	for _, r := range s {
		if !strings.ContainsRune(codeAlphabet, r) {
			return "", false
		}
	}
	return s, true
}

// ParseCode normalises a room code typed as "k7q-4mx" to "K7Q4MX".
func ParseCode(s string) (string, bool) { return parseCode(s, CodeLen) }

// ParseRejoinCode normalises a rejoin code typed with any case or dashes.
func ParseRejoinCode(s string) (string, bool) { return parseCode(s, RejoinLen) }

// FormatCode shows a code in groups of three or four for reading aloud:
// "K7Q4MX" becomes "K7Q-4MX", "ACDE3467" becomes "ACDE-3467".
func FormatCode(code string) string {
	h := len(code) / 2
	if h == 0 {
		return code
	}
	return code[:h] + "-" + code[h:]
}
