package wording

import (
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
