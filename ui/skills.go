package ui

import (
	"fyne.io/fyne/v2"

	"careercompare/model"
)

// skillsTab compares the skills each career needs.
func (u *UI) skillsTab() fyne.CanvasObject {
	return page(
		u.headerRow(),
		u.keyDifference(model.TopicSkills),
		u.factSection("section.skills", func(c *model.Career) []model.Fact { return c.Skills }),
	)
}
