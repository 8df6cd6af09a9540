package main

import (
	"context"
	"fmt"
	"math/rand/v2"
)

// maxGuesses bounds the wrong rejoin codes the attack types.
const maxGuesses = 20

// codeAlphabet is the alphabet of rejoin codes.
const codeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679"

// guessCode returns a well-formed rejoin code that is almost surely wrong.
func guessCode() string {
	b := make([]byte, 0, 9)
	for i := range 8 {
		if i == 4 {
			b = append(b, '-')
		}
		b = append(b, codeAlphabet[rand.IntN(len(codeAlphabet))])
	}
	return string(b)
}

// attackRejoin types wrong rejoin codes, each from a new connection, until
// the address is told to wait, and tries once more on a new connection.
func attackRejoin(ctx context.Context, e *env) (result, error) {
	r := result{
		name:  "7. Rejoin guesses",
		tried: fmt.Sprintf("wrong rejoin codes from 127.0.0.1, each from a new keyless connection (join form, Tab Tab, code, Enter), at most %d", maxGuesses),
	}
	code, err := e.newRoom(ctx, "Rejoin")
	if err != nil {
		return r, err
	}
	checked, refusal := 0, ""
	for range maxGuesses {
		i, line, err := guess(ctx, e, code)
		if err != nil {
			return r, err
		}
		if i == 1 {
			refusal = line
			break
		}
		checked++
	}
	if refusal == "" {
		r.broken = fmt.Sprintf("%d wrong codes were all checked", checked)
		return r, nil
	}
	r.add("%d wrong codes checked before “%s”", checked, refusal)
	i, line, err := guess(ctx, e, code)
	if err != nil {
		return r, err
	}
	r.add("one more on a new connection: “%s”", line)
	r.held = "wrong guesses are counted per address across connections; then the address waits (1 min, doubling)"
	if i != 1 {
		r.broken = "a new connection could guess again"
	}
	return r, nil
}

// guess types one wrong rejoin code on a new connection and returns which
// answer came (0 wrong code, 1 wait) with its line.
func guess(ctx context.Context, e *env, code string) (int, string, error) {
	s, err := openScreen(ctx, e.addr(), code, nil, 80, 24)
	if err != nil {
		return -1, "", err
	}
	defer s.close()
	if err := s.waitFor(ctx, wait, joinForm); err != nil {
		return -1, "", err
	}
	if err := s.send("\t\t" + guessCode() + "\r"); err != nil {
		return -1, "", err
	}
	i, err := s.waitAny(ctx, wait, badRejoin, rejoinWait)
	if err != nil {
		return -1, "", fmt.Errorf("rejoin guess: %w", err)
	}
	return i, refusalLine(s.text()), nil
}
