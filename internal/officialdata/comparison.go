package officialdata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"careercompare/model"
	"careercompare/model/wording"
)

// comparison compares the first two careers: one sentence each for
// education, duties, skills, salary and outlook, stating the figures or
// facts of both, from their source.
func (b *builder) comparison(ds *model.Dataset) model.Pairing {
	l, r := &ds.Careers[0], &ds.Careers[1]
	both := func(each func(k *model.Career) string) string {
		return fmt.Sprintf("%s: %s; %s: %s", l.Name.EN, each(l), r.Name.EN, each(r))
	}
	quoted := func(s string, n int) string {
		if s == "" {
			return "no data"
		}
		return "“" + shorten(strings.TrimSuffix(s, "."), n) + "”"
	}
	education := both(func(k *model.Career) string {
		if row, ok := b.d.BLS.occupation(codeOf(k)); ok && row.education != "" {
			return row.education
		}
		return "no data"
	})
	duties := both(func(k *model.Career) string { return quoted(b.topTask[k.ID], 160) })
	skills := both(func(k *model.Career) string { return quoted(b.topSkill[k.ID], 120) })
	value := func(f model.Figure) string { return wording.Figure(model.English, f) }
	salary := both(func(k *model.Career) string { return value(k.Salary) })
	outlook := both(func(k *model.Career) string { return value(k.Growth) })
	if ref := ds.Reference; ref != nil {
		name := strings.TrimPrefix(ref.Name.EN, "Total, ")
		salary += fmt.Sprintf("; %s: %s", name, value(ref.Salary))
		outlook += fmt.Sprintf("; %s: %s", name, value(ref.Growth))
	}
	bl := b.d.BLS
	fact := func(text, source string) model.Fact {
		return model.Fact{Text: model.Say(shorten(text, model.MaxTextLen)), Source: source}
	}
	return model.Pairing{
		Left: l.ID, Right: r.ID,
		Differences: model.Differences{
			Education: fact("Typical education needed for entry, per BLS — "+education+".", SourceBLS),
			Duties:    fact("The most relevant core task, per O*NET — "+duties+".", SourceONet),
			Skills:    fact("The most important skill, per O*NET — "+skills+".", SourceONet),
			Salary:    fact(fmt.Sprintf("Median annual wage, May %d, per BLS — %s.", bl.WageYear, salary), SourceBLS),
			Outlook:   fact(fmt.Sprintf("Projected job growth %s, per BLS — %s.", bl.Period(), outlook), SourceBLS),
		},
	}
}

// codeOf is the code of an imported career, from its id.
func codeOf(k *model.Career) string {
	if c, ok := strings.CutPrefix(k.ID, "soc-"); ok {
		return c
	}
	return ""
}

// Marshal writes the dataset as a data file: indented JSON, ending with a
// new line, as the loader reads it. It checks that the loader accepts it,
// so that no invalid file is ever written.
func Marshal(ds *model.Dataset) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "&" stays "&" for a reader of the file
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return nil, fmt.Errorf("write the imported data: %w", err)
	}
	if _, err := model.Load("(imported data)", buf.Bytes()); err != nil {
		return nil, fmt.Errorf("the imported data does not pass the data file's checks (a fault of the import, please report it): %w", err)
	}
	return buf.Bytes(), nil
}
