package model

import (
	"encoding/json"
	"fmt"
	"testing"
	"unicode/utf8"
)

func BenchmarkLoadDefault(b *testing.B) {
	data := DefaultJSON()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("bench.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// bigDoc builds a valid data file of about size bytes within every limit:
// the BLS edition with MaxCareers careers whose fact lists are full of long
// texts.
func bigDoc(tb testing.TB, size int) []byte {
	tb.Helper()
	ds, err := LoadEdition(BLSEdition)
	if err != nil {
		tb.Fatal(err)
	}
	const lists, perList = 6, 20
	facts := MaxCareers * lists * perList
	// What the file holds besides the facts' texts: the edition's other
	// parts, and the careers without their facts.
	rest := *ds
	base := ds.Careers[0]
	bare := base
	bare.Education, bare.Certification, bare.Duties, bare.Workplaces, bare.Skills, bare.OutlookNotes = nil, nil, nil, nil, nil, nil
	rest.Careers = nil
	for range MaxCareers {
		rest.Careers = append(rest.Careers, bare)
	}
	overhead, err := json.MarshalIndent(rest, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	textLen := (size-len(overhead))/facts - 50 // what a fact's JSON adds to its text
	words := "Counselor's note: health information technicians organize records – résumé, coding, privacy … "
	text := func(i int) string {
		s := fmt.Sprintf("%d. ", i)
		for len(s) < textLen {
			s += words
		}
		s = s[:textLen]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1] // never cut a character in two
		}
		return s
	}
	ds.Careers = ds.Careers[:0]
	n := 0
	for i := range MaxCareers {
		c := base
		c.ID, c.Name, c.Short = fmt.Sprintf("career-%02d", i), Say(fmt.Sprintf("Career %d", i)), Say(fmt.Sprintf("C%d", i))
		for _, list := range []*[]Fact{&c.Education, &c.Certification, &c.Duties, &c.Workplaces, &c.Skills, &c.OutlookNotes} {
			*list = make([]Fact, perList)
			for j := range *list {
				(*list)[j] = Fact{Text: Say(text(n)), Source: "bls-ooh"}
				n++
			}
		}
		ds.Careers = append(ds.Careers, c)
	}
	ds.Comparison.Left, ds.Comparison.Right = "career-00", "career-01"
	data, err := json.MarshalIndent(ds, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	if len(data) < size*95/100 || len(data) > size*105/100 {
		tb.Fatalf("built %d bytes, want about %d", len(data), size)
	}
	if _, err := Load("big.json", data); err != nil {
		tb.Fatalf("the big file is not valid: %.2000v", err)
	}
	return data
}

func TestBigDocIsValid(t *testing.T) {
	data := bigDoc(t, 5<<20)
	t.Logf("%d bytes", len(data))
}

func BenchmarkLoad5MB(b *testing.B) {
	data := bigDoc(b, 5<<20)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("big.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlan(b *testing.B) {
	ds, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	l, _ := ds.Ladder("healthcare-management")
	in := PlanInput{Entry: "transfer-students", Goal: 3, Earned: 40, PerTerm: 15, TermsPerYear: 4}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Plan(in); err != nil {
			b.Fatal(err)
		}
	}
}
