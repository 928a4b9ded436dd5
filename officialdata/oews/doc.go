// Package oews reads BLS's Occupational Employment and Wage Statistics
// (OEWS) downloads — the national, state, metropolitan and nonmetropolitan
// tables of May 2024, May 2025 and later releases of the same layout — and
// keeps the pay of the careers' occupations in every area, as model.Wages.
//
// Read takes the files as a browser saved them (BLS's zip, such as
// oesm25st.zip, or the workbook inside it, such as state_M2025_dl.xlsx),
// streams each workbook's one sheet row by row, with limits on every size
// that admit the real files and refuse a zip bomb (see the constants), and
// reports any problem as one line naming the file and, where it applies,
// the row or cell. Attach puts the wages into a dataset with their source,
// and gives the careers' national salary figures their 10th and 90th
// percentiles where they are of the same year; Marshal writes the dataset
// with one line per place, so that the data file stays small.
package oews
