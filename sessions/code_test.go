package sessions

import (
	"strings"
	"testing"
)

func TestNewCodeParsesBack(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c := NewCode()
		if len(c) != CodeLen {
			t.Fatalf("NewCode() = %q: length %d", c, len(c))
		}
		if got, ok := ParseCode(c); !ok || got != c {
			t.Fatalf("ParseCode(%q) = %q, %v", c, got, ok)
		}
		if got, ok := ParseCode(FormatCode(c)); !ok || got != c {
			t.Fatalf("ParseCode(FormatCode(%q)) = %q, %v", c, got, ok)
		}
		if got, ok := ParseCode(strings.ToLower(c)); !ok || got != c {
			t.Fatalf("ParseCode(lower %q) = %q, %v", c, got, ok)
		}
		if _, ok := ParseRejoinCode(c); ok {
			t.Fatalf("a room code %q parses as a rejoin code", c)
		}
		seen[c] = true
	}
	if len(seen) < 190 {
		t.Errorf("only %d distinct codes in 200", len(seen))
	}
}

func TestNewRejoinCodeParsesBack(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c := NewRejoinCode()
		if len(c) != RejoinLen {
			t.Fatalf("NewRejoinCode() = %q: length %d", c, len(c))
		}
		if got, ok := ParseRejoinCode(c); !ok || got != c {
			t.Fatalf("ParseRejoinCode(%q) = %q, %v", c, got, ok)
		}
		if got, ok := ParseRejoinCode(strings.ToLower(FormatCode(c))); !ok || got != c {
			t.Fatalf("ParseRejoinCode(formatted lower %q) = %q, %v", c, got, ok)
		}
		if _, ok := ParseCode(c); ok {
			t.Fatalf("a rejoin code %q parses as a room code", c)
		}
		seen[c] = true
	}
	if len(seen) < 199 {
		t.Errorf("only %d distinct rejoin codes in 200", len(seen))
	}
}

func TestCodesUseOnlyTheAlphabet(t *testing.T) {
	used := map[rune]bool{}
	for range 500 {
		for _, r := range NewCode() + NewRejoinCode() {
			if !strings.ContainsRune(codeAlphabet, r) {
				t.Fatalf("code character %q is outside the alphabet", r)
			}
			used[r] = true
		}
	}
	if len(used) != len(codeAlphabet) {
		t.Errorf("7000 random characters used only %d of %d letters", len(used), len(codeAlphabet))
	}
	for _, r := range "0O1IL2Z5S8B" {
		if strings.ContainsRune(codeAlphabet, r) {
			t.Errorf("alphabet has the ambiguous %q", r)
		}
	}
}

func TestParseCode(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"K7Q4MX", "K7Q4MX", true},
		{"k7q4mx", "K7Q4MX", true},
		{"k7q-4mx", "K7Q4MX", true},
		{"K7Q 4MX", "K7Q4MX", true},
		{" k7q 4mx ", "K7Q4MX", true},
		{"k-7-q-4-m-x", "K7Q4MX", true},
		{"k7q_4mx", "K7Q4MX", true},
		{"", "", false},
		{"K7Q4M", "", false},
		{"K7Q4MXA", "", false},
		{"K7Q-4M", "", false},
		{"K7Q4M0", "", false}, // zero
		{"K7Q4MO", "", false}, // letter O
		{"K7Q4M1", "", false},
		{"K7Q4MI", "", false},
		{"K7Q4ML", "", false},
		{"k7q4ml", "", false}, // lower l
		{"k7q4mi", "", false},
		{"K7Q4M2", "", false},
		{"K7Q4M5", "", false},
		{"K7Q4M8", "", false},
		{"K7Q4MZ", "", false},
		{"K7Q4MS", "", false},
		{"K7Q4MB", "", false},
		{"K7Q4M!", "", false},
		{"K7Q4M\x00", "", false},
		{"K7Q4Mé", "", false},
		{"K7Q4ＭX", "", false}, // fullwidth M
		{"K7Q4\tMX", "", false},
	}
	for _, tc := range cases {
		got, ok := ParseCode(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseCode(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseRejoinCode(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"ACDE3467", "ACDE3467", true},
		{"acde-3467", "ACDE3467", true},
		{"acde 3467", "ACDE3467", true},
		{"ACDE346", "", false},
		{"ACDE34679", "", false},
		{"ACDE3460", "", false},
		{"K7Q4MX", "", false},
	}
	for _, tc := range cases {
		got, ok := ParseRejoinCode(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseRejoinCode(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFormatCode(t *testing.T) {
	cases := map[string]string{
		"K7Q4MX":   "K7Q-4MX",
		"ACDE3467": "ACDE-3467",
		"AC":       "A-C",
		"A":        "A",
		"":         "",
	}
	for in, want := range cases {
		if got := FormatCode(in); got != want {
			t.Errorf("FormatCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHashRejoin(t *testing.T) {
	a, b := HashRejoin("ACDE3467"), HashRejoin("ACDE3469")
	if a != HashRejoin("ACDE3467") {
		t.Error("HashRejoin is not deterministic")
	}
	if a == b {
		t.Error("different codes hash alike")
	}
	if len(a) != 64 || strings.Contains(a, "ACDE3467") {
		t.Errorf("HashRejoin = %q", a)
	}
}

func TestReclaim(t *testing.T) {
	s := board(t) // keyless bob joined with the hash of ACDE3467
	// A keyed participant with a hash (not made by Join) is never reclaimed.
	s.Participants = append(s.Participants[:len(s.Participants):len(s.Participants)],
		Participant{ID: carol, Name: "Carla", RejoinHash: HashRejoin("HJKMNPQR")})
	normalised := func(typed string) string { c, _ := ParseRejoinCode(typed); return c }
	cases := []struct {
		code string
		want ParticipantID
		ok   bool
	}{
		{"ACDE3467", bob, true},
		{normalised("acde-3467"), bob, true},
		{"ACDE3469", "", false},
		{"", "", false},
		{"HJKMNPQR", "", false},
		{bobRejoin, "", false}, // the hash itself is not the code
	}
	for _, tc := range cases {
		if id, ok := s.Reclaim(tc.code); id != tc.want || ok != tc.ok {
			t.Errorf("Reclaim(%q) = %q, %v; want %q, %v", tc.code, id, ok, tc.want, tc.ok)
		}
	}
}
