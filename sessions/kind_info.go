package sessions

// An info activity shows a text to everyone (the purpose, the ground
// rules, a case card): no board, nothing to add, nothing per kind to
// show or report beyond its text.
var infoKind = kindRules{
	quiet: true,
	check: func(a TemplateActivity, _ []TemplateActivity) (string, string) {
		if a.Text.In(Dutch) == "" && !a.GroundRules {
			return "text", "an info activity needs a text"
		}
		return "", ""
	},
}
