package report

import "kring/sessions"

// table is a café table: its question, its host and its notes by round.
type table struct {
	Title  string
	Host   string
	Rounds []roundNotes
}

type roundNotes struct {
	Title string
	Notes []sessions.ExportNote
}

// seating says who sat at which table in which round: a row per table,
// a column per round.
type seating struct {
	Rounds []string
	Rows   []seatRow
}

type seatRow struct {
	Table string
	// Hosted: the first name of every cell is the table's host.
	Hosted bool
	Cells  [][]string
}

func (p *page) cafe(a sessions.ExportActivity) []table {
	var out []table
	for i, col := range a.Columns {
		t := table{Title: p.T("table", i+1)}
		if i < len(a.Cafe.Tables) {
			t.Title += ": " + a.Cafe.Tables[i].Question
			if h := a.Cafe.Tables[i].Host; h != "" {
				t.Host = p.T("host", h)
			}
		}
		rounds := max(a.Cafe.Rounds, 1)
		for _, n := range col.Notes {
			rounds = max(rounds, n.Round)
		}
		for r := 1; r <= rounds; r++ {
			rn := roundNotes{Title: p.T("round", r)}
			for _, n := range col.Notes {
				if max(n.Round, 1) == r {
					rn.Notes = append(rn.Notes, n)
				}
			}
			if len(rn.Notes) > 0 {
				t.Rounds = append(t.Rounds, rn)
			}
		}
		out = append(out, t)
	}
	return out
}

func (p *page) seating(c *sessions.ExportCafe) *seating {
	if len(c.Seats) == 0 {
		return nil
	}
	st := &seating{}
	for r := range c.Seats {
		st.Rounds = append(st.Rounds, p.T("round", r+1))
	}
	for t := range c.Tables {
		row := seatRow{Table: p.T("table", t+1), Hosted: c.Tables[t].Host != ""}
		for _, round := range c.Seats {
			cell := []string{}
			if t < len(round) {
				cell = round[t]
			}
			row.Cells = append(row.Cells, cell)
		}
		st.Rows = append(st.Rows, row)
	}
	return st
}
