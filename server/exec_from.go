package server

import (
	"context"

	"kring/sessions"
)

// carryThemes returns template tpl starting with the themes of the room
// with code from, for `new --template … --from CODE`: a study day's phase 4
// takes the themes phase 3 found. Only a facilitator of that room may take
// them, and only into a template with a cluster.
func (s *Server) carryThemes(ctx context.Context, id sessions.ParticipantID, tpl *sessions.Template, from string) (*sessions.Template, error) {
	if tpl == nil {
		return nil, sessions.ErrNoClusterInTemplate
	}
	state, err := s.hub.State(ctx, from)
	if err != nil {
		return nil, err
	}
	if !state.IsFacilitator(id) {
		return nil, sessions.ErrNotFacilitator
	}
	return tpl.WithThemes(sessions.CarriedThemes(state))
}
