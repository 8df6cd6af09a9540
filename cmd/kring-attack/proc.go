package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// memory is a process's resident memory, from /proc/PID/status.
type memory struct {
	rss, peak uint64 // VmRSS and VmHWM, in bytes
}

func (m memory) String() string {
	return fmt.Sprintf("RSS %s, peak %s", mib(m.rss), mib(m.peak))
}

// mib formats a byte count in MiB.
func mib(n uint64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// memoryOf reads the resident memory of process pid; zero when it cannot.
func memoryOf(pid int) memory {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return memory{}
	}
	var m memory
	for line := range strings.Lines(string(b)) {
		name, value, _ := strings.Cut(line, ":")
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			continue
		}
		switch name {
		case "VmRSS":
			m.rss = kb << 10
		case "VmHWM":
			m.peak = kb << 10
		}
	}
	return m
}

// cpuOf is the user and system CPU time process pid has used, from the
// utime and stime fields of /proc/PID/stat; zero when it cannot be read.
func cpuOf(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The process name, in parentheses, may hold spaces: count fields
	// from after it. utime and stime are fields 14 and 15 of the line.
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0
	}
	var ticks int64
	for _, f := range fields[11:13] {
		n, _ := strconv.ParseInt(f, 10, 64)
		ticks += n
	}
	const userHZ = 100 // clock ticks per second on Linux
	return time.Duration(ticks) * time.Second / userHZ
}
