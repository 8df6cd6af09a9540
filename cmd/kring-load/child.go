package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"time"

	charmlog "github.com/charmbracelet/log"
	"golang.org/x/crypto/ssh"

	"kring/server"
	"kring/sessions"
)

// childFlag, as the first argument, runs the server side of the harness.
const childFlag = "-child-server"

// memStats is the child's memory after a full collection.
type memStats struct {
	HeapInuse  uint64 `json:"heap_inuse"`
	HeapAlloc  uint64 `json:"heap_alloc"`
	Sys        uint64 `json:"sys"`
	Goroutines int    `json:"goroutines"`
	RSS        uint64 `json:"rss"` // bytes, after returning free memory to the OS
}

// runChild runs a kring server on a loopback port with data in dir. It
// prints "addr HOST:PORT", then answers one line per command read from
// stdin: "mem", "cpu FILE" (start a CPU profile), "cpu-stop",
// "trace FILE" (start an execution trace), "trace-stop", "heap FILE". It
// stops when stdin closes.
func runChild(args []string) int {
	fs := flag.NewFlagSet("child", flag.ExitOnError)
	dir := fs.String("data", "", "data directory")
	verbose := fs.Bool("log", false, "log warnings to stderr")
	_ = fs.Parse(args)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if *verbose {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	} else {
		// wish's bubbletea middleware logs every program's end here.
		charmlog.SetOutput(io.Discard)
	}
	srv, err := server.New(server.Config{
		Listen:  "127.0.0.1:0",
		DataDir: *dir,
		// Every client of the harness comes from 127.0.0.1: lift the
		// limits per address. It types a note at once, faster than any
		// person: lift the key budget too.
		Limits: server.Limits{MaxConns: 100000, MaxConnsPerAddr: 100000, MaxPending: 100000, MaxPendingPerAddr: 100000,
			AcceptsPerSecond: 100000, AcceptBurst: 100000, KeysPerSecond: 1000000, KeyBurst: 1000000},
		Hub: sessions.HubOptions{RatePerSecond: 1000, Burst: 1000, Addr: sessions.AddrLimits{
			JoinsPerSecond: 1e6, JoinBurst: 1e6, RoomShare: 1, NotesPerSecond: 1e6, NoteBurst: 1e6,
		}},
		Logger: logger,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	addr, err := srv.Listen()
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		commands(os.Stdin, os.Stdout)
	}()
	fmt.Printf("addr %s\n", addr)
	if err := srv.Serve(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	return 0
}

func commands(in io.Reader, out io.Writer) {
	sc := bufio.NewScanner(in)
	var prof, tf *os.File
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(sc.Text(), " ")
		var err error
		switch cmd {
		case "mem":
			var b []byte
			b, err = json.Marshal(readMem())
			if err == nil {
				fmt.Fprintf(out, "%s\n", b)
				continue
			}
		case "cpu":
			if prof, err = os.Create(arg); err == nil {
				err = pprof.StartCPUProfile(prof)
			}
		case "cpu-stop":
			pprof.StopCPUProfile()
			if prof != nil {
				err = prof.Close()
			}
		case "trace":
			if tf, err = os.Create(arg); err == nil {
				err = trace.Start(tf)
			}
		case "trace-stop":
			trace.Stop()
			if tf != nil {
				err = tf.Close()
			}
		case "heap":
			var f *os.File
			if f, err = os.Create(arg); err == nil {
				runtime.GC()
				err = errors.Join(pprof.WriteHeapProfile(f), f.Close())
			}
		default:
			err = fmt.Errorf("unknown command %q", cmd)
		}
		if err != nil {
			fmt.Fprintf(out, "error %v\n", err)
		} else {
			fmt.Fprintln(out, "ok")
		}
	}
	pprof.StopCPUProfile()
	trace.Stop()
}

func readMem() memStats {
	debug.FreeOSMemory() // a full collection, and free pages go back
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	st, _ := procStatus(os.Getpid())
	return memStats{
		HeapInuse:  ms.HeapInuse,
		HeapAlloc:  ms.HeapAlloc,
		Sys:        ms.Sys,
		Goroutines: runtime.NumGoroutine(),
		RSS:        st["VmRSS"],
	}
}

// child is the parent's handle on the server process.
type child struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	lines   *bufio.Scanner
	addr    string
	hostKey ssh.PublicKey
	exited  chan struct{}
}

// startChild runs this program again as the server, with data in dir.
func startChild(dir string, log bool) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, childFlag, "-data", dir, fmt.Sprintf("-log=%t", log))
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = childProcAttr()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout), exited: make(chan struct{})}
	line, err := c.line()
	addr, ok := strings.CutPrefix(line, "addr ")
	if err != nil || !ok {
		c.stop()
		return nil, fmt.Errorf("server did not start (%q, %v)", line, err)
	}
	c.addr = addr
	key, err := os.ReadFile(filepath.Join(dir, server.HostKeyFile))
	if err == nil {
		var signer ssh.Signer
		if signer, err = ssh.ParsePrivateKey(key); err == nil {
			c.hostKey = signer.PublicKey()
		}
	}
	if err != nil {
		c.stop()
		return nil, fmt.Errorf("host key: %w", err)
	}
	return c, nil
}

func (c *child) pid() int { return c.cmd.Process.Pid }

func (c *child) line() (string, error) {
	if !c.lines.Scan() {
		if err := c.lines.Err(); err != nil {
			return "", err
		}
		return "", errors.New("server exited")
	}
	return c.lines.Text(), nil
}

// do sends a command and returns its answer line.
func (c *child) do(cmd string) (string, error) {
	if _, err := fmt.Fprintln(c.stdin, cmd); err != nil {
		return "", err
	}
	line, err := c.line()
	if err != nil {
		return "", err
	}
	if msg, ok := strings.CutPrefix(line, "error "); ok {
		return "", fmt.Errorf("server: %s: %s", cmd, msg)
	}
	return line, nil
}

func (c *child) mem() (memStats, error) {
	var m memStats
	line, err := c.do("mem")
	if err != nil {
		return m, err
	}
	return m, json.Unmarshal([]byte(line), &m)
}

func (c *child) cpu() time.Duration { return cpuTime(c.pid()) }

// peakRSS is the server's high-water mark of resident memory.
func (c *child) peakRSS() uint64 {
	st, _ := procStatus(c.pid())
	return st["VmHWM"]
}

// stop closes the server's stdin, which shuts it down, and kills it if it
// has not exited after a few seconds.
func (c *child) stop() {
	c.stdin.Close()
	go func() {
		_ = c.cmd.Wait()
		close(c.exited)
	}()
	select {
	case <-c.exited:
	case <-time.After(8 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.exited
	}
}
