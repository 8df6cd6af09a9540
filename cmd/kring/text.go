package main

import "kring/sessions"

// text holds the command line's messages in Dutch and English.
var text = sessions.Catalog{
	"usage": {
		sessions.Dutch: `kring — samen denken via ssh

Gebruik:
  kring serve [--listen :2222] [--data ./kring-data] [--host NAAM] [--facilitators BESTAND] [--operators BESTAND]
              [--lang nl|en] [--max-conns N] [--max-conns-per-addr N] [--handshake-timeout DUUR]
              [--keepalive DUUR] [--idle-timeout DUUR] [--retention 180d|off] [--log-format text|json]
              [--log-level debug|info|warn|error] [--metrics ADRES] [--config BESTAND.yaml]
  kring export [--data ./kring-data] [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names] CODE
  kring hostkey [--data ./kring-data] [--host NAAM[:POORT]]    vingerafdruk en known_hosts-regel
  kring doctor [--data ./kring-data]                           controleer datamap, database, hostsleutel, schijf
  kring restore [--data ./kring-data] [--check] BACKUPBESTAND  back-up controleren en terugzetten (server gestopt)
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
              [--keepalive DURATION] [--idle-timeout DURATION] [--retention 180d|off] [--log-format text|json]
              [--log-level debug|info|warn|error] [--metrics ADDR] [--config FILE.yaml]
  kring export [--data ./kring-data] [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names] CODE
  kring hostkey [--data ./kring-data] [--host NAME[:PORT]]    fingerprint and known_hosts line
  kring doctor [--data ./kring-data]                           check data directory, database, host key, disk
  kring restore [--data ./kring-data] [--check] BACKUPFILE     verify a backup and put it back (server stopped)
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
	"export.usage":    {sessions.Dutch: "gebruik: kring export [--data MAP] [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names] CODE", sessions.English: "usage: kring export [--data DIR] [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names] CODE"},
	"export.format":   {sessions.Dutch: "onbekend formaat %q: kies md, html, csv of json", sessions.English: "unknown format %q: choose md, html, csv or json"},
	"export.lang":     {sessions.Dutch: "onbekende taal %q: kies nl of en", sessions.English: "unknown language %q: choose nl or en"},
	"delete.usage":    {sessions.Dutch: "gebruik: kring delete [--data MAP] [--yes] CODE", sessions.English: "usage: kring delete [--data DIR] [--yes] CODE"},
	"delete.locked":   {sessions.Dutch: "de datamap %s is in gebruik door een draaiende kring-server; verwijder via de server (ssh naar de server met: delete CODE) of stop de server eerst", sessions.English: "the data directory %s is in use by a running kring server; delete through the server (ssh to it with: delete CODE) or stop the server first"},
	"delete.confirm": {
		sessions.Dutch:   "Sessie %[1]s (%[2]s) wordt voorgoed verwijderd uit %[3]s, ook uit het databasebestand. Back-ups die je elders bewaart houden hem nog.\nTyp de code nog eens en druk op Enter om te bevestigen: ",
		sessions.English: "Session %[1]s (%[2]s) will be deleted for good from %[3]s, from the database file too. Backups kept elsewhere still hold it.\nType the code again and press Enter to confirm: ",
	},
	"delete.not_confirmed": {sessions.Dutch: "niet bevestigd: er is niets verwijderd (of gebruik --yes)", sessions.English: "not confirmed: nothing was deleted (or use --yes)"},
	"delete.done":          {sessions.Dutch: "Sessie %s is verwijderd.", sessions.English: "Session %s is deleted."},
	"erase.usage":          {sessions.Dutch: "gebruik: kring erase [--data MAP] [--notes keep|remove] CODE NAAM", sessions.English: "usage: kring erase [--data DIR] [--notes keep|remove] CODE NAME"},
	"erase.locked":         {sessions.Dutch: "de datamap %s is in gebruik door een draaiende kring-server; wis via de server (ssh naar de server met: erase CODE NAAM) of stop de server eerst", sessions.English: "the data directory %s is in use by a running kring server; erase through the server (ssh to it with: erase CODE NAME) or stop the server first"},
	"erase.done": {
		sessions.Dutch:   "Gewist uit %s: naam, functie en sleutel. Verwijderd: %d briefjes. Bewaard als \"verwijderde deelnemer\": %d briefjes.",
		sessions.English: "Erased from %s: name, function and key. Removed: %d notes. Kept as \"removed participant\": %d notes.",
	},
	"doctor.ok":           {sessions.Dutch: "ok", sessions.English: "ok"},
	"doctor.note":         {sessions.Dutch: "let op", sessions.English: "note"},
	"doctor.bad":          {sessions.Dutch: "FOUT", sessions.English: "FAIL"},
	"doctor.problems":     {sessions.Dutch: "%d problemen gevonden; zie hierboven wat te doen", sessions.English: "%d problems found; see above what to do"},
	"doctor.no_dir":       {sessions.Dutch: "de datamap %s bestaat niet: start kring serve --data MAP eenmaal, of zet een back-up terug met kring restore", sessions.English: "the data directory %s does not exist: start kring serve --data DIR once, or put a backup back with kring restore"},
	"doctor.dir_mode":     {sessions.Dutch: "de datamap %s is leesbaar voor anderen (%v): chmod 700 %[1]s", sessions.English: "the data directory %s can be read by others (%v): chmod 700 %[1]s"},
	"doctor.dir":          {sessions.Dutch: "datamap %s, alleen voor de eigenaar", sessions.English: "data directory %s, for its owner only"},
	"doctor.no_db":        {sessions.Dutch: "geen database %s: start kring serve eenmaal, of zet een back-up terug met kring restore", sessions.English: "no database %s: start kring serve once, or put a backup back with kring restore"},
	"doctor.locked":       {sessions.Dutch: "de datamap %s is in gebruik door een draaiende server: stop hem (systemctl stop kring) voor de volledige controle, of controleer een back-up met kring restore --check", sessions.English: "the data directory %s is in use by a running server: stop it (systemctl stop kring) for the full check, or check a backup with kring restore --check"},
	"doctor.db_open":      {sessions.Dutch: "de database opent niet (%v): zet een back-up terug met kring restore --data MAP BESTAND", sessions.English: "the database does not open (%v): put a backup back with kring restore --data DIR FILE"},
	"doctor.lock":         {sessions.Dutch: "geen server houdt de datamap vast", sessions.English: "no server holds the data directory"},
	"doctor.db_bad":       {sessions.Dutch: "de database is beschadigd (%v): zet een back-up terug met kring restore --data MAP BESTAND", sessions.English: "the database is damaged (%v): put a backup back with kring restore --data DIR FILE"},
	"doctor.db":           {sessions.Dutch: "database heel: %d sessies, %d gebeurtenissen, %d KiB", sessions.English: "database sound: %d sessions, %d events, %d KiB"},
	"doctor.no_hostkey":   {sessions.Dutch: "geen hostsleutel %s: kring serve maakt er een bij de eerste start (deelnemers zien dan een nieuwe vingerafdruk); zet hem terug uit een back-up als je die hebt", sessions.English: "no host key %s: kring serve makes one on first start (participants then see a new fingerprint); put it back from a backup if you have one"},
	"doctor.hostkey_bad":  {sessions.Dutch: "de hostsleutel %s is onleesbaar (%v): zet hem terug uit een back-up, of verwijder hem zodat kring een nieuwe maakt", sessions.English: "the host key %s cannot be read (%v): put it back from a backup, or remove it so kring makes a new one"},
	"doctor.hostkey_mode": {sessions.Dutch: "de hostsleutel %s is leesbaar voor anderen (%v): chmod 600 %[1]s", sessions.English: "the host key %s can be read by others (%v): chmod 600 %[1]s"},
	"doctor.hostkey":      {sessions.Dutch: "hostsleutel %s", sessions.English: "host key %s"},
	"doctor.disk_unknown": {sessions.Dutch: "vrije schijfruimte onbekend op dit systeem", sessions.English: "free disk space unknown on this system"},
	"doctor.disk_low":     {sessions.Dutch: "nog maar %d MiB vrij; kring heeft %d MiB nodig (compacteren schrijft een tweede kopie): maak ruimte", sessions.English: "only %d MiB free; kring needs %d MiB (compaction writes a second copy): make room"},
	"doctor.disk":         {sessions.Dutch: "%d MiB vrij", sessions.English: "%d MiB free"},
	"doctor.leftover":     {sessions.Dutch: "%s is over van een onderbroken bewerking; met de server gestopt mag het weg", sessions.English: "%s is left from an interrupted operation; with the server stopped it may go"},
	"doctor.kept":         {sessions.Dutch: "%s is de database van vóór een restore; hij bevat ook wat sindsdien verwijderd is: verwijder hem als de restore goed is", sessions.English: "%s is the database from before a restore; it also holds what was removed since: remove it once the restore is fine"},
	"restore.usage":       {sessions.Dutch: "gebruik: kring restore [--data MAP] [--check] BACKUPBESTAND", sessions.English: "usage: kring restore [--data DIR] [--check] BACKUPFILE"},
	"restore.bad":         {sessions.Dutch: "de back-up %s is niet teruggezet, er is niets veranderd: %v", sessions.English: "the backup %s was not restored, nothing was changed: %v"},
	"restore.locked":      {sessions.Dutch: "de datamap %s is in gebruik door een draaiende kring-server: stop hem eerst (systemctl stop kring)", sessions.English: "the data directory %s is in use by a running kring server: stop it first (systemctl stop kring)"},
	"restore.checked":     {sessions.Dutch: "back-up %s is goed: %d sessies, %d gebeurtenissen", sessions.English: "backup %s is sound: %d sessions, %d events"},
	"restore.done":        {sessions.Dutch: "back-up %s teruggezet in %s: %d sessies, %d gebeurtenissen", sessions.English: "backup %s restored into %s: %d sessions, %d events"},
	"restore.kept":        {sessions.Dutch: "de vorige database staat apart als %s; verwijder hem als alles goed is (hij bevat ook wat sindsdien verwijderd is)", sessions.English: "the previous database is kept as %s; remove it once all is well (it also holds what was removed since)"},
	"export.locked": {
		sessions.Dutch:   "de datamap %s is in gebruik door een draaiende kring-server; exporteer via de server (ssh naar de server met: export CODE) of stop de server eerst",
		sessions.English: "the data directory %s is in use by a running kring server; export through the server (ssh to it with: export CODE) or stop the server first",
	},
}
