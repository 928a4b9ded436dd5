package wording

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"careercompare/internal/catalog"
	"careercompare/model"
)

// KeyDifference is what a tab names as the key difference of the two
// careers on screen: written for exactly that pair by the data's authors,
// or put together by Career Compare from the two careers' own facts and
// figures.
type KeyDifference struct {
	// Text is the difference in one or a few sentences.
	Text string
	// Sources are the ids of the sources of what it states, each once.
	Sources []string
	// Interpretation says how the data's authors read their source, for
	// a written difference that says so.
	Interpretation string
	// Computed is true when Career Compare put the text together from the
	// careers' facts, false when the data file wrote it for this pair.
	Computed bool
	// English is true when the text quotes a data text that has no form
	// in the language asked for, and so is partly in English.
	English bool
	// PlaceAdded is true when Career Compare added the pay in the chosen
	// place to a written difference.
	PlaceAdded bool
}

// KeyDifferenceOf returns the key difference of a topic for the
// comparison's two careers, in lang: the one the data writes for that
// pair (in either order), else one computed from their facts.
func KeyDifferenceOf(c model.Comparison, topic model.Topic, lang model.Lang) KeyDifference {
	if d, ok := c.Data.Written(c.Left.ID, c.Right.ID); ok {
		if f, ok := d.Tab(topic); ok {
			kd := KeyDifference{Text: f.Text.In(lang), Sources: []string{f.Source}, Interpretation: f.Interpretation.In(lang),
				English: lang != model.English && !f.Text.Has(lang) && model.NeedsSpanish(f.Text.EN)}
			if topic == model.TopicSalary && c.Place != nil {
				// The written text is of the nation: the place's pay follows
				// it, put together by Career Compare.
				k := &keyDiff{c: c, lang: lang, sources: kd.Sources}
				k.placeSentence()
				kd.Text, kd.Sources, kd.PlaceAdded = kd.Text+" "+strings.Join(k.parts, " "), k.sources, true
			}
			return kd
		}
	}
	k := &keyDiff{c: c, lang: lang}
	switch topic {
	case model.TopicEducation:
		k.education()
	case model.TopicDuties:
		k.firstFacts("keydiff.duties", "keydiff.dutiesSame", func(x *model.Career) []model.Fact { return x.Duties })
	case model.TopicSkills:
		if !k.topSkills() {
			k.firstFacts("keydiff.skills", "keydiff.skillsSame", func(x *model.Career) []model.Fact { return x.Skills })
		}
	case model.TopicSalary:
		k.salary()
	case model.TopicOutlook:
		k.outlook()
	}
	return KeyDifference{Text: strings.Join(k.parts, " "), Sources: k.sources, Computed: true, English: k.english}
}

// keyDiff puts a computed key difference together.
type keyDiff struct {
	c       model.Comparison
	lang    model.Lang
	parts   []string
	sources []string
	english bool
}

// say adds a sentence of the catalogue, its first letter in upper case
// (a sentence may begin with a measure: "Median annual wage, May 2024").
func (k *keyDiff) say(id string, args catalog.Args) {
	s := catalog.T(k.lang, id, args)
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	k.parts = append(k.parts, s)
}

// cite adds a source id, once.
func (k *keyDiff) cite(id string) {
	if id != "" && !slices.Contains(k.sources, id) {
		k.sources = append(k.sources, id)
	}
}

// text is a data text in the language, noting one that is English only.
func (k *keyDiff) text(t model.Text) string {
	if k.lang != model.English && !t.Has(k.lang) && model.NeedsSpanish(t.EN) {
		k.english = true
	}
	return t.In(k.lang)
}

// name is a career's name in the language. A name the data have only in
// English (an occupation's official title) is a name, not a text to
// mark as untranslated.
func (k *keyDiff) name(x *model.Career) string { return x.Name.In(k.lang) }

// pair is the placeholders naming the two careers.
func (k *keyDiff) pair() catalog.Args {
	return catalog.Args{"Left": k.name(k.c.Left), "Right": k.name(k.c.Right)}
}

// education compares the typical entry of the two careers where the data
// states it, else the degree each starts with on their credit ladder,
// else the first education fact of each.
func (k *keyDiff) education() {
	l, r := k.c.Left, k.c.Right
	switch {
	case l.Typical != nil && r.Typical != nil:
		a, b := k.entry(l.Typical), k.entry(r.Typical)
		k.cite(l.Typical.Source)
		k.cite(r.Typical.Source)
		if a == b {
			k.say("keydiff.typicalSame", catalog.Args{"Left": k.name(l), "Right": k.name(r), "Entry": a})
			return
		}
		args := k.pair()
		args["LeftEntry"], args["RightEntry"] = a, b
		k.say("keydiff.typical", args)
	case k.ladderDegrees():
	default:
		k.firstFacts("keydiff.education", "keydiff.educationSame", func(x *model.Career) []model.Fact { return x.Education })
	}
}

// entry says a typical entry: the education, with the related work
// experience and the training where they are not "None".
func (k *keyDiff) entry(t *model.Typical) string {
	s := k.text(t.Education)
	if e := t.Experience; !e.IsZero() && !strings.EqualFold(e.EN, "none") {
		s = catalog.T(k.lang, "keydiff.withExperience", catalog.Args{"Entry": s, "Experience": strings.ToLower(k.text(e))})
	}
	if tr := t.Training; !tr.IsZero() && !strings.EqualFold(tr.EN, "none") {
		s = catalog.T(k.lang, "keydiff.withTraining", catalog.Args{"Entry": s, "Training": strings.ToLower(k.text(tr))})
	}
	return s
}

// ladderDegrees compares the degrees the two careers start with on one
// credit ladder, and reports whether both name one.
func (k *keyDiff) ladderDegrees() bool {
	l, r := k.c.Left, k.c.Right
	ld, lok := degreeOf(k.c.Data, l)
	rd, rok := degreeOf(k.c.Data, r)
	if !lok || !rok || l.Ladder != r.Ladder {
		return false
	}
	lad, _ := k.c.Data.Ladder(l.Ladder)
	k.cite(lad.Source)
	args := k.pair()
	args["LeftDegree"], args["RightDegree"], args["Ladder"] = k.text(ld), k.text(rd), k.text(lad.Title)
	k.say("keydiff.ladder", args)
	return true
}

// degreeOf is the degree a career starts with on its ladder, in words.
func degreeOf(ds *model.Dataset, x *model.Career) (model.Text, bool) {
	l, ok := ds.Ladder(x.Ladder)
	if !ok || x.LadderDegree == "" {
		return model.Text{}, false
	}
	for _, r := range l.Rungs {
		if r.Ends.EN == x.LadderDegree {
			return r.Ends, true
		}
	}
	return model.Text{}, false
}

// firstFacts sets the first fact of each career's list side by side,
// quoted, its first sentence, or says that the two lists begin alike.
// Where a career's data has nothing of the kind (an empty list, or a fact
// that says its source has none), it says that the two cannot be
// compared here, and gives the other's.
func (k *keyDiff) firstFacts(id, sameID string, list func(*model.Career) []model.Fact) {
	first := func(x *model.Career) (model.Fact, bool) {
		fs := list(x)
		if len(fs) == 0 {
			return model.Fact{Text: model.Text{EN: catalog.T(model.English, "keydiff.noneNamed"), ES: catalog.T(model.Spanish, "keydiff.noneNamed")}, Absent: true}, false
		}
		k.cite(fs[0].Source)
		return fs[0], !fs[0].Absent
	}
	l, lok := first(k.c.Left)
	r, rok := first(k.c.Right)
	args := k.pair()
	args["LeftFact"], args["RightFact"] = quoted(k.text(l.Text)), quoted(k.text(r.Text))
	switch {
	case !lok && !rok:
		args["Fact"] = plain(k.text(l.Text))
		k.say("keydiff.bothMissing", args)
	case !lok || !rok:
		missing, other, fact, otherFact := k.c.Left, k.c.Right, l, r
		if lok {
			missing, other, fact, otherFact = k.c.Right, k.c.Left, r, l
		}
		k.say("keydiff.oneMissing", catalog.Args{"Missing": k.name(missing), "Fact": plain(k.text(fact.Text)),
			"Other": k.name(other), "OtherFact": quoted(k.text(otherFact.Text))})
	case args["LeftFact"] == args["RightFact"]:
		k.say(sameID, args)
	default:
		k.say(id, args)
	}
}

// plain is a data text without its final stop, to go inside a sentence.
func plain(s string) string { return strings.TrimSuffix(strings.TrimSpace(s), ".") }

// quoted puts the first sentence of a data text in quotation marks,
// without its final stop, cut at about maxQuote characters: a key
// difference sets two facts side by side, it does not repeat them whole.
func quoted(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	if r := []rune(s); len(r) > maxQuote {
		cut := string(r[:maxQuote])
		if j := strings.LastIndex(cut, " "); j > maxQuote/2 {
			cut = cut[:j]
		}
		s = strings.TrimRight(cut, ",;: ") + "…"
	}
	return "“" + s + "”"
}

// maxQuote is the longest quotation of a fact in a key difference, in
// characters.
const maxQuote = 140

// valueProse is a figure in a sentence: "$67,310", "$239,200 or more", or
// why it has none.
func (k *keyDiff) valueProse(f model.Figure) string {
	if f.Value == nil {
		if !f.Absent.IsZero() {
			return k.text(f.Absent)
		}
		return NoData(k.lang)
	}
	return Prose(k.lang, f)
}

// Prose is a figure's value as a sentence says it: "$67,310", "$239,200
// or more" for a top-coded one, "no data" for none.
func Prose(lang model.Lang, f model.Figure) string {
	if f.Value == nil {
		return NoData(lang)
	}
	v := FormatValue(*f.Value, f.Unit)
	if f.TopCoded {
		return catalog.T(lang, "figure.orMore", catalog.Args{"Value": v})
	}
	return v
}

// ratio says how many times a is of b, to a tenth: "1.8".
func ratio(a, b float64) string {
	return strconv.FormatFloat(math.Round(a/b*10)/10, 'f', -1, 64)
}

// topSkills sets the skills each career's data rate most important side
// by side, and the ones they share, where every one of the first skills
// names itself before " — " (as the import writes O*NET's ratings, most
// important first). It reports whether it could.
func (k *keyDiff) topSkills() bool {
	var names [2][]string
	for i, x := range k.c.Careers() {
		for _, f := range x.Skills {
			name, _, ok := strings.Cut(f.Text.EN, " — ")
			if !ok || f.Absent || name == "" {
				break
			}
			k.cite(f.Source)
			if names[i] = append(names[i], name); len(names[i]) == topSkillCount {
				break
			}
		}
		if len(names[i]) == 0 {
			return false
		}
	}
	if k.lang != model.English {
		k.english = true // O*NET names its skills in English
	}
	args := k.pair()
	args["LeftSkills"], args["RightSkills"] = strings.Join(names[0], ", "), strings.Join(names[1], ", ")
	k.say("keydiff.skillsTop", args)
	var common []string
	for _, n := range names[0] {
		if slices.Contains(names[1], n) {
			common = append(common, n)
		}
	}
	if len(common) > 0 {
		k.say("keydiff.skillsCommon", catalog.Args{"Skills": strings.Join(common, ", ")})
	} else {
		k.say("keydiff.skillsNoneCommon", nil)
	}
	return true
}

// topSkillCount is how many of each career's most important skills a key
// difference names.
const topSkillCount = 3
