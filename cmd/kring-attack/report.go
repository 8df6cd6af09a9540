package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// result is what one attack found.
type result struct {
	name    string   // "1. Window sizes"
	tried   string   // what the attack did
	held    string   // what the server kept up
	numbers []string // the figures
	// broken says what gave way when the attack was not survived.
	broken string
	// odd lists what looked wrong or surprising without breaking.
	odd []string
	// unfinished is set when the attack stopped before its end: an error
	// of the harness, or the run's deadline.
	unfinished bool
}

// verdict is the attack's outcome in a few words.
func (r *result) verdict() string {
	switch {
	case r.broken != "":
		return "NOT SURVIVED: " + r.broken
	case r.unfinished:
		return "did not finish"
	}
	return "survived"
}

// add appends a figure.
func (r *result) add(format string, args ...any) {
	r.numbers = append(r.numbers, fmt.Sprintf(format, args...))
}

// print writes r as a block of the running report.
func (r *result) print(w io.Writer) {
	fmt.Fprintf(w, "%s — %s\n", r.name, r.verdict())
	fmt.Fprintf(w, "  tried: %s\n  held:  %s\n", r.tried, r.held)
	for _, n := range r.numbers {
		fmt.Fprintf(w, "  - %s\n", n)
	}
	for _, o := range r.odd {
		fmt.Fprintf(w, "  ! %s\n", o)
	}
	fmt.Fprintln(w)
}

// printTable writes the results as a Markdown table.
func printTable(w io.Writer, results []result) {
	fmt.Fprintln(w, "| attack | what was tried | what held | numbers |")
	fmt.Fprintln(w, "| --- | --- | --- | --- |")
	for _, r := range results {
		held := r.held
		if v := r.verdict(); v != "survived" {
			held = "**" + v + "**"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", cell(r.name), cell(r.tried), cell(held), cell(strings.Join(r.numbers, "; ")))
	}
}

// cell makes text safe inside a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// seconds formats d with two significant decimals for a report.
func seconds(d time.Duration) string {
	switch {
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	case d < time.Minute:
		return d.Round(10 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}
