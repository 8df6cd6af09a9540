package main

import (
	"fmt"
	"strings"
	"time"

	"kring/server"
	"kring/sessions"
)

// defaultRetention is how long a room is kept after its last change when
// the operator does not say: half a year, a school year's sessions with a
// summer to export them.
const defaultRetention = 180 * sessions.Day

// retentionValue is the --retention flag: days ("180d", "180"), weeks
// ("26w"), a Go duration ("4320h"), or "off" (0: kept for ever).
type retentionValue struct{ d *time.Duration }

func (v retentionValue) String() string {
	if v.d == nil {
		return ""
	}
	if *v.d <= 0 {
		return "off"
	}
	if *v.d%sessions.Day == 0 {
		return fmt.Sprintf("%dd", *v.d/sessions.Day)
	}
	return v.d.String()
}

func (v retentionValue) Set(s string) error {
	d, err := parseRetention(s)
	if err != nil {
		return err
	}
	*v.d = d
	return nil
}

// parseRetention reads a retention as the flag and KRING_RETENTION take it.
func parseRetention(s string) (time.Duration, error) {
	if days, ok := server.ParseDays(s); ok {
		return time.Duration(days) * sessions.Day, nil
	}
	if d, err := time.ParseDuration(strings.TrimSpace(s)); err == nil && d >= 0 {
		return d, nil
	}
	return 0, fmt.Errorf("%q is not a retention: use days (180d), weeks (26w) or off", s)
}
