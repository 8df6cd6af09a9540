package sessions

import "slices"

// ColumnAdded: a column was added to an activity's board.
type ColumnAdded struct {
	Column Column `json:"column"`
}

// ColumnRenamed: column Column is now called Title.
type ColumnRenamed struct {
	Column int    `json:"column"`
	Title  string `json:"title"`
}

// ColumnRemoved: column Column was removed, with its notes.
type ColumnRemoved struct {
	Column int `json:"column"`
}

// ColumnLocked: column Column was locked (no new notes) or opened.
type ColumnLocked struct {
	Column int  `json:"column"`
	Locked bool `json:"locked"`
}

// Kind implements Payload.
func (ColumnAdded) Kind() EventKind { return EvColumnAdded }

// Kind implements Payload.
func (ColumnRenamed) Kind() EventKind { return EvColumnRenamed }

// Kind implements Payload.
func (ColumnRemoved) Kind() EventKind { return EvColumnRemoved }

// Kind implements Payload.
func (ColumnLocked) Kind() EventKind { return EvColumnLocked }

func (p ColumnAdded) apply(s State, _ Event) State {
	s.Columns = append(slices.Clip(s.Columns), p.Column)
	s.NextID = max(s.NextID, p.Column.ID+1)
	return s
}

func (p ColumnRenamed) apply(s State, _ Event) State {
	s.Columns = update(s.Columns, s.columnIndex(p.Column), func(c *Column) { c.Title = p.Title })
	return s
}

func (p ColumnRemoved) apply(s State, _ Event) State {
	if i := s.columnIndex(p.Column); i >= 0 {
		s.Columns = slices.Delete(slices.Clone(s.Columns), i, i+1)
		s.Notes = slices.DeleteFunc(slices.Clone(s.Notes), func(n Note) bool { return n.Column == p.Column })
	}
	return s
}

func (p ColumnLocked) apply(s State, _ Event) State {
	s.Columns = update(s.Columns, s.columnIndex(p.Column), func(c *Column) { c.Locked = p.Locked })
	return s
}
