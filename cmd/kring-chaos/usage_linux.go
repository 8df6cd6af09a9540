package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// cpuNow returns the CPU time used so far by the harness, by its servers
// that have exited, and by every process on the machine (the busy time of
// /proc/stat, steal left out).
func cpuNow() (harness, servers, machine time.Duration) {
	tv := func(t syscall.Timeval) time.Duration { return time.Duration(t.Nano()) }
	var self, children syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &self) == nil {
		harness = tv(self.Utime) + tv(self.Stime)
	}
	if syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children) == nil {
		servers = tv(children.Utime) + tv(children.Stime)
	}
	if b, err := os.ReadFile("/proc/stat"); err == nil {
		var user, nice, system, idle, iowait, irq, softirq uint64
		if _, err := fmt.Sscanf(string(b), "cpu %d %d %d %d %d %d %d", &user, &nice, &system, &idle, &iowait, &irq, &softirq); err == nil {
			const hz = 100 // USER_HZ
			machine = time.Duration(user+nice+system+irq+softirq) * time.Second / hz
		}
	}
	return harness, servers, machine
}
