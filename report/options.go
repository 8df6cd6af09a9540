package report

import (
	"time"

	"kring/sessions"
)

// Options shape a report.
type Options struct {
	// Lang is the language of the report's own words; empty for the
	// session's language. What people wrote stays as written.
	Lang sessions.Lang
	// Location is the time zone of the times shown; nil for the
	// server's local time.
	Location *time.Location
}

func (o Options) lang(x sessions.Export) sessions.Lang {
	if o.Lang != "" {
		return o.Lang
	}
	if x.Lang != "" {
		return x.Lang
	}
	return sessions.Dutch
}

func (o Options) loc() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return time.Local
}
