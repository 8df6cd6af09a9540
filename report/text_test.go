package report

import "testing"

func TestEveryWordInBothLanguages(t *testing.T) {
	if missing := text.Missing(); len(missing) > 0 {
		t.Errorf("report words without a translation: %v", missing)
	}
}
