// Package officialdata turns the official downloads into a Career Compare
// data file, offline: the O*NET database's text download (tab-separated
// files, CC BY 4.0) and the BLS Employment Projections workbook
// occupation.xlsx (its sheet "Table 1.2"). It reads only the files it is
// given, with limits on their size, their lines and their rows, and reports
// any problem as one line naming the file and the line or cell. It imports
// the model, never the window.
//
// OpenONet and OpenBLS read each download; Downloads.Occupations lists what
// they offer and Search finds occupations by title or code; Downloads.Build
// makes the dataset of the chosen occupations, and Marshal writes it as a
// data file that the strict loader accepts.
package officialdata
