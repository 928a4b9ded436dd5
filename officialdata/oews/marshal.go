package oews

import (
	"bytes"
	"encoding/json"
	"fmt"

	"careercompare/model"
	"careercompare/officialdata"
)

// Marshal writes a dataset as a data file, as officialdata.Marshal does,
// but with each place of its wages on one line: indented like the rest,
// the wages of two careers in 600 areas would take about three times the
// room. The file passes the strict loader, or Marshal fails.
func Marshal(ds *model.Dataset) ([]byte, error) {
	if ds.Wages == nil {
		return officialdata.Marshal(ds)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	bare := *ds
	bare.Wages = nil
	if err := enc.Encode(&bare); err != nil {
		return nil, fmt.Errorf("write the data: %w", err)
	}
	// The dataset without wages ends with "\n}\n": the wages, its last
	// field, go before the brace.
	b := bytes.TrimRight(buf.Bytes(), "\n")
	if !bytes.HasSuffix(b, []byte("\n}")) {
		return nil, fmt.Errorf("write the data: unexpected end of the encoded dataset")
	}
	out := bytes.NewBuffer(make([]byte, 0, len(b)+len(ds.Wages.Places)*256))
	out.Write(b[:len(b)-2])
	out.WriteString(",\n  \"wages\": ")
	if err := writeWages(out, ds.Wages); err != nil {
		return nil, err
	}
	out.WriteString("\n}\n")
	if _, err := model.Load("(data with wages)", out.Bytes()); err != nil {
		return nil, fmt.Errorf("the data with wages does not pass the data file's checks (a fault of the import, please report it): %w", err)
	}
	return out.Bytes(), nil
}

// writeWages writes the wages: their fields indented as the rest of the
// file, each place on one line.
func writeWages(out *bytes.Buffer, w *model.Wages) error {
	field := func(name string, v any, last bool) error {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("write the wages: %w", err)
		}
		fmt.Fprintf(out, "    %q: %s", name, b)
		if !last {
			out.WriteString(",\n")
		}
		return nil
	}
	out.WriteString("{\n")
	if err := field("source", w.Source, false); err != nil {
		return err
	}
	if err := field("release", w.Release, false); err != nil {
		return err
	}
	if w.TopAnnual != 0 {
		_ = field("top_annual", w.TopAnnual, false)
	}
	if w.TopHourly != 0 {
		_ = field("top_hourly", w.TopHourly, false)
	}
	out.WriteString("    \"careers\": [\n")
	for i, c := range w.Careers {
		b, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("write the wages: %w", err)
		}
		out.WriteString("      ")
		out.Write(b)
		if i < len(w.Careers)-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	out.WriteString("    ],\n    \"places\": [\n")
	for i, p := range w.Places {
		if p.Pay == nil {
			p.Pay = []string{}
		}
		b, err := json.Marshal(p)
		if err != nil {
			return fmt.Errorf("write the wages: %w", err)
		}
		out.Write(b) // one place a line, not indented: 600 of them
		if i < len(w.Places)-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	out.WriteString("    ]\n  }")
	return nil
}
