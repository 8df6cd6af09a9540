package tui

import (
	"reflect"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// binding is one key of a screen, declared once: the keys that do it
// (matched with key.Matches), what it does, the row the help page shows
// for it and the hint the key bar shows. Help and bar texts are i18n keys,
// looked up in the viewer's language when drawn; labels may hold {lr},
// {ud}, {space} and {any} (see keyLabel).
//
// A binding marked sharesRow is listed on the help row of the binding
// before it, and one marked sharesHint within that binding's bar hint: the
// two halves of a pair such as ← and →.
type binding[T any] struct {
	key.Binding
	// bar is the key bar's hint; empty when the key is not on a bar.
	bar key.Help
	// sharesBar puts the key on the bar within the hint before it,
	// sharesHelp on the help row before it.
	sharesBar, sharesHelp bool
	// barArg, if set, fills in the bar text's %s.
	barArg func(T) string
	// when, if set, says whether the binding applies now; a key that does
	// not apply goes on to the next binding and the next key map.
	when func(T) bool
	// shown, if set, says whether the help page lists the binding now.
	shown func(T) bool
	// do acts on the key. Nil hands the key to the screen's text field,
	// which is configured with this binding.
	do func(T, tea.KeyMsg) tea.Cmd
	// look marks a key that only looks around: it works while looking
	// back at an earlier activity.
	look bool
	// id names the binding in the key bars' cache.
	id uint16
}

// boardBinding is a key of the board and its overlays.
type boardBinding = binding[*boardModel]

// bindings counts the bindings declared, for their ids.
var bindings uint16

// newKey declares a binding for keys; no keys match any key.
func newKey[T any](keys ...string) *binding[T] {
	return &binding[T]{Binding: key.NewBinding(key.WithKeys(keys...)), id: nextBindingID()}
}

// nextBindingID returns a binding id not given out yet.
func nextBindingID() uint16 {
	bindings++
	return bindings
}

// boardKey declares a key of the board.
func boardKey(keys ...string) *boardBinding { return newKey[*boardModel](keys...) }

// help sets the help row: the keys as shown, and the i18n key of the text.
func (b *binding[T]) help(label, text string) *binding[T] {
	b.SetHelp(label, text)
	return b
}

// hint sets the key bar's hint: the keys as shown, and the i18n key of
// the text.
func (b *binding[T]) hint(label, text string) *binding[T] {
	b.bar = key.Help{Key: label, Desc: text}
	return b
}

// sharesRow lists the key on the help row of the binding before it.
func (b *binding[T]) sharesRow() *binding[T] {
	b.sharesHelp = true
	return b
}

// hintArg fills in the bar text's %s with arg's answer.
func (b *binding[T]) hintArg(arg func(T) string) *binding[T] {
	b.barArg = arg
	return b
}

// sharesHint puts the key on the bar within the hint of the binding
// before it.
func (b *binding[T]) sharesHint() *binding[T] {
	b.sharesBar = true
	return b
}

// only makes the binding apply only when when holds.
func (b *binding[T]) only(when func(T) bool) *binding[T] {
	b.when = when
	return b
}

// listed makes the help page list the binding only when shown holds.
func (b *binding[T]) listed(shown func(T) bool) *binding[T] {
	b.shown = shown
	return b
}

// looking marks the binding as one that works while looking back.
func (b *binding[T]) looking() *binding[T] {
	b.look = true
	return b
}

// does sets what the key does.
func (b *binding[T]) does(do func(T, tea.KeyMsg) tea.Cmd) *binding[T] {
	b.do = do
	return b
}

// applies reports whether the binding works now.
func (b *binding[T]) applies(t T) bool { return b.when == nil || b.when(t) }

// matches reports whether k triggers the binding now.
func (b *binding[T]) matches(t T, k tea.KeyMsg) bool {
	if b.do == nil || !b.applies(t) {
		return false
	}
	return len(b.Keys()) == 0 || key.Matches(k, b.Binding)
}

// keyMap is a screen's keys in the order they are tried and listed.
type keyMap[T any] []*binding[T]

// find returns the first binding that k triggers now, or nil.
func (km keyMap[T]) find(t T, k tea.KeyMsg) *binding[T] {
	for _, b := range km {
		if b.matches(t, k) {
			return b
		}
	}
	return nil
}

// handle does what k triggers; ok reports whether a binding took it.
func (km keyMap[T]) handle(t T, k tea.KeyMsg) (cmd tea.Cmd, ok bool) {
	if b := km.find(t, k); b != nil {
		return b.do(t, k), true
	}
	return nil, false
}

// hints are the bindings of km on the key bar now, in order.
func (km keyMap[T]) hints(t T) []*binding[T] {
	var out []*binding[T]
	for _, b := range km {
		if (b.bar.Desc != "" || b.sharesBar) && b.applies(t) {
			out = append(out, b)
		}
	}
	return out
}

// mapOf lists the bindings of the key map struct s, in field order,
// embedded structs included: the struct declares a screen's keys, and the
// order of its fields is the order keys are tried and listed.
func mapOf[T any](s any) keyMap[T] {
	var out keyMap[T]
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		for i := range v.NumField() {
			switch f := v.Field(i); f.Kind() {
			case reflect.Struct:
				walk(f)
			case reflect.Pointer:
				if b, ok := f.Interface().(*binding[T]); ok && b != nil {
					out = append(out, b)
				}
			}
		}
	}
	walk(reflect.ValueOf(s))
	return out
}

// join is the bindings of maps, in order.
func join[T any](maps ...keyMap[T]) keyMap[T] {
	var out keyMap[T]
	for _, km := range maps {
		out = append(out, km...)
	}
	return out
}
