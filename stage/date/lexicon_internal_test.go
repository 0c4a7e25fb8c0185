package date

import "testing"

func TestIsMonth(t *testing.T) {
	lx, err := loadLexicon(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"March", true},
		{"MARCH", true},
		{"Jan", true},
		{"Marches", false},
		{"Monday", false},
		{"", false},
		{"Märch", false},              // not ASCII: lowered by strings.ToLower
		{"Septemberseptember", false}, // longer than the stack buffer
		{"\u212Aanuary", false},       // the Kelvin sign lowers to "k", not "j"
	}
	for _, tt := range tests {
		if got := lx.isMonth(tt.w); got != tt.want {
			t.Errorf("isMonth(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
