package tui

import (
	"time"

	"kring/sessions"
)

// expiryWarning is the line that tells a facilitator, from
// sessions.RetentionWarning before, when retention removes the room and
// how to export it first; "" for everyone else and at other times.
func (b *boardModel) expiryWarning() string {
	m := b.m
	at := m.console().Expires
	if !m.view.Facilitator || b.projector || at.IsZero() || at.Sub(m.now()) >= sessions.RetentionWarning {
		return ""
	}
	days := max(0, int(at.Sub(m.now())/sessions.Day))
	date := at.Local().Format(time.DateOnly)
	export := "export " + sessions.FormatCode(m.view.Code)
	if m.cfg.ExportCommand != nil {
		export = m.cfg.ExportCommand(m.view.Code)
	}
	return m.t("board.expiring", days, date, export)
}
