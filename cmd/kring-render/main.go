// Command kring-render writes the reports of a filled session from every
// built-in template, to look at them as a reader would: HTML, and with
// headless Chromium (Debian's chromium package) a PNG of the first screen
// and a PDF on A4.
//
//	go run ./cmd/kring-render -out /tmp/reports
//	go run ./cmd/kring-render -out docs/reports -png-only -confidential -height 2200
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"kring/report"
	"kring/report/sample"
	"kring/sessions"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kring-render:", err)
		os.Exit(1)
	}
}

func run() error {
	out := flag.String("out", "reports", "directory to write into")
	browser := flag.String("chromium", "chromium", "headless browser to render with; empty for HTML only")
	lang := flag.String("lang", "nl", "language of the sessions: nl or en")
	width := flag.Int("width", 1000, "width of the PNG in pixels")
	height := flag.Int("height", 1400, "height of the PNG in pixels")
	only := flag.String("template", "", "render only this template")
	pngOnly := flag.Bool("png-only", false, "write only the PNG (for docs/)")
	confidential := flag.Bool("confidential", false, "include confidential activities, as export --confidential does")
	flag.Parse()
	l, ok := sessions.ParseLang(*lang)
	if !ok {
		return fmt.Errorf("unknown language %q", *lang)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	ts, errs := sessions.LoadTemplates("")
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, tpl := range ts.Sorted() {
		if *only != "" && tpl.Name != *only {
			continue
		}
		s, err := sample.Room(tpl, sample.Options{Lang: l})
		if err != nil {
			return err
		}
		x := sessions.NewExport(s, time.Date(2026, 3, 12, 17, 0, 0, 0, time.UTC), *confidential)
		var b bytes.Buffer
		if err := report.WriteHTML(&b, x, report.Options{Location: time.UTC}); err != nil {
			return err
		}
		html, err := filepath.Abs(filepath.Join(*out, tpl.Name+".html"))
		if err != nil {
			return err
		}
		if err := os.WriteFile(html, b.Bytes(), 0o644); err != nil {
			return err
		}
		if *browser == "" {
			continue
		}
		png := filepath.Join(*out, tpl.Name+".png")
		if err := render(*browser, html, fmt.Sprintf("--screenshot=%s", png), fmt.Sprintf("--window-size=%d,%d", *width, *height)); err != nil {
			return err
		}
		if *pngOnly {
			if err := os.Remove(html); err != nil {
				return err
			}
			continue
		}
		pdf := filepath.Join(*out, tpl.Name+".pdf")
		if err := render(*browser, html, "--print-to-pdf="+pdf, "--no-pdf-header-footer"); err != nil {
			return err
		}
		fmt.Println(html, png, pdf)
	}
	return nil
}

// render runs the browser headless on the file html with args.
func render(browser, html string, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"}, args...)
	cmd := exec.CommandContext(ctx, browser, append(args, "file://"+html)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %w\n%s", browser, filepath.Base(html), err, out)
	}
	return nil
}
