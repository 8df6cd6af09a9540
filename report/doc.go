// Package report renders the export of a session (sessions.Export) as
// files people read or work with: a self-contained HTML report to print or
// mail, and CSV for a spreadsheet. It shows only what the export holds:
// what may be shown, the visibility policy (sessions.State.See) has
// already decided.
package report
