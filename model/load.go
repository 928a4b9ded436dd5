package model

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
)

// Load parses and checks a data file. name is the file name used in
// problems. On any problem it returns nil and a Problems error listing all of
// them, each as FILE:LINE: field: message.
func Load(name string, data []byte) (*Dataset, error) {
	root, err := parseTree(data)
	var se *syntaxError
	if errors.As(err, &se) {
		return nil, Problems{{File: name, Line: se.line, Field: "syntax", Message: se.msg}}
	}
	d, ds := newDecoder(name), &Dataset{}
	d.decode(root, root.line, reflect.ValueOf(ds).Elem(), "")
	if root.kind == kindObject {
		d.validate(ds)
	}
	if len(d.problems) > 0 {
		return nil, d.problems
	}
	return ds, nil
}

// LoadFile reads and checks the data file at path.
func LoadFile(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open data file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read data file %s: %w", path, err)
	}
	if len(data) > MaxFileSize {
		return nil, Problems{{File: path, Line: 1, Field: "syntax", Message: fmt.Sprintf("file is larger than the limit of %d bytes", MaxFileSize)}}
	}
	return Load(path, data)
}
