package server

import "testing"

func TestJoinCommand(t *testing.T) {
	for _, tc := range []struct{ listen, host, want string }{
		{":2222", "kring.school.nl", "ssh -p 2222 K7Q-4MX@kring.school.nl"},
		{":22", "kring.school.nl", "ssh K7Q-4MX@kring.school.nl"},
		{":2222", "kring.school.nl:443", "ssh -p 443 K7Q-4MX@kring.school.nl"},
		{"127.0.0.1:40123", "localhost", "ssh -p 40123 K7Q-4MX@localhost"},
	} {
		c := Config{Listen: tc.listen, Host: tc.host}
		if got := c.JoinCommand("K7Q4MX"); got != tc.want {
			t.Errorf("JoinCommand(%q, %q) = %q, want %q", tc.listen, tc.host, got, tc.want)
		}
	}
}
