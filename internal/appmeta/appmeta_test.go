package appmeta

import "testing"

func TestParse(t *testing.T) {
	m, err := Parse([]byte("Website = \"x\" # a comment\n[Details]\nID = \"org.x.app\" # the ID\nName = \"X\"\nVersion = \"1.2.3\"\nBuild = 7\n"))
	if err != nil || m != (Meta{ID: "org.x.app", Name: "X", Version: "1.2.3", Build: 7}) {
		t.Errorf("Parse: %+v, %v", m, err)
	}
	for _, bad := range []string{"[Details\n", "[Details]\nName = \"X\"\n", "[Details]\nBuild = \"one\"\n"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
}
