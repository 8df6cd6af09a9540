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
  kring export [--data ./kring-data] [--format md|json] CODE
  kring hostkey [--data ./kring-data] [--host NAAM[:POORT]]    vingerafdruk en known_hosts-regel
  kring delete [--data ./kring-data] [--yes] CODE              sessie voorgoed verwijderen (server gestopt)
  kring erase [--data ./kring-data] [--notes keep|remove] CODE NAAM
                                                               deelnemer wissen (AVG art. 17; server gestopt)
  kring help

Elke optie van serve kan ook als omgevingsvariabele KRING_<NAAM>, zoals KRING_LISTEN en KRING_DATA.
`,
		sessions.English: `kring — thinking together over ssh

Usage:
  kring serve [--listen :2222] [--data ./kring-data] [--host NAME] [--facilitators FILE] [--operators FILE]
              [--lang nl|en] [--max-conns N] [--max-conns-per-addr N] [--handshake-timeout DURATION]
              [--keepalive DURATION] [--idle-timeout DURATION]
  kring export [--data ./kring-data] [--format md|json] CODE
  kring hostkey [--data ./kring-data] [--host NAME[:PORT]]    fingerprint and known_hosts line
  kring delete [--data ./kring-data] [--yes] CODE              delete a session for good (server stopped)
  kring erase [--data ./kring-data] [--notes keep|remove] CODE NAME
                                                               erase a participant (GDPR art. 17; server stopped)
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
	"export.usage":    {sessions.Dutch: "gebruik: kring export [--data MAP] [--format md|json] CODE", sessions.English: "usage: kring export [--data DIR] [--format md|json] CODE"},
	"export.format":   {sessions.Dutch: "onbekend formaat %q: kies md of json", sessions.English: "unknown format %q: choose md or json"},
	"delete.usage":    {sessions.Dutch: "gebruik: kring delete [--data MAP] [--yes] CODE", sessions.English: "usage: kring delete [--data DIR] [--yes] CODE"},
	"delete.locked":   {sessions.Dutch: "de datamap %s is in gebruik door een draaiende kring-server; verwijder via de server: ssh -p 2222 host delete CODE, of stop de server eerst", sessions.English: "the data directory %s is in use by a running kring server; delete through the server: ssh -p 2222 host delete CODE, or stop the server first"},
	"delete.confirm": {
		sessions.Dutch:   "Sessie %[1]s (%[2]s) wordt voorgoed verwijderd uit %[3]s, ook uit het databasebestand. Back-ups die je elders bewaart houden hem nog.\nTyp de code nog eens en druk op Enter om te bevestigen: ",
		sessions.English: "Session %[1]s (%[2]s) will be deleted for good from %[3]s, from the database file too. Backups kept elsewhere still hold it.\nType the code again and press Enter to confirm: ",
	},
	"delete.not_confirmed": {sessions.Dutch: "niet bevestigd: er is niets verwijderd (of gebruik --yes)", sessions.English: "not confirmed: nothing was deleted (or use --yes)"},
	"delete.done":          {sessions.Dutch: "Sessie %s is verwijderd.", sessions.English: "Session %s is deleted."},
	"erase.usage":          {sessions.Dutch: "gebruik: kring erase [--data MAP] [--notes keep|remove] CODE NAAM", sessions.English: "usage: kring erase [--data DIR] [--notes keep|remove] CODE NAME"},
	"erase.locked":         {sessions.Dutch: "de datamap %s is in gebruik door een draaiende kring-server; wis via de server: ssh -p 2222 host erase CODE NAAM, of stop de server eerst", sessions.English: "the data directory %s is in use by a running kring server; erase through the server: ssh -p 2222 host erase CODE NAME, or stop the server first"},
	"erase.done": {
		sessions.Dutch:   "Gewist uit %s: naam, functie en sleutel. Verwijderd: %d briefjes. Bewaard als \"verwijderde deelnemer\": %d briefjes.",
		sessions.English: "Erased from %s: name, function and key. Removed: %d notes. Kept as \"removed participant\": %d notes.",
	},
	"export.locked": {
		sessions.Dutch:   "de datamap %s is in gebruik door een draaiende kring-server; exporteer via de server: ssh -p 2222 host export CODE",
		sessions.English: "the data directory %s is in use by a running kring server; export through the server: ssh -p 2222 host export CODE",
	},
}
