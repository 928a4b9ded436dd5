// Package charts draws the comparison's pictures: the salary and growth bar
// charts (go-chart, with an own layout for labels and notes), the credit
// ladder's geometry (computed once, drawn by the window's widget and by
// every export) and its picture, and the painters they are drawn with: a
// fast rasterizer for PNG and the screen, escaped SVG, and a region of a
// PDF page. It imports nothing of Fyne and runs headless; the documents
// made of these pictures are in charts/export.
package charts
