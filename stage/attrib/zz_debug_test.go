package attrib

import "testing"

func TestZZDebug(t *testing.T) {
	doc := run(t, "Israel and the United States denied the claims.")
	for _, a := range doc.Attributions {
		t.Logf("%q %q %q", a.Source.Text(doc), a.Cue.Text(doc), a.Content.Text(doc))
	}
}
