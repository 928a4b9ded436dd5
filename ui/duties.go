package ui

import (
	"fyne.io/fyne/v2"

	"careercompare/model"
)

// dutiesTab compares duties and workplaces.
func (u *UI) dutiesTab() fyne.CanvasObject {
	return page(
		u.headerRow(),
		u.keyDifference(model.TopicDuties),
		u.factSection("section.duties", func(c *model.Career) []model.Fact { return c.Duties }),
		u.factSection("section.workplaces", func(c *model.Career) []model.Fact { return c.Workplaces }),
	)
}
