package sessions

// RetentionSet: the room's facilitator chose how long the room is kept
// after its last change, in days; 0 is the server's retention again. A
// room is never kept longer than the server's retention (see ExpiresAt).
type RetentionSet struct {
	Days int `json:"days"`
}

// Kind implements Payload.
func (RetentionSet) Kind() EventKind { return EvRetentionSet }

func (p RetentionSet) apply(s State, _ Event) State {
	s.RetentionDays = max(0, p.Days)
	return s
}

// readV1 reads the flat form. Version 1 never had this kind; the form
// (the days in item) only keeps every kind readable in both.
func (p *RetentionSet) readV1(f eventV1) bool {
	p.Days = f.Item
	return true
}
