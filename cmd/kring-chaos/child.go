package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// child is the harness's handle on one server process.
type child struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	addr   string
	exited chan struct{} // closed once the process has been reaped
}

// startChild runs this program again as the server, with data in dir,
// listening on listen, and waits until it listens.
func startChild(dir, listen string, log bool) (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("find own executable: %w", err)
	}
	cmd := exec.Command(exe, childFlag, "-data", dir, "-listen", listen, fmt.Sprintf("-log=%t", log))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start server: %w", err)
	}
	c := &child{cmd: cmd, stdin: stdin, exited: make(chan struct{})}
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		sent := false
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "addr "); ok && !sent {
				addrc <- a
				sent = true
			}
		}
		_ = cmd.Wait()
		close(c.exited)
	}()
	select {
	case c.addr = <-addrc:
		return c, nil
	case <-c.exited:
		return nil, errors.New("server exited before it listened")
	case <-time.After(30 * time.Second):
		c.kill()
		return nil, errors.New("server did not listen within 30s")
	}
}

// kill sends SIGKILL and waits until the process is gone.
func (c *child) kill() {
	_ = c.cmd.Process.Kill()
	<-c.exited
}

// stop closes the server's standard input, which shuts it down
// gracefully, and kills it if it has not exited after a few seconds.
func (c *child) stop() {
	c.stdin.Close()
	select {
	case <-c.exited:
	case <-time.After(8 * time.Second):
		c.kill()
	}
}
