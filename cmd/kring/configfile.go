package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// configFlag is the flag that names the configuration file.
const configFlag = "config"

// envName is the environment variable of flag name: KRING_ and the name
// in capitals, dashes as underscores (--max-conns is KRING_MAX_CONNS);
// --lang is KRING_LANG_DEFAULT, as KRING_LANG is the language of kring's
// own messages.
func envName(name string) string {
	if name == "lang" {
		return "KRING_LANG_DEFAULT"
	}
	return "KRING_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// configPath finds --config FILE (or --config=FILE) in args before they
// are parsed, else KRING_CONFIG; "" for none.
func configPath(args []string) string {
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != configFlag {
			continue
		}
		if hasValue {
			return value
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return os.Getenv(envName(configFlag))
}

// applyConfigFile sets the flags of fs from the YAML file at path, whose
// keys are the flags' names (listen: ":2222", max-conns: 500). A flag
// whose environment variable is set keeps the environment's value, and
// flags given on the command line, parsed after, win over both: flags >
// environment > file > defaults. An unknown key is an error, so a typo
// does not pass unnoticed.
func applyConfigFile(fs *flag.FlagSet, path string) error {
	if path == "" {
		return nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	var values map[string]any
	if err := yaml.Unmarshal(raw, &values); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	var errs []error
	for _, key := range slices.Sorted(func(yield func(string) bool) {
		for k := range values {
			if !yield(k) {
				return
			}
		}
	}) {
		f := fs.Lookup(key)
		if f == nil || key == configFlag {
			errs = append(errs, fmt.Errorf("config %s: unknown key %q", path, key))
			continue
		}
		if _, set := os.LookupEnv(envName(key)); set {
			continue
		}
		v := values[key]
		if v == nil {
			v = ""
		}
		if err := fs.Set(key, fmt.Sprint(v)); err != nil {
			errs = append(errs, fmt.Errorf("config %s: %s: %w", path, key, err))
		}
	}
	return errors.Join(errs...)
}
