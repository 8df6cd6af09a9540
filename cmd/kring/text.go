package main

import "kring/sessions"

// text holds the command line's messages in Dutch and English.
var text = sessions.Catalog{
	"usage": {
		sessions.Dutch: `kring — samen denken via ssh

Gebruik:
  kring serve [--listen :2222] [--data ./kring-data] [--host NAAM] [--facilitators BESTAND] [--operators BESTAND]
              [--lang nl|en] [--max-conns N] [--max-conns-per-addr N] [--handshake-timeout DUUR]
              [--keepalive DUUR] [--idle-timeout DUUR]
  kring export [--data ./kring-data] [--format md|html|csv|json] [--lang nl|en] [--confidential] CODE
  kring hostkey [--data ./kring-data] [--host NAAM[:POORT]]    vingerafdruk en known_hosts-regel
  kring help

Elke optie van serve kan ook als omgevingsvariabele KRING_<NAAM>, zoals KRING_LISTEN en KRING_DATA.
`,
		sessions.English: `kring — thinking together over ssh

Usage:
  kring serve [--listen :2222] [--data ./kring-data] [--host NAME] [--facilitators FILE] [--operators FILE]
              [--lang nl|en] [--max-conns N] [--max-conns-per-addr N] [--handshake-timeout DURATION]
              [--keepalive DURATION] [--idle-timeout DURATION]
  kring export [--data ./kring-data] [--format md|html|csv|json] [--lang nl|en] [--confidential] CODE
  kring hostkey [--data ./kring-data] [--host NAME[:PORT]]    fingerprint and known_hosts line
  kring help

Every serve option can also be set as environment variable KRING_<NAME>, such as KRING_LISTEN and KRING_DATA.
`,
	},
	"hostkey.fingerprint": {sessions.Dutch: "Vingerafdruk van de server: %s\nDe regel hieronder in ~/.ssh/known_hosts laat ssh deze server vertrouwen zonder te vragen:\n", sessions.English: "The server's fingerprint: %s\nThe line below, in ~/.ssh/known_hosts, lets ssh trust this server without asking:\n"},
	"hostkey.none":        {sessions.Dutch: "start kring serve eenmaal met --data %s om de sleutel te maken", sessions.English: "start kring serve once with --data %s to create the key"},
	"unknown":             {sessions.Dutch: "onbekende opdracht %q\n\n", sessions.English: "unknown command %q\n\n"},
	"started": {
		sessions.Dutch:   "kring luistert op %s (data in %s).\nMaak een sessie:   %[3]s%[4]s new --title \"Studiedag\"\nDoe mee:           %[3]sCODE@%[4]s\nStoppen met Ctrl+C.\n",
		sessions.English: "kring is listening on %s (data in %s).\nCreate a session:  %[3]s%[4]s new --title \"Team day\"\nJoin:              %[3]sCODE@%[4]s\nStop with Ctrl+C.\n",
	},
	"started.hostkey": {sessions.Dutch: "Vingerafdruk van de server: %s (de eerste keer vraagt ssh of je die vertrouwt; kring hostkey geeft de known_hosts-regel)\n", sessions.English: "The server's fingerprint: %s (the first time, ssh asks whether you trust it; kring hostkey prints the known_hosts line)\n"},
	"stopped":         {sessions.Dutch: "kring is gestopt; alles is bewaard.\n", sessions.English: "kring stopped; everything is saved.\n"},
	"export.usage":    {sessions.Dutch: "gebruik: kring export [--data MAP] [--format md|html|csv|json] [--lang nl|en] [--confidential] CODE", sessions.English: "usage: kring export [--data DIR] [--format md|html|csv|json] [--lang nl|en] [--confidential] CODE"},
	"export.format":   {sessions.Dutch: "onbekend formaat %q: kies md, html, csv of json", sessions.English: "unknown format %q: choose md, html, csv or json"},
	"export.lang":     {sessions.Dutch: "onbekende taal %q: kies nl of en", sessions.English: "unknown language %q: choose nl or en"},
	"export.locked": {
		sessions.Dutch:   "de datamap %s is in gebruik door een draaiende kring-server; exporteer via de server (ssh naar de server met: export CODE) of stop de server eerst",
		sessions.English: "the data directory %s is in use by a running kring server; export through the server (ssh to it with: export CODE) or stop the server first",
	},
}
