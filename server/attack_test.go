package server

import (
	"fmt"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/crypto/ssh"

	"kring/server/internal/sshtest"
	"kring/sessions"
)

// The attacks of issue 7, each against a real server on loopback. Figures
// they log go into docs/RELIABILITY.md.

func TestAttackAbsurdWindowSizes(t *testing.T) {
	ts := startServer(t, t.TempDir())
	c := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby"})
	c.WaitFor("Doe mee", wait)
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, sz := range [][2]uint32{{1, 2147483647}, {2147483647, 1}, {10000, 10000}, {4294967295, 4294967295}, {0, 0}, {80, 24}} {
		if err := c.ClaimSize(sz[0], sz[1]); err != nil {
			t.Fatalf("window change %v: %v", sz, err)
		}
		time.Sleep(minResizeInterval) // let each size be drawn, not coalesced away
	}
	// The connection and the server live on: the screen answers a key at
	// the last size, and a newcomer gets in.
	c.Type("\x14") // Ctrl+T switches the language
	c.WaitFor("Join a session", wait)
	other := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby"})
	other.WaitFor("Doe mee", wait)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("heap in use before %d MiB, after the absurd sizes %d MiB; peak total allocated %d MiB",
		before.HeapInuse>>20, after.HeapInuse>>20, (after.TotalAlloc-before.TotalAlloc)>>20)
	if grown := int64(after.HeapInuse) - int64(before.HeapInuse); grown > 64<<20 {
		t.Errorf("absurd window sizes grew the heap by %d MiB", grown>>20)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 256<<20 {
		t.Errorf("absurd window sizes allocated %d MiB in all", got>>20)
	}
}

func TestAttackTinyWindowSaysTooSmall(t *testing.T) {
	ts := startServer(t, t.TempDir())
	c := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby", Cols: 20, Rows: 5})
	c.WaitFor("Venster te klein", wait)
	if err := c.Resize(80, 24); err != nil {
		t.Fatal(err)
	}
	c.WaitFor("Doe mee", wait)
}

// silent opens n TCP connections that never send a byte and returns a
// channel that yields each one's lifetime when the server closes it.
func silent(t *testing.T, addr string, n int) <-chan time.Duration {
	t.Helper()
	closed := make(chan time.Duration, n)
	for range n {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		t.Cleanup(func() { conn.Close() })
		start := time.Now()
		go func() {
			_, _ = io.Copy(io.Discard, conn) // the server's banner, then nothing
			closed <- time.Since(start)
		}()
	}
	return closed
}

func TestAttackSilentConnectionsCannotLockOutAnAddress(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Limits = Limits{MaxConnsPerAddr: 100, MaxPendingPerAddr: 16, HandshakeTimeout: 2 * time.Second}
	})
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	closed := silent(t, ts.addr, 120)
	// The 104 oldest are dropped at once, as newer ones arrive.
	for i := range 120 - 16 {
		select {
		case <-closed:
		case <-time.After(wait):
			t.Fatalf("only %d of the oldest silent connections were dropped", i)
		}
	}
	// A real participant from the same address gets in during the flood.
	ts.join(t, code, sshtest.NewKey(t), "Anna", "leerkracht")
	// The participant's arrival dropped one more; the last 15 go at the
	// handshake deadline.
	var longest time.Duration
	for i := range 16 {
		select {
		case d := <-closed:
			longest = max(longest, d)
		case <-time.After(wait):
			t.Fatalf("%d silent connections still open %v after the handshake deadline", 16-i, wait)
		}
	}
	t.Logf("120 silent connections: 105 dropped on arrival of newer ones, the last 15 closed after at most %v", longest.Round(time.Millisecond))
	if longest > 2*time.Second+time.Second {
		t.Errorf("a silent connection lived %v with a 2s handshake deadline", longest)
	}
	open, pending := ts.srv.admission.counts("127.0.0.1")
	if pending != 0 || open != 1 {
		t.Errorf("after the flood: %d open, %d pending from the address; want only the participant", open, pending)
	}
}

func TestAttackOverallConnectionCap(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Limits = Limits{MaxConns: 3, MaxPendingPerAddr: 50}
	})
	// Three established connections fill the server; a fourth is refused,
	// while a silent one would only have pushed out another silent one.
	var terms []*sshtest.Term
	for range 3 {
		c := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby"})
		c.WaitFor("Doe mee", wait)
		terms = append(terms, c)
	}
	if _, _, err := sshtest.Dial(ts.addr, "lobby", nil); err == nil {
		t.Fatal("a fourth connection was accepted with a cap of 3")
	}
	terms[0].Close()
	waitUntil(t, "a place to come free after a connection closed", func() bool {
		c, _, err := sshtest.Dial(ts.addr, "lobby", nil)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

func TestAttackSessionsPerConnection(t *testing.T) {
	ts := startServer(t, t.TempDir())
	client, _, err := sshtest.Dial(ts.addr, "lobby", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var open []*ssh.Session
	for i := range 10 {
		s, err := client.NewSession()
		if err != nil {
			if i != 4 {
				t.Fatalf("session %d refused, want the fifth: %v", i+1, err)
			}
			break
		}
		open = append(open, s)
	}
	if len(open) != 4 {
		t.Fatalf("%d sessions open on one connection, want 4", len(open))
	}
	open[0].Close()
	waitUntil(t, "closing a session to free a place", func() bool {
		s, err := client.NewSession()
		if err == nil {
			s.Close()
		}
		return err == nil
	})
}

func TestAttackDeadPeerIsDroppedByKeepAlives(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Limits = Limits{KeepAliveInterval: 100 * time.Millisecond, KeepAliveCountMax: 3}
	})
	c := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby"})
	c.WaitFor("Doe mee", wait)
	start := time.Now()
	c.PauseNetwork() // the laptop lid closes: nothing is read or answered
	waitUntil(t, "the dead peer's connection to close", func() bool {
		open, _ := ts.srv.admission.counts("127.0.0.1")
		return open == 0
	})
	t.Logf("a dead peer was dropped %v after it went silent (keep-alive every 100ms, 3 missed)", time.Since(start).Round(time.Millisecond))
}

func TestAttackIdleTimeoutIgnoresKeepAlives(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.IdleTimeout = 500 * time.Millisecond
		c.Limits = Limits{KeepAliveInterval: 50 * time.Millisecond}
	})
	c := sshtest.Start(t, ts.addr, sshtest.Options{User: "lobby"})
	c.WaitFor("Doe mee", wait)
	select {
	case <-c.Exited():
	case <-time.After(wait):
		t.Fatal("an idle connection that answers keep-alives was never closed")
	}
}

func TestAttackKeylessJoinFlood(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) {
		c.Hub.Addr = sessions.AddrLimits{JoinBurst: 5, JoinsPerSecond: 0.001}
	})
	code := ts.newRoom(t, sshtest.NewKey(t), "")
	var mu sync.Mutex
	in, refused := 0, 0
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := ts.connect(t, code, nil)
			fillJoinForm(c, fmt.Sprintf("bot%d", i), "")
			screen := c.WaitUntil("joined or refused", wait, func(s string) bool {
				return strings.Contains(s, "Jouw terugkeercode") || strings.Contains(s, "heel veel mensen")
			})
			mu.Lock()
			defer mu.Unlock()
			if strings.Contains(screen, "heel veel mensen") {
				refused++
			} else {
				in++
			}
		}()
	}
	wg.Wait()
	if in != 5 || refused != 3 {
		t.Errorf("%d keyless bots got in and %d were refused, want 5 and 3", in, refused)
	}
}

// waitUntil polls cond until it holds, failing the test after wait.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s", wait, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAttackWindowChangeBeforeShellDoesNotWedgeTheSession(t *testing.T) {
	ts := startServer(t, t.TempDir())
	client, _, err := sshtest.Dial(ts.addr, "lobby", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, ssh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	// Window changes before the shell: the library reads each only when
	// someone takes the one before.
	for i := range 5 {
		if err := sess.WindowChange(30+i, 100); err != nil {
			t.Fatal(err)
		}
	}
	out := &syncWriter{b: &strings.Builder{}}
	sess.Stdout = out
	stdin, err := sess.StdinPipe() // a terminal's input stays open
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	shell := make(chan error, 1)
	go func() { shell <- sess.Shell() }()
	select {
	case err := <-shell:
		if err != nil {
			t.Fatalf("shell: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("the shell request was never answered after early window changes")
	}
	waitUntil(t, "the lobby", func() bool { return strings.Contains(ansi.Strip(out.String()), "Doe mee") })
}

func TestAttackEnvFloodAndNoShellAreBounded(t *testing.T) {
	ts := startServer(t, t.TempDir(), func(c *Config) { c.Limits.HandshakeTimeout = 2 * time.Second })
	client, _, err := sshtest.Dial(ts.addr, "lobby", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("GROOT", strings.Repeat("x", 200<<10)); err == nil {
		t.Error("an environment variable of 200 KiB was taken")
	}
	for i := range 40 {
		err := sess.Setenv(fmt.Sprintf("S%d", i), "kort")
		if (i < maxEnv-1) != (err == nil) { // the big one counted too
			t.Errorf("short variable %d: %v (the cap is %d)", i, err, maxEnv)
			break
		}
	}
	// A session that never starts a shell or command is closed.
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case <-done:
	case <-time.After(wait):
		t.Fatal("a session without shell or command stayed open")
	}
}

// syncWriter is a strings.Builder safe for the SSH library's copying
// goroutine and the test.
type syncWriter struct {
	mu sync.Mutex
	b  *strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}
