package sessions

import (
	"time"
)

// An actions activity collects what will be done: what, who, theme,
// until when, result and how it is accounted for.
var actionsKind = kindRules{
	decide: decideActions,
	view:   actionsView,
	export: func(xa *ExportActivity, a Activity, c *exportCtx) {
		for _, act := range c.s.Actions {
			if act.Activity == a.ID {
				xa.Actions = append(xa.Actions, act.ActionItem)
			}
		}
	},
}

// actionsView lists the actions; their author and facilitators may change them.
func actionsView(v *View, s State, viewer ParticipantID, names map[ParticipantID]string) {
	act := v.Activity
	for _, a := range s.Actions {
		if a.Activity == act.ID {
			v.Actions = append(v.Actions, ActionView{ID: a.ID, ActionItem: a.ActionItem, CanChange: !v.Past && (a.Author == viewer || v.Facilitator)})
		}
	}
	seen := map[string]bool{}
	for _, a := range s.Agenda {
		for _, t := range s.ThemesOf(a.ID) {
			if !seen[t.Title] {
				seen[t.Title] = true
				v.ActionThemes = append(v.ActionThemes, t.Title)
			}
		}
	}
}

// decideActions decides adding, editing and deleting actions.
func decideActions(s State, actor ParticipantID, at time.Time, cmd Command) ([]Event, error) {
	_, one := emitter(at, actor)
	fac := s.IsFacilitator(actor)
	switch c := cmd.(type) {
	case AddAction:
		a, err := s.currentOf(KindActions, actor)
		if err != nil {
			return nil, err
		}
		if !fac && !a.Open {
			return nil, ErrNotFacilitator
		}
		item, err := cleanAction(c.Item)
		if err != nil {
			return nil, err
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
			return nil, ErrNoAction
		}
		if act.Author != actor && !fac {
			return nil, ErrNotYours
		}
		if ed, isEdit := c.(EditAction); isEdit {
			item, err := cleanAction(ed.Item)
			if err != nil {
				return nil, err
			}
			return one(ActionEdited{Action: act.ID, Item: item})
		}
		return one(ActionDeleted{Action: id})
	}
	return nil, ErrUnknownCommand
}

// MaxActionLen caps each field of an action item.
const MaxActionLen = 200

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
