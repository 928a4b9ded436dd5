package wording

import (
	"strings"
	"testing"

	"careercompare/model"
)

func TestFormatValue(t *testing.T) {
	for in, want := range map[float64]string{34160: "$34,160", 55000: "$55,000", 104830: "$104,830", 0: "$0", 999: "$999"} {
		if got := FormatValue(in, model.UnitUSD); got != want {
			t.Errorf("FormatValue(%v) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[float64]string{22: "22%", 2.8: "2.8%", -3: "−3%", 0: "0%"} {
		if got := FormatValue(in, model.UnitPercent); got != want {
			t.Errorf("FormatValue(%v%%) = %q, want %q", in, got, want)
		}
	}
}

func TestNoLadder(t *testing.T) {
	if got := NoLadder(model.English, model.Edition{}); got != "No credit ladder in this data." {
		t.Errorf("own data: %q", got)
	}
	e := model.Edition{Imported: "O*NET 30.1 Database and BLS Employment Projections 2024–34"}
	for _, lang := range model.Langs() {
		if got := NoLadder(lang, e); !strings.Contains(got, "(O*NET 30.1 Database and BLS Employment Projections 2024–34)") {
			t.Errorf("%s, imported data: %q does not name the downloads", lang, got)
		}
	}
}

// TestPlaceMedian_Hourly: a wage BLS publishes by the hour only is said in
// dollars an hour, and "or more" where it is BLS's top code.
func TestPlaceMedian_Hourly(t *testing.T) {
	for _, tc := range []struct {
		median model.Value
		want   string
	}{
		{model.Value{N: 48.5, Known: true}, "$48.50 an hour (BLS publishes hourly wages only)"},
		{model.Value{N: 115, Known: true, AtLeast: true}, "$115.00 an hour or more (BLS publishes hourly wages only, and this one only as the top of its survey's range)"},
	} {
		pay := model.PlacePay{Career: model.WageCareer{Hourly: true}, Found: true}
		pay.Values[model.PayMedian] = tc.median
		if _, got, _, _ := PlaceMedian(model.English, pay); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.median, got, tc.want)
		}
	}
}
