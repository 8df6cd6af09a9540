package main

import (
	"flag"
	"os"
	"strconv"
	"time"

	"kring/sessions"
)

// envLang is the operator's language from the environment.
func envLang() sessions.Lang {
	for _, name := range []string{"KRING_LANG", "LC_ALL", "LANG"} {
		if l, ok := sessions.ParseLang(os.Getenv(name)); ok {
			return l
		}
	}
	return sessions.Dutch
}

// env returns the environment variable KRING_<name>, or def.
func env(name, def string) string {
	if v, ok := os.LookupEnv("KRING_" + name); ok {
		return v
	}
	return def
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(env(name, "")); err == nil {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(env(name, "")); err == nil {
		return v
	}
	return def
}

// dataFlag adds the --data flag shared by serve and export.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", env("DATA", "./kring-data"), "data directory (env KRING_DATA)")
}
