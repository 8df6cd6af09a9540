package sessions

import "errors"

// Refusal is a rule that said no. Its Key names a message in Messages, so
// every screen can explain the refusal in the reader's language.
type Refusal struct{ Key string }

func (r *Refusal) Error() string { return Messages.T(English, r.Key) }

// The refusals a command can meet.
var (
	ErrNoRoom          = &Refusal{"err.no_room"}
	ErrRoomExists      = &Refusal{"err.room_exists"}
	ErrNotJoined       = &Refusal{"err.not_joined"}
	ErrNotFacilitator  = &Refusal{"err.not_facilitator"}
	ErrNotYours        = &Refusal{"err.not_yours"}
	ErrEmptyText       = &Refusal{"err.empty"}
	ErrTooLong         = &Refusal{"err.too_long"}
	ErrNameTaken       = &Refusal{"err.name_taken"}
	ErrNoNote          = &Refusal{"err.no_note"}
	ErrNoColumn        = &Refusal{"err.no_column"}
	ErrLastColumn      = &Refusal{"err.last_column"}
	ErrTooManyColumns  = &Refusal{"err.too_many_columns"}
	ErrBoardFull       = &Refusal{"err.board_full"}
	ErrRoomFull        = &Refusal{"err.room_full"}
	ErrSlowDown        = &Refusal{"err.slow_down"}
	ErrBadLang         = &Refusal{"err.bad_lang"}
	ErrKeylessHost     = &Refusal{"err.keyless_host"}
	ErrBadRejoin       = &Refusal{"err.bad_rejoin"}
	ErrUnknownCommand  = &Refusal{"err.unknown_command"}
	ErrRoomUnavailable = &Refusal{"err.unavailable"}
	ErrNoActivity      = &Refusal{"err.no_activity"}
	ErrOwner           = &Refusal{"err.owner"}
	ErrNoParticipant   = &Refusal{"err.no_participant"}
	ErrKeylessRole     = &Refusal{"err.keyless_role"}
	ErrInputLocked     = &Refusal{"err.input_locked"}
	ErrColumnLocked    = &Refusal{"err.column_locked"}
	ErrTimeUp          = &Refusal{"err.time_up"}
	ErrNoteCap         = &Refusal{"err.note_cap"}
	ErrWrongActivity   = &Refusal{"err.wrong_activity"}
	ErrNoTheme         = &Refusal{"err.no_theme"}
	ErrNoItem          = &Refusal{"err.no_item"}
	ErrNoVotesLeft     = &Refusal{"err.no_votes_left"}
	ErrItemCap         = &Refusal{"err.item_cap"}
	ErrNoVote          = &Refusal{"err.no_vote"}
	ErrVoteClosed      = &Refusal{"err.vote_closed"}
	ErrNoAction        = &Refusal{"err.no_action"}
	ErrNobodyPresent   = &Refusal{"err.nobody_present"}
	ErrNoTemplate      = &Refusal{"err.no_template"}
	// ErrNotPublished: a participant asked for a report that was not
	// shared with them.
	ErrNotPublished = &Refusal{"err.not_published"}
	// ErrDestroysTooFast: one address deleted or erased too often.
	ErrDestroysTooFast = &Refusal{"err.destroys_too_fast"}
	// ErrRejoinNeeded: without a key, a participant names themselves
	// with their rejoin code.
	ErrRejoinNeeded = &Refusal{"err.rejoin_needed"}
	// ErrNoClusterInTemplate: themes can only be taken into a template
	// with a cluster.
	ErrNoClusterInTemplate = &Refusal{"err.no_cluster_in_template"}
	// ErrNoThemes: the room to take themes from has none.
	ErrNoThemes       = &Refusal{"err.no_themes"}
	ErrOutOfRange     = &Refusal{"err.out_of_range"}
	ErrNotHundred     = &Refusal{"err.not_hundred"}
	ErrCafeStarted    = &Refusal{"err.cafe_started"}
	ErrCafeNotStarted = &Refusal{"err.cafe_not_started"}
	ErrNotYourTable   = &Refusal{"err.not_your_table"}
	ErrNoGroup        = &Refusal{"err.no_group"}
	ErrNotSaved       = &Refusal{"err.not_saved"}
	ErrJoinsTooFast   = &Refusal{"err.joins_too_fast"}
	ErrAddrFull       = &Refusal{"err.addr_full"}
	ErrAddrSlowDown   = &Refusal{"err.addr_slow_down"}
	ErrRejoinWait     = &Refusal{"err.rejoin_wait"}
	ErrCreatesTooFast = &Refusal{"err.creates_too_fast"}
	ErrRoomDeleted    = &Refusal{"err.room_deleted"}
	ErrRoomExpired    = &Refusal{"err.room_expired"}
	ErrErased         = &Refusal{"err.erased"}
	ErrEraseLeader    = &Refusal{"err.erase_leader"}
)

// RefusalKey returns the message key of err when it is a Refusal, and a
// generic key otherwise.
func RefusalKey(err error) string {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Key
	}
	return "err.internal"
}

// Messages are the domain's own messages in both languages.
var Messages = Catalog{
	"err.no_room":                {Dutch: "Deze sessie bestaat niet. Controleer de code.", English: "This session does not exist. Check the code."},
	"err.room_exists":            {Dutch: "Er bestaat al een sessie met deze code.", English: "A session with this code already exists."},
	"err.not_joined":             {Dutch: "Je doet nog niet mee aan deze sessie.", English: "You have not joined this session yet."},
	"err.not_facilitator":        {Dutch: "Alleen de procesbegeleider mag dit doen.", English: "Only the facilitator may do this."},
	"err.not_yours":              {Dutch: "Je kunt alleen je eigen briefjes aanpassen.", English: "You can only change your own notes."},
	"err.empty":                  {Dutch: "Er staat nog niets in.", English: "There is nothing in it yet."},
	"err.too_long":               {Dutch: "Dat is te lang.", English: "That is too long."},
	"err.name_taken":             {Dutch: "Die naam is al in gebruik in deze sessie. Kies een andere.", English: "That name is already used in this session. Choose another."},
	"err.no_note":                {Dutch: "Dat briefje bestaat niet meer.", English: "That note no longer exists."},
	"err.no_column":              {Dutch: "Die kolom bestaat niet meer.", English: "That column no longer exists."},
	"err.last_column":            {Dutch: "Het bord heeft minstens één kolom nodig.", English: "The board needs at least one column."},
	"err.too_many_columns":       {Dutch: "Er passen niet meer kolommen op het bord.", English: "The board cannot hold more columns."},
	"err.board_full":             {Dutch: "Het bord is vol: er kunnen geen briefjes meer bij.", English: "The board is full: no more notes fit."},
	"err.room_full":              {Dutch: "Deze sessie zit vol.", English: "This session is full."},
	"err.slow_down":              {Dutch: "Rustig aan: je gaat te snel. Probeer het over een paar tellen opnieuw.", English: "Slow down: that was too fast. Try again in a few seconds."},
	"err.bad_lang":               {Dutch: "Onbekende taal: kies nl of en.", English: "Unknown language: choose nl or en."},
	"err.keyless_host":           {Dutch: "Zonder SSH-sleutel kun je geen procesbegeleider zijn.", English: "Without an SSH key you cannot be a facilitator."},
	"err.bad_rejoin":             {Dutch: "Deze terugkeercode klopt niet.", English: "This rejoin code is not right."},
	"err.unknown_command":        {Dutch: "Onbekende opdracht.", English: "Unknown command."},
	"err.unavailable":            {Dutch: "De sessie is even niet bereikbaar. Probeer het opnieuw.", English: "The session is not available right now. Try again."},
	"err.internal":               {Dutch: "Er ging iets mis aan de kant van de server. Je wijziging is niet opgeslagen.", English: "Something went wrong on the server. Your change was not saved."},
	"column.default.ideas":       {Dutch: "Ideeën", English: "Ideas"},
	"column.default.questions":   {Dutch: "Vragen", English: "Questions"},
	"err.no_activity":            {Dutch: "Dat onderdeel staat niet (meer) op de agenda.", English: "That activity is not (or no longer) on the agenda."},
	"err.owner":                  {Dutch: "De maker van de sessie blijft altijd procesbegeleider.", English: "The session's creator always stays facilitator."},
	"err.no_participant":         {Dutch: "Die deelnemer bestaat niet.", English: "That participant does not exist."},
	"err.keyless_role":           {Dutch: "Iemand zonder SSH-sleutel kan geen procesbegeleider worden.", English: "Someone without an SSH key cannot become facilitator."},
	"err.input_locked":           {Dutch: "De procesbegeleider heeft de invoer even gesloten.", English: "The facilitator has closed input for now."},
	"err.column_locked":          {Dutch: "Deze kolom is nog dicht; de procesbegeleider opent hem straks.", English: "This column is still closed; the facilitator will open it later."},
	"err.time_up":                {Dutch: "De tijd is om: er kan niets meer bij.", English: "Time is up: nothing more can be added."},
	"err.note_cap":               {Dutch: "Je hebt het maximale aantal briefjes voor dit onderdeel bereikt.", English: "You have reached the most notes allowed in this activity."},
	"err.wrong_activity":         {Dutch: "Dat kan niet in dit onderdeel.", English: "That is not possible in this activity."},
	"err.no_theme":               {Dutch: "Dat thema bestaat niet (meer).", English: "That theme does not exist (any more)."},
	"err.no_item":                {Dutch: "Daar kun je niet op stemmen.", English: "You cannot vote on that."},
	"err.no_votes_left":          {Dutch: "Je stemmen zijn op. Haal er een terug om anders te kiezen.", English: "You have no votes left. Take one back to choose differently."},
	"err.item_cap":               {Dutch: "Hier staan al zoveel stemmen van jou als mag.", English: "You already gave this the most votes allowed."},
	"err.no_vote":                {Dutch: "Je hebt hier geen stem op staan.", English: "You have no vote on this."},
	"err.vote_closed":            {Dutch: "De stemming is gesloten.", English: "The vote is closed."},
	"err.no_action":              {Dutch: "Die actie bestaat niet (meer).", English: "That action does not exist (any more)."},
	"err.nobody_present":         {Dutch: "Er is niemand om een beurt te geven.", English: "There is nobody to give a turn."},
	"err.no_cluster_in_template": {Dutch: "Dat sjabloon heeft geen onderdeel met thema's om ze in over te nemen.", English: "That template has no activity with themes to take them into."},
	"err.no_themes":              {Dutch: "In die sessie staan nog geen thema's om over te nemen.", English: "That session has no themes yet to take."},
	"ranking.someone":            {Dutch: "rangorde %d", English: "ranking %d"},
	"export.someone":             {Dutch: "deelnemer %d", English: "participant %d"},
	"err.rejoin_needed":          {Dutch: "Zonder sleutel weet kring niet wie je bent: geef je terugkeercode mee, bijvoorbeeld export --rejoin ACDE-3467.", English: "Without a key kring cannot tell who you are: give your rejoin code, for example export --rejoin ACDE-3467."},
	"err.destroys_too_fast":      {Dutch: "Je verwijdert of wist te vaak kort na elkaar; wacht een minuut en probeer het opnieuw.", English: "You delete or erase too often in a row; wait a minute and try again."},
	"err.not_published":          {Dutch: "Het verslag van deze sessie is (nog) niet gedeeld. Een procesbegeleider van de sessie kan het delen met D op het bord.", English: "This session's report has not been shared (yet). A facilitator of the session can share it with D on the board."},
	"err.no_template":            {Dutch: "Dat sjabloon bestaat niet.", English: "That template does not exist."},
	"ground_rules": {
		Dutch:   "Spelregels:\n- Praat alleen over en met mensen die hier zijn, niet over anderen.\n- Focus vooral op dat wat je zelf kunt beïnvloeden.\n- Probeer bij wat je zegt ook een ‘anderzijds’ te betrekken.\n- Illustreer wat je zegt zoveel mogelijk aan de hand van een concrete eigen ervaring.",
		English: "Ground rules:\n- Only talk about and with people who are here, not about others.\n- Focus above all on what you can influence yourself.\n- Try to bring in an ‘on the other hand’ to what you say.\n- Illustrate what you say with a concrete experience of your own wherever you can.",
	},
	"err.out_of_range":     {Dutch: "Die waarde ligt buiten het bereik.", English: "That value is out of range."},
	"err.not_hundred":      {Dutch: "De vier percentages moeten samen 100 zijn.", English: "The four percentages must add up to 100."},
	"err.cafe_started":     {Dutch: "Het wereldcafé is al begonnen.", English: "The world café has already started."},
	"err.cafe_not_started": {Dutch: "Het wereldcafé is nog niet begonnen.", English: "The world café has not started yet."},
	"err.not_your_table":   {Dutch: "Je kunt alleen schrijven aan de tafel waar je nu zit.", English: "You can only write at the table where you sit now."},
	"err.no_group":         {Dutch: "Die groep bestaat niet.", English: "That group does not exist."},
	"err.not_saved":        {Dutch: "De server kon dit niet opslaan (een probleem met de schijf). Er is niets veranderd; probeer het zo opnieuw. Blijft het misgaan, waarschuw dan de beheerder.", English: "The server could not save this (a disk problem). Nothing was changed; try again in a moment. If it keeps failing, tell the operator."},
	"err.joins_too_fast":   {Dutch: "Er melden zich vanaf jullie netwerk nu heel veel mensen tegelijk aan. Wacht een halve minuut en druk dan nog eens op Enter.", English: "A great many people are joining from your network right now. Wait half a minute, then press Enter again."},
	"err.addr_full":        {Dutch: "Vanaf jullie netwerk doen al zoveel mensen mee als in deze sessie kan. Vraag de procesbegeleider om hulp.", English: "As many people as this session allows already take part from your network. Ask the facilitator for help."},
	"err.addr_slow_down":   {Dutch: "Rustig aan: vanaf jullie netwerk komen nu heel veel briefjes tegelijk binnen. Probeer het over een paar tellen opnieuw.", English: "Slow down: a great many notes are arriving from your network at once. Try again in a few seconds."},
	"err.creates_too_fast": {Dutch: "Vanaf dit netwerk zijn net heel veel sessies gemaakt. Wacht een paar minuten en probeer het dan opnieuw.", English: "A great many sessions were just created from this network. Wait a few minutes and try again."},
	"err.rejoin_wait":      {Dutch: "Te veel verkeerde terugkeercodes vanaf dit netwerk. Wacht een minuut en probeer het dan opnieuw, of doe mee met een nieuwe naam.", English: "Too many wrong rejoin codes from this network. Wait a minute and try again, or join with a new name."},
	"agreement.low":        {Dutch: "weinig overeenstemming (W = %s)", English: "little agreement (W = %s)"},
	"agreement.fair":       {Dutch: "redelijke overeenstemming (W = %s)", English: "fair agreement (W = %s)"},
	"agreement.high":       {Dutch: "sterke overeenstemming (W = %s)", English: "strong agreement (W = %s)"},
	"group.name":           {Dutch: "Groep %d", English: "Group %d"},
	"activity.default":     {Dutch: "Bord", English: "Board"},
	"room.default_title":   {Dutch: "Naamloze sessie", English: "Untitled session"},
	"err.room_deleted":     {Dutch: "Deze sessie is verwijderd door de procesbegeleider. Er is niets meer van bewaard.", English: "This session was deleted by its facilitator. Nothing of it is kept."},
	"err.room_expired":     {Dutch: "Deze sessie is verwijderd: de bewaartermijn is verstreken.", English: "This session was removed: its retention period has passed."},
	"err.erased":           {Dutch: "Je bent op verzoek uit deze sessie verwijderd: je naam, functie en sleutel zijn gewist.", English: "You were removed from this session on request: your name, function and key were erased."},
	"err.erase_leader":     {Dutch: "Een procesbegeleider kan niet gewist worden. Neem eerst de rechten af (K op de console); de maker van de sessie kan alleen met de hele sessie verwijderd worden.", English: "A facilitator cannot be erased. Take their rights away first (K on the console); the session's creator can only be removed with the whole session."},
	"participant.erased":   {Dutch: "verwijderde deelnemer", English: "removed participant"},
}
