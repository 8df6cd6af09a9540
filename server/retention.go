package server

import (
	"context"
	"strings"
	"time"

	"kring/sessions"
)

// Expire removes the rooms past their retention now (by the hub's clock),
// as the server does every RetentionEvery, logs their codes (nothing
// about the people in them) and returns them.
func (s *Server) Expire(ctx context.Context) ([]string, error) {
	gone, err := s.hub.Expire(ctx)
	if err != nil {
		s.log.Error("retention: removing expired rooms failed", "err", err)
		return nil, err
	}
	if len(gone) > 0 {
		s.log.Info("retention: rooms removed", "rooms", strings.Join(gone, ","), "retention_days", int(s.cfg.Hub.Retention/sessions.Day))
	}
	return gone, nil
}

// sweep runs Expire at the start and then every RetentionEvery until ctx
// ends.
func (s *Server) sweep(ctx context.Context) {
	if s.cfg.Hub.Retention <= 0 {
		return
	}
	tick := time.NewTicker(s.cfg.RetentionEvery)
	defer tick.Stop()
	for {
		_, _ = s.Expire(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
