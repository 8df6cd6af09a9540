package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/server/internal/sshtest"
)

func TestBrokenTemplateDoesNotStopTheServer(t *testing.T) {
	t.Parallel()
	tpl := t.TempDir()
	good := "name: teamdag\ntitle: {nl: Teamdag, en: Team day}\ndescription: {nl: Onze eigen teamdag, en: Our own team day}\nactivities:\n  - kind: brainstorm\n    title: Ideeën\n    columns: [Ideeën]\n"
	if err := os.WriteFile(filepath.Join(tpl, "teamdag.yaml"), []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tpl, "kapot.yaml"), []byte("name: kapot\nactivities: [{kind: dans}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, t.TempDir(), func(c *Config) { c.TemplatesDir = tpl })
	key := sshtest.NewKey(t)

	res := sshtest.Exec(t, ts.addr, key, "templates")
	if res.Status != 0 || !strings.Contains(res.Stdout, "teamdag") || !strings.Contains(res.Stdout, "Onze eigen teamdag") || !strings.Contains(res.Stdout, "intervisie") {
		t.Fatalf("templates: status %d\n%s", res.Status, res.Stdout)
	}
	if strings.Contains(res.Stdout, "kapot") {
		t.Errorf("a broken template is listed:\n%s", res.Stdout)
	}
	code := ts.newRoom(t, key, "--template teamdag")
	if md := ts.export(t, key, code, "md"); !strings.Contains(md, "# Teamdag") {
		t.Errorf("room from a directory template:\n%s", md)
	}
	if res := sshtest.Exec(t, ts.addr, key, "new --template kapot"); res.Status != 1 || !strings.Contains(res.Stderr, "sjabloon") {
		t.Errorf("new with a broken template: status %d stderr %q", res.Status, res.Stderr)
	}
}

func TestTemplatesInTheCallersLanguage(t *testing.T) {
	t.Parallel()
	ts := startServer(t, t.TempDir())
	res := sshtest.Exec(t, ts.addr, sshtest.NewKey(t), "templates")
	if !strings.Contains(res.Stdout, "Twee kolommen (positief eerst)") {
		t.Errorf("Dutch descriptions missing:\n%s", res.Stdout)
	}
}
