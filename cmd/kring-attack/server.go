package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"
)

// buildKring builds ./cmd/kring into dir and returns the binary's path.
func buildKring(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "kring")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "kring/cmd/kring")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build kring: %w", err)
	}
	return bin, nil
}

// server is a `kring serve` process on loopback with default limits.
type server struct {
	cmd     *exec.Cmd
	addr    string
	logPath string
	exited  chan struct{}
	waitErr error // why it exited, once exited is closed
}

// listenRe finds the address in the server's first line ("kring luistert
// op 127.0.0.1:PORT").
var listenRe = regexp.MustCompile(`127\.0\.0\.1:[0-9]+`)

// startServer runs bin serve on a free loopback port with its data in
// dir/data and its log in dir/server.log. Every KRING_ variable is left
// out of its environment: the attacks meet the default limits.
func startServer(bin, dir string) (*server, error) {
	logPath := filepath.Join(dir, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("server log: %w", err)
	}
	defer logFile.Close() // the child has its own descriptor
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:0", "--data", filepath.Join(dir, "data"))
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KRING_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Stderr = logFile
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("server stdout: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	s := &server{cmd: cmd, logPath: logPath, exited: make(chan struct{})}
	addr := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if a := listenRe.FindString(lines.Text()); a != "" {
				select {
				case addr <- a:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	go func() {
		s.waitErr = cmd.Wait()
		close(s.exited)
	}()
	select {
	case s.addr = <-addr:
		return s, nil
	case <-s.exited:
		return nil, fmt.Errorf("server exited at start: %v (see %s)", s.waitErr, logPath)
	case <-time.After(30 * time.Second):
		s.stop()
		return nil, errors.New("server printed no address within 30s")
	}
}

// pid is the server's process id.
func (s *server) pid() int { return s.cmd.Process.Pid }

// running reports whether the process has not exited.
func (s *server) running() bool {
	select {
	case <-s.exited:
		return false
	default:
		return true
	}
}

// stop asks the server to shut down (SIGINT, as Ctrl+C) and kills it when
// it has not exited within 15 seconds. It reports how it ended.
func (s *server) stop() string {
	if !s.running() {
		return fmt.Sprintf("had already exited: %v", s.waitErr)
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.exited:
		if s.waitErr != nil {
			return fmt.Sprintf("stopped with SIGINT: %v", s.waitErr)
		}
		return "stopped with SIGINT, exit status 0"
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Signal(syscall.SIGKILL)
		<-s.exited
		return "did not stop within 15s of SIGINT; killed"
	}
}

// msgRe finds the message of a log line as slog's text handler writes it.
var msgRe = regexp.MustCompile(`level=(\S+) msg=("(?:[^"\\]|\\.)*"|\S+)`)

// logMessages counts the server's log lines by level and message, leaving
// out the connects and disconnects.
func (s *server) logMessages() map[string]int {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return nil
	}
	counts := map[string]int{}
	for _, m := range msgRe.FindAllStringSubmatch(string(b), -1) {
		msg := strings.Trim(m[2], `"`)
		if msg != "connect" && msg != "disconnect" {
			counts[m[1]+" "+msg]++
		}
	}
	return counts
}

// logCount counts the lines of the server's log that contain text.
func (s *server) logCount(text string) int {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return 0
	}
	n := 0
	for line := range strings.Lines(string(b)) {
		if strings.Contains(line, text) {
			n++
		}
	}
	return n
}

// logDelta lists the log messages that came between two counts, most
// frequent first.
func logDelta(before, after map[string]int) string {
	type entry struct {
		msg string
		n   int
	}
	var es []entry
	for msg, n := range after {
		if d := n - before[msg]; d > 0 {
			es = append(es, entry{msg, d})
		}
	}
	if len(es) == 0 {
		return "nothing"
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Or(b.n-a.n, strings.Compare(a.msg, b.msg)) })
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%d× %s", e.n, e.msg))
	}
	return strings.Join(parts, "; ")
}
