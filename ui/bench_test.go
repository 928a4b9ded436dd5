package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"careercompare/charts"
)

// The benchmarks of docs/performance.md. Run them with
//
//	go test -run '^$' -bench . -count 5 ./ui
//
// They run in Fyne's test driver (no OpenGL: what they time is the work of
// the widgets, the layout and the renders, not the painting of the
// screen). They report time per operation; none of them asserts a time.

func newBenchUI(b *testing.B, w, h float32) (*UI, *queue) {
	b.Helper()
	u, q := newTestUI(b)
	u.win.Resize(fyne.NewSize(w, h))
	q.run()
	return u, q
}

// BenchmarkBuild builds the window's content as the app does before its
// window shows (data, five tabs, menus), laid out at the default size: the
// app's own part of its start-up time.
func BenchmarkBuild(b *testing.B) {
	a := test.NewTempApp(b)
	b.ReportAllocs()
	for b.Loop() {
		win := a.NewWindow("Career Compare")
		q := &queue{}
		if _, err := build(a, win, Start{}, Info{Name: "Career Compare", Version: "bench"}, q.add); err != nil {
			b.Fatal(err)
		}
		win.Resize(fyne.NewSize(1100, 760))
		q.run()
		win.Close()
	}
}

// renders counts the finished renders of every chart view.
func renders(u *UI) int64 {
	n := int64(0)
	for _, v := range u.chartViews() {
		n += v.Rendered()
	}
	return n
}

// BenchmarkTabSwitch selects the five tabs in turn, running the queued work
// after each switch as the app would run it off the UI goroutine; one op is
// one switch. The first round, which draws each chart once, is not timed:
// later switches find the chart on screen already (renders/op says how many
// renders a switch caused).
func BenchmarkTabSwitch(b *testing.B) {
	for _, s := range []fyne.Size{{Width: 1100, Height: 760}, {Width: 1920, Height: 1080}} {
		b.Run(fmt.Sprintf("%gx%g", s.Width, s.Height), func(b *testing.B) {
			u, q := newBenchUI(b, s.Width, s.Height)
			for i := range tabIDs {
				u.SelectTab(i)
				q.run()
			}
			r0, i := renders(u), 0
			b.ReportAllocs()
			for b.Loop() {
				i = (i + 1) % len(tabIDs)
				u.SelectTab(i)
				q.run()
			}
			b.ReportMetric(float64(renders(u)-r0)/float64(b.N), "renders/op")
		})
	}
}

// BenchmarkChartView re-renders the salary chart view at 1920×1080, as a
// change of data or theme does: "rerender" is the whole of it (the request
// on the UI goroutine, the render, the picture put on screen); "ui" is only
// what runs on the UI goroutine (the render is queued and dropped).
func BenchmarkChartView(b *testing.B) {
	setup := func(b *testing.B) (*ChartView, *queue) {
		u, q := newBenchUI(b, 1100, 760)
		u.SelectTab(TabSalary)
		q.run()
		v := u.chartView(charts.ChartSalary)
		v.OnNeedsHeight = nil // the view alone, at the size given here
		v.Resize(fyne.NewSize(1920, 1080))
		q.run()
		// 1080 high less the notes written under the picture, if any.
		if got, want := v.img.Image.Bounds(), v.img.Size(); got.Dx() != 1920 || got.Dy() != int(want.Height) || want.Height < 900 {
			b.Fatalf("the view shows a %v picture, want 1920×%g", got, want.Height)
		}
		return v, q
	}
	b.Run("rerender/1920x1080", func(b *testing.B) {
		v, q := setup(b)
		r0 := v.Rendered()
		b.ReportAllocs()
		for b.Loop() {
			v.SetRender(v.render)
			q.run()
		}
		if n := v.Rendered() - r0; n != int64(b.N) {
			b.Fatalf("%d renders for %d re-renders", n, b.N)
		}
	})
	b.Run("ui/1920x1080", func(b *testing.B) {
		v, q := setup(b)
		b.ReportAllocs()
		for b.Loop() {
			v.SetRender(v.render)
			if len(q.jobs) != 1 {
				b.Fatalf("%d jobs queued, want the one render", len(q.jobs))
			}
			q.jobs = q.jobs[:0]
		}
	})
}

// BenchmarkA11yUpdate fills the screen-reader layer as the accessibility
// walk does after each repaint (Windows and macOS, -tags accessibility),
// for each tab: the price of a repaint of the published window.
func BenchmarkA11yUpdate(b *testing.B) {
	u, q := newBenchUI(b, 1000, 700)
	for i, name := range tabIDs {
		u.SelectTab(i)
		q.run()
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				u.a11y.update()
			}
			b.ReportMetric(float64(len(u.a11y.items())), "items")
		})
	}
}
