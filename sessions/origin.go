package sessions

import "context"

// originKey holds the network address a command comes from.
type originKey struct{}

// WithOrigin returns ctx carrying addr, the network address (without port)
// of the connection whose commands go out with ctx. The hub uses it only
// in memory, for the limits per address; it is never stored.
func WithOrigin(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, originKey{}, addr)
}

// OriginOf returns the address WithOrigin put in ctx, or "" for none
// (commands from the server itself, tests).
func OriginOf(ctx context.Context) string {
	addr, _ := ctx.Value(originKey{}).(string)
	return addr
}
