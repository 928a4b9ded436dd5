// Package officialdata turns the official downloads into a Career Compare
// data file, offline: the O*NET database's text download (tab-separated
// files, CC BY 4.0), read from its zip in place or from its folder, in the
// file layout of the releases before 30.3 or of 30.3 and later; and the
// BLS Employment Projections workbook occupation.xlsx (its sheet "Table
// 1.2"), 2023–33 edition or later. It reads only the files it is given,
// with limits on their size, their lines and their rows, and reports any
// problem as one line naming the file and the line or cell. It says what
// the downloads have of each occupation and what they lack, as BLS and
// O*NET mean it: a wage BLS caps, a value it does not publish, a group it
// publishes an occupation in, tasks O*NET has not rated. What it writes
// of its own (the edition, the figures' measures and notes, BLS's
// categories of entry education, the facts it states) it writes in English
// and Spanish, from the app's message catalogue; O*NET's and BLS's own
// texts stay as they publish them, in English. It imports the model and
// the catalogue, never the window.
//
// OpenONet and OpenBLS read each download; Occupations lists what
// they offer and Search finds occupations by title or code; Downloads.Build
// makes the dataset of the chosen occupations, and Marshal writes it as a
// data file that the strict loader accepts.
package officialdata
