// Package tui holds kring's bubbletea screens: the lobby, the join form and
// the live board with its editor, confirmations and help. A screen draws a
// sessions.View and turns keys into sessions commands; it never holds a
// pointer into live room state and never writes to the store itself.
package tui
