package sessions

import (
	"errors"
	"testing"
	"time"
)

// kindCommands has one command of every activity kind.
var kindCommands = []kindCommand{
	AddTheme{}, RenameTheme{}, RemoveTheme{}, Assign{}, MergeThemes{},
	CastVote{}, RetractVote{}, CloseVote{},
	StartRound{}, NextTurn{},
	AddAction{},
	ConfigureCafe{}, SetHost{}, StartCafe{}, NextCafeRound{},
	FormGroups{}, MoveMember{},
	MoveCard{}, Compare{},
	PlaceMark{}, SetShares{},
}

// Every kind's command is decided by its kind's rules, and only in an
// activity of that kind: elsewhere it is refused, never half applied.
func TestKindCommandsAreDecidedByTheirKind(t *testing.T) {
	s := fullRoom(t) // its current activity is a brainstorm
	for _, c := range kindCommands {
		rules := c.kind().rules()
		if rules.decide == nil {
			t.Errorf("%T: kind %q has no decide rule", c, c.kind())
			continue
		}
		evs, err := Decide(s, owner, time.Unix(100, 0), c)
		if !errors.Is(err, ErrWrongActivity) || len(evs) != 0 {
			t.Errorf("%T in a brainstorm: events %d, error %v; want ErrWrongActivity", c, len(evs), err)
		}
	}
}

// Every kind has rules, and a kind's own settings are only set from its
// template when it takes them.
func TestEveryKindIsRegistered(t *testing.T) {
	for _, k := range Kinds {
		if _, ok := kinds[k]; !ok {
			t.Errorf("kind %q has no rules", k)
		}
	}
	ta := TemplateActivity{Kind: KindBrainstorm, VoteSettings: VoteSettings{Budget: 5}, GroupsSettings: GroupsSettings{Min: 2, Max: 4}}
	if f := straySetting(ta); f == "" {
		t.Error("a brainstorm with a budget is not refused")
	}
	ta.Kind = KindVote
	if f := straySetting(ta); f != "min/max/mix" {
		t.Errorf("a vote with group sizes: stray %q, want min/max/mix", f)
	}
}
