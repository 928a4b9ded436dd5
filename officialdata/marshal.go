package officialdata

import (
	"bytes"
	"encoding/json"
	"fmt"

	"careercompare/model"
)

// Marshal writes the dataset as a data file: indented JSON, ending with a
// new line, as the loader reads it. It checks that the loader accepts it,
// so that no invalid file is ever written.
func Marshal(ds *model.Dataset) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // "&" stays "&" for a reader of the file
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return nil, fmt.Errorf("write the imported data: %w", err)
	}
	if _, err := model.Load("(imported data)", buf.Bytes()); err != nil {
		return nil, fmt.Errorf("the imported data does not pass the data file's checks (a fault of the import, please report it): %w", err)
	}
	return buf.Bytes(), nil
}
