package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// machine describes the machine the attacks ran on: cores, memory, Go and
// the CPU model, and the load average when asked.
func machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.Lines(string(b)) {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%d cores (nproc), %s, %s, %s", runtime.NumCPU(), memTotal(), runtime.Version(), model)
}

// memTotal is the machine's memory as free -h would round it.
func memTotal() string {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return "memory unknown"
	}
	var total, avail uint64
	for line := range strings.Lines(string(b)) {
		var kb uint64
		if _, err := fmt.Sscanf(line, "MemTotal: %d kB", &kb); err == nil {
			total = kb
		} else if _, err := fmt.Sscanf(line, "MemAvailable: %d kB", &kb); err == nil {
			avail = kb
		}
	}
	return fmt.Sprintf("%.0f GiB memory (%.0f GiB available)", float64(total)/(1<<20), float64(avail)/(1<<20))
}

// loadAverage is the first three fields of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}
