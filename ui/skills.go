package ui

import (
	"fyne.io/fyne/v2"

	"careercompare/model"
)

// skillsPage builds the Skills tab: the skills each career needs.
func (u *UI) skillsPage() fyne.CanvasObject {
	return page(
		u.headerRow(),
		u.keyDifference(model.TopicSkills),
		u.factSection("section.skills", func(c *model.Career) []model.Fact { return c.Skills }),
	)
}
