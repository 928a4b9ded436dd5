package cli

import (
	"errors"
	"fmt"
	"strings"

	"careercompare/model"
	"careercompare/model/wording"
)

// withPlace is the comparison with the pay of the place --place names
// beside the nation's: a place of the data's wages whose code or name is
// the one given, or the one place whose name holds it. An unknown or
// ambiguous place lists the places it could be.
func withPlace(c model.Comparison, place string) (model.Comparison, error) {
	place = strings.TrimSpace(place)
	if place == "" {
		return c, nil
	}
	w := c.Data.Wages
	if w == nil {
		return c, errors.New("export: --place: this data has no wages by state and area; add BLS's tables with careercompare import --data FILE --oews TABLES")
	}
	var found []*model.Place
	for _, p := range w.Find(place) {
		if p.Kind == model.PlaceNation {
			continue
		}
		if p.Area == place || strings.EqualFold(p.Name, place) {
			found = []*model.Place{p}
			break
		}
		found = append(found, p)
	}
	if len(found) == 1 {
		out, _ := c.WithPlace(found[0].Area)
		return out, nil
	}
	if len(found) == 0 {
		// Places whose name begins as the one given does.
		for _, p := range w.Find(firstLetters(place, 4)) {
			if p.Kind != model.PlaceNation {
				found = append(found, p)
			}
		}
		if len(found) == 0 {
			// Nothing close: what there is.
			for i := range w.Places {
				if w.Places[i].Kind != model.PlaceNation {
					found = append(found, &w.Places[i])
				}
			}
			return c, fmt.Errorf("export: --place %q: no such place in the data's wages; they have%s", place, placeList(found))
		}
		return c, fmt.Errorf("export: --place %q: no such place in the data's wages%s", place, placeList(found))
	}
	return c, fmt.Errorf("export: --place %q is %d places: name one%s", place, len(found), placeList(found))
}

// firstLetters is the first n letters of s.
func firstLetters(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// placeList lists up to eight places with their codes, for a message.
func placeList(ps []*model.Place) string {
	if len(ps) == 0 {
		return ""
	}
	var names []string
	for i, p := range ps {
		if i == 8 {
			names = append(names, fmt.Sprintf("and %d more", len(ps)-8))
			break
		}
		names = append(names, fmt.Sprintf("%s [%s]", wording.PlaceName(model.English, p), p.Area))
	}
	return ": " + strings.Join(names, "; ")
}
