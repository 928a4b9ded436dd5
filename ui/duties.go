package ui

import (
	"fyne.io/fyne/v2"

	"careercompare/model"
)

// dutiesPage builds the Duties tab: duties and workplaces compared.
func (u *UI) dutiesPage() fyne.CanvasObject {
	return page(
		u.headerRow(),
		u.keyDifference(model.TopicDuties),
		u.factSection("section.duties", func(c *model.Career) []model.Fact { return c.Duties }),
		u.factSection("section.workplaces", func(c *model.Career) []model.Fact { return c.Workplaces }),
	)
}
