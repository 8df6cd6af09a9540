package sample

import "kring/sessions"

// texts are notes as a school team writes them.
var texts = map[sessions.Lang][]string{
	sessions.Dutch: {
		"Collegiale consultatie werkt goed bij ons",
		"We kijken te weinig bij elkaar in de klas",
		"Geen tijd in het rooster om samen voor te bereiden",
		"De bouwvergadering gaat vooral over regeltjes",
		"Nieuwe collega's worden goed opgevangen",
		"Feedback van leerlingen vragen we bijna nooit",
		"Het studiedagprogramma sluit niet aan bij wat we nodig hebben",
		"Ik leer het meest van een collega die het anders doet",
		"Wie neemt het initiatief? Dat blijft vaak hangen.",
		"Samen lessen ontwerpen in de onderbouw\nwerkt, maar kost veel tijd",
		"Meer ruimte voor experimenten 🙂",
		"We delen materiaal via de gedeelde map",
		"Te veel losse projecten tegelijk",
		"De IB'er denkt mee bij lastige groepen",
	},
	sessions.English: {
		"Peer consultation works well for us",
		"We rarely look into each other's classrooms",
		"No time in the timetable to prepare together",
		"Team meetings are mostly about rules",
		"New colleagues are welcomed well",
		"We hardly ever ask pupils for feedback",
		"The study-day programme does not fit what we need",
		"I learn most from a colleague who does it differently",
		"Who takes the lead? That often stalls.",
		"Designing lessons together in the lower years\nworks, but takes a lot of time",
		"More room for experiments 🙂",
		"We share materials in the shared folder",
		"Too many separate projects at once",
		"The learning-support coordinator helps with difficult groups",
	},
}

// market holds offers (first) and requests (second) that meet each other.
var market = map[sessions.Lang][2][]string{
	sessions.Dutch: {
		{"Ik kan laten zien hoe ik werk met coöperatieve werkvormen", "Ik help graag bij het plannen in Parnassys", "Ik kan uitleggen hoe je feedback van leerlingen vraagt", "Ik geef graag een demo van het digibord"},
		{"Ik wil leren werken met coöperatieve werkvormen", "Wie helpt mij met feedback van leerlingen?", "Ik zoek iemand die rekenen met bewegen doet", "Ik wil beter leren differentiëren"},
	},
	sessions.English: {
		{"I can show how I use cooperative learning", "I am happy to help with planning in the pupil system", "I can explain how to ask pupils for feedback", "I can demo the interactive whiteboard"},
		{"I want to learn cooperative learning", "Who helps me ask pupils for feedback?", "I am looking for someone who teaches maths with movement", "I want to differentiate better"},
	},
}

// themes are a cluster's themes.
var themes = map[sessions.Lang][]string{
	sessions.Dutch:   {"Van elkaar leren", "Tijd en rooster", "Feedback", "Eigen regie"},
	sessions.English: {"Learning from each other", "Time and timetable", "Feedback", "Ownership"},
}

// actions are what the team agrees on.
var actions = map[sessions.Lang][]sessions.ActionItem{
	sessions.Dutch: {
		{What: "Elke maand een middag bij elkaar in de klas kijken", Owner: "Bram", Theme: "Van elkaar leren", Until: "tot de zomer", Result: "iedereen heeft twee keer gekeken", Account: "kort verslag in de teamvergadering"},
		{What: "Roosteruur vrijmaken voor samen voorbereiden", Owner: "Özlem", Theme: "Tijd en rooster", Until: "vanaf september", Result: "één uur per week per bouw", Account: "in het jaarplan"},
	},
	sessions.English: {
		{What: "Visit each other's classrooms one afternoon a month", Owner: "Bram", Theme: "Learning from each other", Until: "until summer", Result: "everyone has visited twice", Account: "short report in the team meeting"},
		{What: "Free an hour in the timetable to prepare together", Owner: "Özlem", Theme: "Time and timetable", Until: "from September", Result: "one hour a week per department", Account: "in the annual plan"},
	},
}
