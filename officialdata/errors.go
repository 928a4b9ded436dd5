package officialdata

import (
	"fmt"
	"strings"
)

// FileError is a problem of one input file, where it is: a line of a text
// file, a cell or a row of a workbook's sheet, or the whole file. Its Error
// is one line: "FILE:LINE: message", "FILE: sheet "S", cell B7: message"
// or "FILE: message".
type FileError struct {
	// File is the path of the file as it was given.
	File string
	// Line is the line of a text file, counted from 1; 0 when not known.
	Line int
	// Sheet and Cell place the problem in a workbook ("B7"); Row is used
	// where no one cell is at fault.
	Sheet, Cell string
	Row         int
	Message     string
}

// Error says the problem in one line.
func (e *FileError) Error() string {
	var where string
	switch {
	case e.Line > 0:
		where = fmt.Sprintf("%s:%d", e.File, e.Line)
	case e.Sheet != "" && e.Cell != "":
		where = fmt.Sprintf("%s: sheet %q, cell %s", e.File, e.Sheet, e.Cell)
	case e.Sheet != "" && e.Row > 0:
		where = fmt.Sprintf("%s: sheet %q, row %d", e.File, e.Sheet, e.Row)
	case e.Sheet != "":
		where = fmt.Sprintf("%s: sheet %q", e.File, e.Sheet)
	default:
		where = e.File
	}
	return where + ": " + oneLine(e.Message)
}

// oneLine keeps a message on one line, whatever a file or a library put in
// it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
