package server

import "kring/sessions"

// msgs are the server's own messages, for exec commands and refusals
// before any screen is drawn.
var msgs = sessions.Catalog{
	"exec.need_tty": {
		sessions.Dutch:   "kring heeft een terminal nodig. Gebruik: %[1]s-t CODE@%[2]s",
		sessions.English: "kring needs a terminal. Use: %[1]s-t CODE@%[2]s",
	},
	"exec.help": {
		sessions.Dutch: `kring — samen denken via ssh

Meedoen:     %[1]sCODE@%[2]s
Lobby:       %[1]s%[2]s

Opdrachten (%[1]s%[2]s OPDRACHT ...):
  new [--title T] [--lang nl|en] [--template NAAM] [--from CODE]
                                     nieuwe sessie; toont de code. --from neemt de
                                     thema's over uit jouw sessie CODE (fase 3 → fase 4)
  templates                          de sjablonen met een korte beschrijving
  rooms                              jouw sessies: code, datum, titel, verwijderdatum
  export CODE [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names]
                                     het verslag (procesbegeleiders); vertrouwelijke
                                     onderdelen alleen met --confidential; --no-names
                                     maakt van namen "deelnemer 1, 2 …"
  CODE@… export [--format …] [--rejoin TERUGKEERCODE]
                                     jouw exemplaar van een gedeeld verslag (deelnemers;
                                     zonder sleutel met je terugkeercode)
  delete CODE [--yes]                verwijder de sessie voorgoed (vraagt de code nog eens)
  erase CODE NAAM [--notes keep|remove]
                                     wis een deelnemer (AVG art. 17); briefjes blijven als
                                     "verwijderde deelnemer" of gaan mee
  retention CODE [DAGEN|off]         bewaartermijn van de sessie tonen of korter zetten
  backup > kring-backup.db           back-up van alle sessies (alleen beheerders)
  hostkey >> ~/.ssh/known_hosts      de regel waarmee ssh deze server vertrouwt zonder te vragen
  help                               deze hulp
`,
		sessions.English: `kring — thinking together over ssh

Join:        %[1]sCODE@%[2]s
Lobby:       %[1]s%[2]s

Commands (%[1]s%[2]s COMMAND ...):
  new [--title T] [--lang nl|en] [--template NAME] [--from CODE]
                                     new session; prints its code. --from takes the
                                     themes of your session CODE (phase 3 → phase 4)
  templates                          the templates, with a short description
  rooms                              your sessions: code, date, title, removal date
  export CODE [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names]
                                     the report (facilitators); confidential activities
                                     only with --confidential; --no-names turns names
                                     into "participant 1, 2 …"
  CODE@… export [--format …] [--rejoin REJOINCODE]
                                     your copy of a shared report (participants;
                                     without a key, with your rejoin code)
  delete CODE [--yes]                delete the session for good (asks for the code again)
  erase CODE NAME [--notes keep|remove]
                                     erase a participant (GDPR art. 17); their notes stay as
                                     "removed participant" or go too
  retention CODE [DAYS|off]          show the session's retention, or make it shorter
  backup > kring-backup.db           backup of all sessions (operators only)
  hostkey >> ~/.ssh/known_hosts      the line with which ssh trusts this server without asking
  help                               this help
`,
	},
	"exec.not_operator":  {sessions.Dutch: "alleen beheerders (sleutels in --operators) mogen een back-up maken", sessions.English: "only operators (keys in --operators) may take a backup"},
	"exec.see_templates": {sessions.Dutch: "Bekijk de lijst met: %[1]s%[2]s templates", sessions.English: "See the list with: %[1]s%[2]s templates"},
	"exec.see_help":      {sessions.Dutch: "Zie: %[1]s%[2]s help", sessions.English: "See: %[1]s%[2]s help"},
	"exec.bad_args":      {sessions.Dutch: "%s: ongeldige argumenten: %v", sessions.English: "%s: invalid arguments: %v"},
	"exec.unknown":       {sessions.Dutch: "onbekende opdracht %q", sessions.English: "unknown command %q"},
	"exec.not_creator":   {sessions.Dutch: "deze sleutel mag geen sessies aanmaken; vraag de beheerder om hem toe te voegen", sessions.English: "this key may not create sessions; ask the operator to add it"},
	"exec.created":       {sessions.Dutch: "Sessie aangemaakt. Deelnemers doen mee met: %s", sessions.English: "Session created. Participants join with: %s"},
	"exec.no_rooms":      {sessions.Dutch: "Je hebt nog geen sessies.", sessions.English: "You have no sessions yet."},
	"exec.export_usage":  {sessions.Dutch: "gebruik: export CODE [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names], of als deelnemer: ssh CODE@server export [--format …] [--rejoin TERUGKEERCODE]", sessions.English: "usage: export CODE [--format md|html|csv|json] [--lang nl|en] [--confidential] [--no-names], or as a participant: ssh CODE@server export [--format …] [--rejoin REJOINCODE]"},
	"exec.hostkey":       {sessions.Dutch: "Vingerafdruk van deze server: %s", sessions.English: "This server's fingerprint: %s"},
	"exec.bad_format":    {sessions.Dutch: "onbekend formaat %q: kies md, html, csv of json", sessions.English: "unknown format %q: choose md, html, csv or json"},
	"exec.delete_usage":  {sessions.Dutch: "gebruik: delete CODE [--yes]", sessions.English: "usage: delete CODE [--yes]"},
	"exec.delete_confirm": {
		sessions.Dutch:   "Sessie %[1]s (%[2]s) wordt voorgoed verwijderd: alle briefjes, namen en stemmen, ook uit het databasebestand. Dit kan niet ongedaan worden.\nWil je het verslag bewaren, exporteer dan eerst: %[3]s%[4]s export %[1]s > verslag.md\nTyp de code nog eens en druk op Enter om te bevestigen: ",
		sessions.English: "Session %[1]s (%[2]s) will be deleted for good: every note, name and vote, from the database file too. This cannot be undone.\nTo keep the report, export it first: %[3]s%[4]s export %[1]s > report.md\nType the code again and press Enter to confirm: ",
	},
	"exec.delete_not_confirmed": {sessions.Dutch: "niet bevestigd: er is niets verwijderd (typ de code, of gebruik --yes in een script)", sessions.English: "not confirmed: nothing was deleted (type the code, or use --yes in a script)"},
	"exec.deleted":              {sessions.Dutch: "Sessie %s is verwijderd.", sessions.English: "Session %s is deleted."},
	"exec.erase_usage":          {sessions.Dutch: "gebruik: erase CODE NAAM [--notes keep|remove]", sessions.English: "usage: erase CODE NAME [--notes keep|remove]"},
	"exec.erased": {
		sessions.Dutch:   "Gewist uit %s: naam, functie en sleutel. Verwijderd: %d briefjes. Bewaard als \"verwijderde deelnemer\": %d briefjes.",
		sessions.English: "Erased from %s: name, function and key. Removed: %d notes. Kept as \"removed participant\": %d notes.",
	},
	"exec.retention_usage":    {sessions.Dutch: "gebruik: retention CODE [DAGEN|off], bijvoorbeeld retention K7Q-4MX 30d", sessions.English: "usage: retention CODE [DAYS|off], for example retention K7Q-4MX 30d"},
	"exec.retention_too_long": {sessions.Dutch: "de server bewaart sessies ten hoogste %d dagen na de laatste wijziging; kies een kortere termijn", sessions.English: "the server keeps sessions at most %d days after their last change; choose a shorter period"},
	"exec.retention_never":    {sessions.Dutch: "Sessie %s wordt niet automatisch verwijderd.", sessions.English: "Session %s is not removed automatically."},
	"exec.retention":          {sessions.Dutch: "Sessie %s wordt verwijderd op %s (%d dagen na de laatste wijziging).", sessions.English: "Session %s will be removed on %s (%d days after its last change)."},
	"exec.rooms_expiring": {
		sessions.Dutch:   "Let op: %[1]s wordt over %[2]d dagen verwijderd (%[3]s). Exporteer eerst: %[4]s%[5]s export %[1]s > verslag.md",
		sessions.English: "Note: %[1]s will be removed in %[2]d days (%[3]s). Export it first: %[4]s%[5]s export %[1]s > report.md",
	},
}
