package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/data"
)

func TestDoctorAndRestore(t *testing.T) {
	dir := t.TempDir()
	seed(t, dir)
	var out, errOut bytes.Buffer
	// No host key yet: doctor says what to do and fails.
	err := run(context.Background(), []string{"doctor", "--data", dir}, &out, &errOut)
	if err == nil || !strings.Contains(out.String(), "geen hostsleutel") || !strings.Contains(out.String(), "database heel: 1 sessies") && !strings.Contains(out.String(), "database heel: 1 sessie,") {
		t.Errorf("doctor without a host key: %v\n%s", err, out.String())
	}

	backup := filepath.Join(t.TempDir(), "backup.db")
	store, err := data.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Create(backup)
	if _, err := store.Backup(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	store.Close()
	out.Reset()
	if err := run(context.Background(), []string{"restore", "--check", backup}, &out, &errOut); err != nil || !strings.Contains(out.String(), "is goed: 1 sessie") {
		t.Errorf("restore --check: %v, %q", err, out.String())
	}
	notDB := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notDB, []byte("geen database"), 0o600)
	before, _ := os.ReadFile(filepath.Join(dir, data.FileName))
	if err := run(context.Background(), []string{"restore", "--data", dir, notDB}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "niets veranderd") {
		t.Errorf("restore of a file that is no database: %v", err)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, data.FileName)); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the database")
	}
	out.Reset()
	if err := run(context.Background(), []string{"restore", "--data", dir, backup}, &out, &errOut); err != nil {
		t.Fatalf("restore: %v", err)
	}
	if !strings.Contains(out.String(), "teruggezet") || !strings.Contains(out.String(), ".before-restore-") {
		t.Errorf("restore said %q", out.String())
	}
	out.Reset()
	run(context.Background(), []string{"doctor", "--data", dir}, &out, &errOut)
	if !strings.Contains(out.String(), "de database van vóór een restore") {
		t.Errorf("doctor does not point at the file kept aside:\n%s", out.String())
	}
}
