package sessions

// ExportCafe is a world café's tables and seating in a report.
type ExportCafe struct {
	Tables []ExportTable `json:"tables"`
	// Rounds is how many rounds were planned.
	Rounds int `json:"rounds"`
	// Seats[r][t] names who sat at table t in round r, the host first.
	// It is left out for an anonymous café: with the round and table of
	// every note, it would narrow down who wrote which.
	Seats [][][]string `json:"seats,omitempty"`
}

// ExportTable is one café table: its question and its host.
type ExportTable struct {
	Question string `json:"question"`
	Host     string `json:"host,omitempty"`
}

// cafe reports café activity a's tables, hosts and seating.
func (c *exportCtx) cafe(a Activity) *ExportCafe {
	xc := &ExportCafe{Rounds: a.Rounds}
	for i, col := range c.s.ColumnsOf(a.ID) {
		t := ExportTable{Question: col.Title}
		if i < len(a.Hosts) && a.Hosts[i] != "" {
			t.Host = c.people[a.Hosts[i]].Name
		}
		xc.Tables = append(xc.Tables, t)
	}
	if a.Plan == nil || a.Anonymous {
		return xc
	}
	for _, round := range a.Plan.Seats {
		tables := make([][]string, len(round))
		for t, ids := range round {
			tables[t] = []string{}
			for _, id := range ids {
				tables[t] = append(tables[t], c.people[id].Name)
			}
		}
		xc.Seats = append(xc.Seats, tables)
	}
	return xc
}
