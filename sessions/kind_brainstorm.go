package sessions

import "fmt"

// A brainstorm has a board of columns that participants write notes
// into; the board itself is drawn for every kind that has one (see
// ViewWith), and reported by exportBoard.
var brainstormKind = kindRules{
	board:           true,
	plain:           true,
	takesVoteSource: true,
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if len(a.Columns) == 0 || len(a.Columns) > MaxColumns {
			return "columns", fmt.Sprintf("a brainstorm needs 1 to %d columns", MaxColumns)
		}
		return "", ""
	},
	export: func(xa *ExportActivity, a Activity, c *exportCtx) { reportBoard(xa, a, c, false) },
}

// exportBoard reports the columns of a board and their notes, as the
// visibility policy lets a report show them. A café's columns are its
// tables, numbered, with the round each note was written in.
func reportBoard(xa *ExportActivity, a Activity, c *exportCtx, tables bool) {
	s := c.s
	for i, col := range s.ColumnsOf(a.ID) {
		xc := ExportColumn{Title: col.Title, Notes: []ExportNote{}}
		if tables {
			xc.Title = fmt.Sprintf(exportText.T(s.Lang, "md.table"), i+1, col.Title)
		}
		for _, n := range s.NotesIn(col.ID) {
			if a.PerGroup && c.reader.Group != 0 && n.Group != c.reader.Group {
				continue // another group's board, in a participant's copy
			}
			xn, shown := c.boardNote(a, n)
			if !shown {
				xa.Unrevealed++
				continue
			}
			if tables {
				xn.Round = n.Round + 1
			}
			xc.Notes = append(xc.Notes, xn)
		}
		if a.Anonymous {
			orderAnonymous(xc.Notes, exportNoteText)
		}
		xa.Columns = append(xa.Columns, xc)
	}
}
