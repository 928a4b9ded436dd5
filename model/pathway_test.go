package model

import (
	"errors"
	"math"
	"testing"
)

func hcm(t *testing.T) *Ladder {
	t.Helper()
	ds, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	l, ok := ds.Ladder("healthcare-management")
	if !ok {
		t.Fatal("no healthcare-management ladder")
	}
	return l
}

func TestLadder_Plan(t *testing.T) {
	l := hcm(t)
	// Rungs: 0 | 90 associate's (1) | 180 bachelor's (2) | 228 master's (3).
	cases := map[string]struct {
		in        PlanInput
		remaining float64
		terms     int
		years     float64
		steps     []Step
	}{
		"high school to associate's full time": {
			PlanInput{"high-school-grads", 1, 0, 15, 4, "", ""}, 90, 6, 1.5,
			[]Step{{1, 90, 90, 6}},
		},
		"high school to bachelor's part time": {
			PlanInput{"high-school-grads", 2, 0, 8, 4, "", ""}, 180, 23, 5.75,
			[]Step{{1, 90, 90, 12}, {2, 180, 180, 23}},
		},
		"transfer with 40 credits to bachelor's": {
			PlanInput{"transfer-students", 2, 40, 15, 4, "", ""}, 140, 10, 2.5,
			[]Step{{1, 90, 50, 4}, {2, 180, 140, 10}},
		},
		"second degree to bachelor's": {
			PlanInput{"second-degree-pursuers", 2, 0, 15, 4, "", ""}, 90, 6, 1.5,
			[]Step{{2, 180, 90, 6}},
		},
		"master's pursuer to master's, semesters": {
			PlanInput{"masters-degree-pursuers", 3, 0, 12, 2, "", ""}, 48, 4, 2,
			[]Step{{3, 228, 48, 4}},
		},
		"all credits already earned": {
			PlanInput{"transfer-students", 1, 90, 15, 4, "", ""}, 0, 0, 0, nil,
		},
		"earned lands on a rung": {
			PlanInput{"high-school-grads", 3, 90, 15, 4, "", ""}, 138, 10, 2.5,
			[]Step{{2, 180, 90, 6}, {3, 228, 138, 10}},
		},
		"transfer with 40 semester credits, quarters year-round": {
			PlanInput{"transfer-students", 2, 40, 15, 4, SemesterCredits, QuarterCredits}, 120, 8, 2,
			[]Step{{1, 90, 30, 2}, {2, 180, 120, 8}},
		},
		"transfer with 40 semester credits, semesters": {
			PlanInput{"transfer-students", 2, 40, 15, 2, SemesterCredits, SemesterCredits}, 120, 6, 3,
			[]Step{{1, 90, 30, 2}, {2, 180, 120, 6}},
		},
		"120 semester credits reach the bachelor's": {
			PlanInput{"high-school-grads", 2, 120, 15, 2, SemesterCredits, SemesterCredits}, 0, 0, 0, nil,
		},
		"fractional pace": {
			PlanInput{"high-school-grads", 1, 0, 7.5, 4, "", ""}, 90, 12, 3,
			[]Step{{1, 90, 90, 12}},
		},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p, err := l.Plan(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if p.Remaining != c.remaining || p.Terms != c.terms || math.Abs(p.Years-c.years) > 1e-9 {
				t.Errorf("got %v credits, %d terms, %v years; want %v, %d, %v", p.Remaining, p.Terms, p.Years, c.remaining, c.terms, c.years)
			}
			if len(p.Steps) != len(c.steps) {
				t.Fatalf("steps %+v, want %+v", p.Steps, c.steps)
			}
			for i := range c.steps {
				if p.Steps[i] != c.steps[i] {
					t.Errorf("step %d = %+v, want %+v", i, p.Steps[i], c.steps[i])
				}
			}
		})
	}
}

func TestLadder_PlanErrors(t *testing.T) {
	l := hcm(t)
	nan := math.NaN()
	cases := map[string]struct {
		in    PlanInput
		field string
	}{
		"no entry":                            {PlanInput{"", 1, 0, 15, 4, "", ""}, "entry"},
		"unknown entry":                       {PlanInput{"astronauts", 1, 0, 15, 4, "", ""}, "entry"},
		"goal not a degree":                   {PlanInput{"high-school-grads", 0, 0, 15, 4, "", ""}, "goal"},
		"goal out of range":                   {PlanInput{"high-school-grads", 9, 0, 15, 4, "", ""}, "goal"},
		"goal below start":                    {PlanInput{"masters-degree-pursuers", 1, 0, 15, 4, "", ""}, "goal"},
		"goal at start":                       {PlanInput{"second-degree-pursuers", 1, 0, 15, 4, "", ""}, "goal"},
		"negative earned":                     {PlanInput{"high-school-grads", 1, -1, 15, 4, "", ""}, "earned"},
		"more than goal":                      {PlanInput{"high-school-grads", 1, 91, 15, 4, "", ""}, "earned"},
		"more than from entry":                {PlanInput{"second-degree-pursuers", 2, 91, 15, 4, "", ""}, "earned"},
		"NaN earned":                          {PlanInput{"high-school-grads", 1, nan, 15, 4, "", ""}, "earned"},
		"zero pace":                           {PlanInput{"high-school-grads", 1, 0, 0, 4, "", ""}, "pace"},
		"negative pace":                       {PlanInput{"high-school-grads", 1, 0, -5, 4, "", ""}, "pace"},
		"huge pace":                           {PlanInput{"high-school-grads", 1, 0, 500, 4, "", ""}, "pace"},
		"infinite pace":                       {PlanInput{"high-school-grads", 1, 0, math.Inf(1), 4, "", ""}, "pace"},
		"tiny pace":                           {PlanInput{"high-school-grads", 1, 0, 1e-300, 4, "", ""}, "pace"},
		"zero terms":                          {PlanInput{"high-school-grads", 1, 0, 15, 0, "", ""}, "terms"},
		"fractional terms":                    {PlanInput{"high-school-grads", 1, 0, 15, 2.5, "", ""}, "terms"},
		"too many terms":                      {PlanInput{"high-school-grads", 1, 0, 15, 13, "", ""}, "terms"},
		"more semester credits than the goal": {PlanInput{"high-school-grads", 1, 61, 15, 4, SemesterCredits, ""}, "earned"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p, err := l.Plan(c.in)
			var pe *PlanError
			if p != nil || !errors.As(err, &pe) || pe.Field != c.field {
				t.Fatalf("got %+v, %v; want an error on %s", p, err, c.field)
			}
			if pe.Message == "" {
				t.Error("empty message")
			}
		})
	}
}

func TestLadder_Convert(t *testing.T) {
	l := hcm(t)
	if l.CreditUnit() != QuarterCredits {
		t.Fatalf("the article's ladder counts %q", l.CreditUnit())
	}
	for _, c := range []struct {
		v, want  float64
		from, to string
	}{{40, 60, SemesterCredits, ""}, {180, 120, "", SemesterCredits}, {15, 15, QuarterCredits, ""}, {7, 7, "", ""}} {
		if got, err := l.Convert(c.v, c.from, c.to); err != nil || got != c.want {
			t.Errorf("Convert(%v, %q, %q) = %v, %v; want %v", c.v, c.from, c.to, got, err, c.want)
		}
	}
	plain := &Ladder{Unit: Say("credits")}
	if _, err := plain.Convert(1, SemesterCredits, ""); err == nil {
		t.Error("converted semester credits on a ladder of unknown credits")
	}
	if v, err := plain.Convert(3, "", ""); err != nil || v != 3 {
		t.Errorf("Convert on its own unit: %v, %v", v, err)
	}
}

func TestLadder_MaxEarned(t *testing.T) {
	l := hcm(t)
	if got := l.MaxEarned("second-degree-pursuers", 2); got != 90 {
		t.Errorf("MaxEarned = %v, want 90", got)
	}
	if got := l.MaxEarned("masters-degree-pursuers", 1); got != 0 {
		t.Errorf("MaxEarned below start = %v, want 0", got)
	}
	if got := l.Degrees(); len(got) != 3 || got[0] != 1 || got[2] != 3 {
		t.Errorf("Degrees = %v", got)
	}
}
