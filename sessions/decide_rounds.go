package sessions

import (
	"math/rand/v2"
	"slices"
	"time"
)

// MaxActionLen caps each field of an action item.
const MaxActionLen = 200

// DefaultBudget is the number of votes per person when an activity sets
// none.
const DefaultBudget = 3

// decideRounds handles the commands of the cluster, vote, round and
// actions activities. ok is false for commands it does not know.
func decideRounds(s State, actor ParticipantID, at time.Time, cmd Command) (evs []Event, ok bool, err error) {
	ev := func(p Payload) Event { return newEvent(at, actor, p) }
	one := func(p Payload) ([]Event, bool, error) { return []Event{ev(p)}, true, nil }
	fac := s.IsFacilitator(actor)
	switch c := cmd.(type) {
	case AddTheme, RenameTheme, RemoveTheme, Assign, MergeThemes:
		a, err := s.currentOf(KindCluster, actor)
		if err != nil {
			return nil, true, err
		}
		if !fac && !a.Open {
			return nil, true, ErrNotFacilitator
		}
		switch c := c.(type) {
		case AddTheme:
			title, err := cleanField(c.Title, MaxTitleLen, true)
			if err != nil {
				return nil, true, err
			}
			return one(ThemeAdded{Theme: Theme{ID: s.NextID, Activity: a.ID, Title: title}})
		case RenameTheme:
			if !s.themeIn(c.Theme, a.ID) {
				return nil, true, ErrNoTheme
			}
			title, err := cleanField(c.Title, MaxTitleLen, true)
			if err != nil {
				return nil, true, err
			}
			return one(ThemeRenamed{Theme: c.Theme, Title: title})
		case RemoveTheme:
			if !s.themeIn(c.Theme, a.ID) {
				return nil, true, ErrNoTheme
			}
			return one(ThemeRemoved{Theme: c.Theme})
		case Assign:
			if !slices.Contains(s.notesOf(s.sourceOf(a)), c.Note) {
				return nil, true, ErrNoNote
			}
			if c.Theme != 0 && !s.themeIn(c.Theme, a.ID) {
				return nil, true, ErrNoTheme
			}
			return one(NoteAssigned{Note: c.Note, Theme: c.Theme})
		case MergeThemes:
			if c.From == c.Into || !s.themeIn(c.From, a.ID) || !s.themeIn(c.Into, a.ID) {
				return nil, true, ErrNoTheme
			}
			from, _ := s.theme(c.From)
			var out []Event
			for _, n := range from.Notes {
				out = append(out, ev(NoteAssigned{Note: n, Theme: c.Into}))
			}
			return append(out, ev(ThemeRemoved{Theme: c.From})), true, nil
		}
	case CastVote, RetractVote:
		a, err := s.currentOf(KindVote, actor)
		if err != nil {
			return nil, true, err
		}
		if a.Closed {
			return nil, true, ErrVoteClosed
		}
		item := 0
		if v, isCast := c.(CastVote); isCast {
			item = v.Item
		} else {
			item = c.(RetractVote).Item
		}
		if !slices.Contains(s.VoteItems(a), item) {
			return nil, true, ErrNoItem
		}
		mine, onItem := s.votesBy(actor, a.ID, item)
		if _, isCast := c.(CastVote); isCast {
			if mine >= budget(a) {
				return nil, true, ErrNoVotesLeft
			}
			if a.PerItem > 0 && onItem >= a.PerItem {
				return nil, true, ErrItemCap
			}
			return one(Voted{Activity: a.ID, Item: item})
		}
		if onItem == 0 {
			return nil, true, ErrNoVote
		}
		return one(Unvoted{Activity: a.ID, Item: item})
	case CloseVote:
		if !fac {
			return nil, true, ErrNotFacilitator
		}
		a, err := s.currentOf(KindVote, actor)
		if err != nil {
			return nil, true, err
		}
		return one(VoteClosed{Activity: a.ID, Closed: !c.Reopen})
	case StartRound:
		if !fac {
			return nil, true, ErrNotFacilitator
		}
		a, err := s.currentOf(KindRound, actor)
		if err != nil {
			return nil, true, err
		}
		var order []ParticipantID
		for _, p := range s.Participants {
			if slices.Contains(c.Present, p.ID) {
				order = append(order, p.ID)
			}
		}
		if len(order) == 0 {
			return nil, true, ErrNobodyPresent
		}
		if c.Shuffle {
			r := rand.New(rand.NewPCG(c.Seed, c.Seed^0x6b72696e67))
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		return one(RoundStarted{Activity: a.ID, Order: order, Shuffled: c.Shuffle})
	case NextTurn:
		if !fac {
			return nil, true, ErrNotFacilitator
		}
		a, err := s.currentOf(KindRound, actor)
		if err != nil {
			return nil, true, err
		}
		if len(a.Order) == 0 {
			return nil, true, ErrNobodyPresent
		}
		turn := min(max(a.Turn+c.Delta, 0), len(a.Order))
		if turn == a.Turn {
			return nil, true, nil
		}
		return one(TurnChanged{Activity: a.ID, Turn: turn})
	case AddAction:
		a, err := s.currentOf(KindActions, actor)
		if err != nil {
			return nil, true, err
		}
		if !fac && !a.Open {
			return nil, true, ErrNotFacilitator
		}
		item, err := cleanAction(c.Item)
		if err != nil {
			return nil, true, err
		}
		return one(ActionAdded{Action: Action{ID: s.NextID, Activity: a.ID, Author: actor, ActionItem: item}})
	case EditAction, DeleteAction:
		id := 0
		if ed, isEdit := c.(EditAction); isEdit {
			id = ed.Action
		} else {
			id = c.(DeleteAction).Action
		}
		act, found := s.action(id)
		if !found {
			return nil, true, ErrNoAction
		}
		if act.Author != actor && !fac {
			return nil, true, ErrNotYours
		}
		if ed, isEdit := c.(EditAction); isEdit {
			item, err := cleanAction(ed.Item)
			if err != nil {
				return nil, true, err
			}
			return one(ActionEdited{Action: act.ID, Item: item})
		}
		return one(ActionDeleted{Action: id})
	default:
		return nil, false, nil
	}
	return nil, true, ErrUnknownCommand
}

// currentOf returns the current activity when it is of kind and the actor
// may act in it now.
func (s State) currentOf(kind ActivityKind, actor ParticipantID) (Activity, error) {
	a, ok := s.CurrentActivity()
	if !ok || a.Kind != kind {
		return Activity{}, ErrWrongActivity
	}
	if s.InputLocked && !s.IsFacilitator(actor) {
		return Activity{}, ErrInputLocked
	}
	return a, nil
}

func cleanField(raw string, max int, required bool) (string, error) {
	v := Clean(raw, false)
	if required && v == "" {
		return "", ErrEmptyText
	}
	if RuneLen(v) > max {
		return "", ErrTooLong
	}
	return v, nil
}

func cleanAction(in ActionItem) (ActionItem, error) {
	var out ActionItem
	var err error
	fields := []struct {
		dst      *string
		src      string
		required bool
	}{
		{&out.What, in.What, true}, {&out.Owner, in.Owner, false}, {&out.Theme, in.Theme, false},
		{&out.Until, in.Until, false}, {&out.Result, in.Result, false}, {&out.Account, in.Account, false},
	}
	for _, f := range fields {
		if *f.dst, err = cleanField(f.src, MaxActionLen, f.required); err != nil {
			return ActionItem{}, err
		}
	}
	return out, nil
}

func budget(a Activity) int {
	if a.Budget > 0 {
		return a.Budget
	}
	return DefaultBudget
}
