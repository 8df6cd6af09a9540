package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"kring/sessions"
)

// Limits as the metrics name them, one label value each.
const (
	limitAcceptRate      = "accept_rate"
	limitConnsPerAddr    = "conns_per_addr"
	limitConnsTotal      = "conns_total"
	limitPendingPerAddr  = "pending_per_addr"
	limitPendingTotal    = "pending_total"
	limitHandshake       = "handshake_timeout"
	limitSessionsPerConn = "sessions_per_conn"
	limitIdle            = "idle_timeout"
	limitKeepAlive       = "keepalive"
	limitStalled         = "stalled_output"
)

// limitOf names the limit behind an admission reason.
var limitOf = map[string]string{
	refuseRate:       limitAcceptRate,
	refuseAddr:       limitConnsPerAddr,
	refuseTotal:      limitConnsTotal,
	dropPendingAddr:  limitPendingPerAddr,
	dropPendingTotal: limitPendingTotal,
	dropHandshake:    limitHandshake,
}

// metrics are one server's instruments, in a registry of its own (no
// global state: two servers in one process count apart). Their labels
// take a bounded set of values: command types, refusal keys, limits.
type metrics struct {
	reg      *prometheus.Registry
	commands *prometheus.CounterVec
	refusals *prometheus.CounterVec
	commit   prometheus.Histogram
	fanout   prometheus.Histogram
	closed   *prometheus.CounterVec
}

var _ sessions.Observer = (*metrics)(nil)

// newMetrics makes the instruments; stats reads the hub's live counts at
// each scrape.
func newMetrics(stats func() sessions.Stats) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		commands: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kring_commands_total", Help: "Commands answered by rooms, by command.",
		}, []string{"command"}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kring_refusals_total", Help: "Commands refused, by command and reason (the refusal's message key).",
		}, []string{"command", "reason"}),
		commit: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "kring_store_commit_seconds", Help: "Time to commit a batch of events to disk.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		fanout: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "kring_fanout_seconds", Help: "Time from a room publishing a snapshot to a connection's program taking it.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		closed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "kring_connections_refused_total", Help: "Connections and sessions refused or closed by a limit, by limit.",
		}, []string{"limit"}),
	}
	m.reg.MustRegister(m.commands, m.refusals, m.commit, m.fanout, m.closed,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "kring_rooms_live", Help: "Rooms loaded in memory."},
			func() float64 { return float64(stats().Rooms) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "kring_participants_connected", Help: "Participants connected to a room."},
			func() float64 { return float64(stats().Connected) }),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Command implements sessions.Observer.
func (m *metrics) Command(cmd sessions.Command, err error) {
	name := sessions.CommandName(cmd)
	m.commands.WithLabelValues(name).Inc()
	if err != nil {
		m.refusals.WithLabelValues(name, sessions.RefusalKey(err)).Inc()
	}
}

// Committed implements sessions.Observer.
func (m *metrics) Committed(d time.Duration, _ int, _ error) { m.commit.Observe(d.Seconds()) }

// delivered records a snapshot handed to a program.
func (m *metrics) delivered(snap *sessions.Snapshot) {
	if !snap.Published.IsZero() {
		m.fanout.Observe(time.Since(snap.Published).Seconds())
	}
}

// refused counts a connection or session refused or closed by limit.
func (m *metrics) refused(limit string) { m.closed.WithLabelValues(limit).Inc() }

// serveMetrics serves the Prometheus text format on ln at /metrics until
// ctx ends.
func (m *metrics) serve(ctx context.Context, ln net.Listener) error {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
