package oews

// Limits on the OEWS downloads. BLS's largest, the metropolitan zip
// oesm25ma.zip, is about 40 MB; its MSA_M2025_dl.xlsx about 25–30 MB, with
// about 140,000 rows of 32 columns in one sheet whose XML unpacks to a few
// hundred MB. The limits leave room for a few times that, and refuse what
// no OEWS file is: a zip that unpacks to gigabytes, or a part that unpacks
// to far more than a spreadsheet's XML ever does per byte packed.
const (
	// MaxDownload is the largest file given, a zip or a workbook, in
	// bytes.
	MaxDownload = 256 << 20
	// MaxWorkbook is the largest workbook inside a zip, in bytes; it is
	// unpacked to a temporary file, removed after the reading.
	MaxWorkbook = 128 << 20
	// MaxSheet is the most a workbook's sheet may unpack to, in bytes.
	// excelize unpacks it to a temporary file, not into memory.
	MaxSheet = 1 << 30
	// MaxUnzipped is the most all the parts of a workbook may unpack to
	// together, in bytes.
	MaxUnzipped = MaxSheet + 256<<20
	// maxPart is the most a part other than a sheet may unpack to: the
	// shared strings, styles, theme and workbook are a few MB at most.
	maxPart = 256 << 20
	// MaxRatio is the most a part of over a MB (a workbook's part, or a
	// zip's workbook) may unpack to per byte packed. A sheet's XML packs
	// to about a tenth of its size; a zip bomb to a thousandth.
	MaxRatio = 100
	// ratioFloor is the size from which MaxRatio applies.
	ratioFloor = 1 << 20
	// maxParts bounds the parts of a workbook and the entries of a zip;
	// an xlsx has a few dozen, BLS's zips two or three files.
	maxParts = 1000
	// maxInMemory is the size of a part beyond which excelize unpacks it
	// to a temporary file rather than into memory.
	maxInMemory = 16 << 20
	// MaxRows is the most rows read from a sheet (the metropolitan table
	// has about 140,000).
	MaxRows = 1_000_000
	// maxCell is the longest text kept from a cell, in characters; an
	// area's or occupation's title has at most about 100.
	maxCell = 1000
	// MaxFiles is the most files read at once (BLS publishes four
	// tables: national, state, metropolitan, nonmetropolitan).
	MaxFiles = 20
	// checkEvery is how many rows are read between checks of the context
	// and calls of the progress function.
	checkEvery = 2048
	// ballastSize is the live heap that Read tops up, with a block it
	// holds untouched while it reads. excelize's XML decoding allocates
	// about 4 GB for the metropolitan table, in small pieces that die at
	// once; with a live heap of a few MB the garbage collector would run
	// every few MB, a thousand times a table. The ballast raises its
	// goal, so that it runs some fifty times: a third less time, for a
	// peak RSS of about 90 MB (the block itself, never written, is mostly
	// not resident). A process whose heap is already that large (the
	// window's) gets no ballast.
	ballastSize = 64 << 20
)
