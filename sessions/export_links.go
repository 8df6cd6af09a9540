package sessions

// noteLinks returns what later activities of the report made of note n:
// the titles of the themes it was put in and the votes it got directly
// (in a closed vote on notes). Activities the report leaves out count
// for nothing.
func (c *exportCtx) noteLinks(n Note) (themes []string, votes int) {
	s := c.s
	for _, t := range s.Themes {
		if a, ok := s.Activity(t.Activity); ok && c.exported(a) {
			for _, id := range t.Notes {
				if id == n.ID {
					themes = append(themes, t.Title)
				}
			}
		}
	}
	for _, v := range s.Votes {
		if v.Item != n.ID {
			continue
		}
		if a, ok := s.Activity(v.Activity); ok && a.Closed && c.exported(a) {
			votes++
		}
	}
	return themes, votes
}

// exported reports whether the report shows activity a at all.
func (c *exportCtx) exported(a Activity) bool { return !a.Confidential || c.reader.WithConfidential }

// voters counts the different people who cast a vote in activity id: a
// count of people, which says nothing of who voted for what.
func (c *exportCtx) voters(id int) int {
	seen := map[ParticipantID]bool{}
	for _, v := range c.s.Votes {
		if v.Activity == id {
			seen[v.Voter] = true
		}
	}
	return len(seen)
}

// boardNote is what a report shows of n on the board of activity a (see
// note), with what later activities made of it and, when its author may
// be shown, its group: a group's members are listed, so the group of an
// anonymous note would narrow down who wrote it.
func (c *exportCtx) boardNote(a Activity, n Note) (ExportNote, bool) {
	xn, shown := c.note(n)
	if !shown {
		return xn, false
	}
	xn.Themes, xn.Votes = c.noteLinks(n)
	if a.PerGroup && c.s.See(n, c.reader).Author {
		for i, g := range c.s.groupsFor(a) {
			if g.ID == n.Group {
				xn.Group = i + 1
			}
		}
	}
	return xn, true
}
