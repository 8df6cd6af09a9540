package main

import (
	"fmt"
	"slices"
	"time"
)

// summary is the distribution of a set of durations.
type summary struct {
	n                       int
	p50, p95, p99, max, avg time.Duration
}

func summarize(ds []time.Duration) summary {
	if len(ds) == 0 {
		return summary{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	return summary{
		n:   len(s),
		p50: percentile(s, 50),
		p95: percentile(s, 95),
		p99: percentile(s, 99),
		max: s[len(s)-1],
		avg: sum / time.Duration(len(s)),
	}
}

// percentile is the nearest-rank percentile of sorted.
func percentile(sorted []time.Duration, p float64) time.Duration {
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}

func (s summary) String() string {
	if s.n == 0 {
		return "no samples"
	}
	return fmt.Sprintf("p50 %s  p95 %s  p99 %s  max %s  (mean %s, n=%d)",
		ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), ms(s.avg), s.n)
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
}

// kb formats bytes in kB (1000 bytes), the unit of the memory target.
func kb(b float64) string { return fmt.Sprintf("%.0f kB", b/1000) }

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// cores is CPU time used per wall-clock time.
func cores(cpu, wall time.Duration) string {
	if wall <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f cores", cpu.Seconds()/wall.Seconds())
}
