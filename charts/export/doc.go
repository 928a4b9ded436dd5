// Package export writes the comparison's files: a picture (a chart or the
// credit ladder, as PNG, SVG or a one-page PDF) and the counseling handout
// (a PDF, or an accessible HTML page with the same content), each through
// WriteFile, which writes a temporary file and renames it into place. The
// pictures themselves come from package charts.
package export
