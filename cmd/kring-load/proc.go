package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// procStatus reads the sizes (in bytes) of /proc/PID/status.
func procStatus(pid int) (map[string]uint64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return nil, err
	}
	out := map[string]uint64{}
	for line := range strings.Lines(string(b)) {
		k, v, ok := strings.Cut(line, ":")
		f := strings.Fields(v)
		if !ok || len(f) != 2 || f[1] != "kB" {
			continue
		}
		if n, err := strconv.ParseUint(f[0], 10, 64); err == nil {
			out[k] = n << 10
		}
	}
	return out, nil
}

// cpuTime is the user+system CPU time a process has used so far.
func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name may hold spaces; the fields after it do not.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / ticks
}

// machineCPU is the CPU time all processes on the machine have used (the
// busy time in /proc/stat).
func machineCPU() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line) // cpu user nice system idle iowait irq softirq steal ...
	var busy int64
	for i, v := range f[1:] {
		if i == 3 || i == 4 || i == 7 { // idle, iowait, steal
			continue
		}
		if i >= 8 { // guest time is already in user
			break
		}
		n, _ := strconv.ParseInt(v, 10, 64)
		busy += n
	}
	const ticks = 100
	return time.Duration(busy) * time.Second / ticks
}

func nproc() int { return runtime.NumCPU() }

// usage is the CPU used by the server, the harness and everything else on
// the machine during a phase.
type usage struct {
	srv                      *child
	start                    time.Time
	server, harness, machine time.Duration
}

func startUsage(srv *child) usage {
	return usage{srv: srv, start: time.Now(), server: srv.cpu(), harness: cpuTime(os.Getpid()), machine: machineCPU()}
}

// stop returns the usage since start, as text.
func (u usage) stop() string {
	wall := time.Since(u.start)
	server, harness := u.srv.cpu()-u.server, cpuTime(os.Getpid())-u.harness
	other := max(0, machineCPU()-u.machine-server-harness)
	return fmt.Sprintf("server %s, harness %s, other processes %s (of %d)",
		cores(server, wall), cores(harness, wall), cores(other, wall), nproc())
}
