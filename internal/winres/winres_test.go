package winres

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// res is a resource for buildTree.
type res struct {
	typ, name ID
	lang      uint16
	data      []byte
}

// buildTree lays out a resource section as a linker does: the directories
// (type, name, language), then the data entries, the names and the data.
// base is the virtual address of the section.
func buildTree(base uint32, rs []res) []byte {
	type nameDir struct {
		id    ID
		langs []int // indices into rs
	}
	type typeDir struct {
		id    ID
		names []*nameDir
	}
	less := func(a, b ID) bool { // named entries first, then by number
		if (a.Name != "") != (b.Name != "") {
			return a.Name != ""
		}
		if a.Name != "" {
			return a.Name < b.Name
		}
		return a.Num < b.Num
	}
	var types []*typeDir
	for i, r := range rs {
		var t *typeDir
		for _, x := range types {
			if x.id == r.typ {
				t = x
			}
		}
		if t == nil {
			t = &typeDir{id: r.typ}
			types = append(types, t)
		}
		var n *nameDir
		for _, x := range t.names {
			if x.id == r.name {
				n = x
			}
		}
		if n == nil {
			n = &nameDir{id: r.name}
			t.names = append(t.names, n)
		}
		n.langs = append(n.langs, i)
	}
	sort.Slice(types, func(i, j int) bool { return less(types[i].id, types[j].id) })
	for _, t := range types {
		sort.Slice(t.names, func(i, j int) bool { return less(t.names[i].id, t.names[j].id) })
	}

	// Offsets, first pass.
	dirLen := func(n int) uint32 { return uint32(16 + 8*n) }
	off := dirLen(len(types))
	typeOff := map[*typeDir]uint32{}
	nameOff := map[*nameDir]uint32{}
	for _, t := range types {
		typeOff[t] = off
		off += dirLen(len(t.names))
	}
	for _, t := range types {
		for _, n := range t.names {
			nameOff[n] = off
			off += dirLen(len(n.langs))
		}
	}
	dataEntryOff := make([]uint32, len(rs))
	for _, t := range types {
		for _, n := range t.names {
			for _, i := range n.langs {
				dataEntryOff[i] = off
				off += 16
			}
		}
	}
	strOff := map[string]uint32{}
	var strs []string
	for _, r := range rs {
		for _, id := range []ID{r.typ, r.name} {
			if _, ok := strOff[id.Name]; id.Name != "" && !ok {
				strOff[id.Name] = off
				strs = append(strs, id.Name)
				off += uint32(2 + 2*len(utf16.Encode([]rune(id.Name))))
			}
		}
	}
	dataOff := make([]uint32, len(rs))
	for i, r := range rs {
		off = (off + 3) &^ 3
		dataOff[i] = off
		off += uint32(len(r.data))
	}

	// Second pass: write.
	b := make([]byte, off)
	le := binary.LittleEndian
	dir := func(at uint32, ids []ID, targets []uint32) {
		named := 0
		for _, id := range ids {
			if id.Name != "" {
				named++
			}
		}
		le.PutUint16(b[at+12:], uint16(named))
		le.PutUint16(b[at+14:], uint16(len(ids)-named))
		for i, id := range ids {
			e := at + 16 + 8*uint32(i)
			if id.Name != "" {
				le.PutUint32(b[e:], strOff[id.Name]|highBit)
			} else {
				le.PutUint32(b[e:], uint32(id.Num))
			}
			le.PutUint32(b[e+4:], targets[i])
		}
	}
	var ids []ID
	var targets []uint32
	for _, t := range types {
		ids, targets = append(ids, t.id), append(targets, typeOff[t]|highBit)
	}
	dir(0, ids, targets)
	for _, t := range types {
		ids, targets = nil, nil
		for _, n := range t.names {
			ids, targets = append(ids, n.id), append(targets, nameOff[n]|highBit)
		}
		dir(typeOff[t], ids, targets)
		for _, n := range t.names {
			ids, targets = nil, nil
			for _, i := range n.langs {
				ids, targets = append(ids, ID{Num: rs[i].lang}), append(targets, dataEntryOff[i])
			}
			dir(nameOff[n], ids, targets)
		}
	}
	for i, r := range rs {
		le.PutUint32(b[dataEntryOff[i]:], base+dataOff[i])
		le.PutUint32(b[dataEntryOff[i]+4:], uint32(len(r.data)))
		le.PutUint32(b[dataEntryOff[i]+8:], 1252)
		copy(b[dataOff[i]:], r.data)
	}
	for _, s := range strs {
		u := utf16.Encode([]rune(s))
		at := strOff[s]
		le.PutUint16(b[at:], uint16(len(u)))
		for i, c := range u {
			le.PutUint16(b[at+2+2*uint32(i):], c)
		}
	}
	return b
}

// vnode encodes one VS_VERSIONINFO block; value is binary (typ 0) or a
// string (typ 1), whose length is counted in UTF-16 units with its zero.
func vnode(key string, typ uint16, value any, children ...[]byte) []byte {
	var b bytes.Buffer
	le := binary.LittleEndian
	b.Write(make([]byte, 6))
	for _, c := range utf16.Encode([]rune(key + "\x00")) {
		_ = binary.Write(&b, le, c)
	}
	pad := func() {
		for b.Len()%4 != 0 {
			b.WriteByte(0)
		}
	}
	pad()
	valueLen := 0
	switch v := value.(type) {
	case []byte:
		b.Write(v)
		valueLen = len(v)
	case string:
		u := utf16.Encode([]rune(v + "\x00"))
		for _, c := range u {
			_ = binary.Write(&b, le, c)
		}
		valueLen = len(u)
	}
	for _, c := range children {
		pad()
		b.Write(c)
	}
	out := b.Bytes()
	le.PutUint16(out, uint16(len(out)))
	le.PutUint16(out[2:], uint16(valueLen))
	le.PutUint16(out[4:], typ)
	return out
}

func fixedFileInfo(file, product Version) []byte {
	w := make([]uint32, 13)
	w[0] = fixedFileInfoSignature
	w[1] = 0x10000
	w[2], w[3] = uint32(file[0])<<16|uint32(file[1]), uint32(file[2])<<16|uint32(file[3])
	w[4], w[5] = uint32(product[0])<<16|uint32(product[1]), uint32(product[2])<<16|uint32(product[3])
	w[6] = 0x3f
	w[8] = 0x40004 // VOS_NT_WINDOWS32
	w[9] = 1       // VFT_APP
	b := make([]byte, 52)
	for i, v := range w {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func sampleVersion() []byte {
	return vnode("VS_VERSION_INFO", 0, fixedFileInfo(Version{0, 1, 0, 3}, Version{0, 1, 0, 3}),
		vnode("StringFileInfo", 1, nil,
			vnode("040904B0", 1, nil,
				vnode("ProductName", 1, "Career Compare"),
				vnode("ProductVersion", 1, "0.1.0.3"),
				vnode("FileDescription", 1, "Career Compare – ünïcode"),
			),
		),
		vnode("VarFileInfo", 1, nil,
			vnode("Translation", 0, []byte{0x09, 0x04, 0xB0, 0x04}),
		),
	)
}

func sampleGroupIcon() []byte {
	b := []byte{0, 0, 1, 0, 2, 0}
	for _, e := range []struct {
		w, h byte
		size uint32
		id   uint16
	}{{0, 0, 40, 1}, {32, 32, 20, 2}} {
		entry := make([]byte, 14)
		entry[0], entry[1] = e.w, e.h
		binary.LittleEndian.PutUint16(entry[4:], 1)
		binary.LittleEndian.PutUint16(entry[6:], 32)
		binary.LittleEndian.PutUint32(entry[8:], e.size)
		binary.LittleEndian.PutUint16(entry[12:], e.id)
		b = append(b, entry...)
	}
	return b
}

func sampleTree(base uint32) []byte {
	return buildTree(base, []res{
		{typ: ID{Num: TypeIcon}, name: ID{Num: 1}, lang: 0x409, data: bytes.Repeat([]byte{1}, 40)},
		{typ: ID{Num: TypeIcon}, name: ID{Num: 2}, lang: 0x409, data: bytes.Repeat([]byte{2}, 20)},
		{typ: ID{Num: TypeGroupIcon}, name: ID{Name: "APP"}, lang: 0x409, data: sampleGroupIcon()},
		{typ: ID{Num: TypeVersion}, name: ID{Num: 1}, lang: 0x409, data: sampleVersion()},
		{typ: ID{Num: TypeManifest}, name: ID{Num: 1}, lang: 0x409, data: []byte("<assembly/>")},
		{typ: ID{Name: "CUSTOM"}, name: ID{Num: 7}, lang: 0, data: []byte("x")},
		{typ: ID{Name: "CUSTOM"}, name: ID{Num: 7}, lang: 0x407, data: []byte("yz")},
	})
}

func TestParse_Tree(t *testing.T) {
	const base = 0x5000
	rs, err := Parse(sampleTree(base), base)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rs {
		got = append(got, fmt.Sprintf("%v/%v/%#x:%d", r.Type, r.Name, r.Lang, len(r.Data)))
	}
	want := []struct {
		typ, name ID
		lang      uint16
		n         int
	}{
		{ID{Name: "CUSTOM"}, ID{Num: 7}, 0, 1},
		{ID{Name: "CUSTOM"}, ID{Num: 7}, 0x407, 2},
		{ID{Num: TypeIcon}, ID{Num: 1}, 0x409, 40},
		{ID{Num: TypeIcon}, ID{Num: 2}, 0x409, 20},
		{ID{Num: TypeGroupIcon}, ID{Name: "APP"}, 0x409, len(sampleGroupIcon())},
		{ID{Num: TypeVersion}, ID{Num: 1}, 0x409, len(sampleVersion())},
		{ID{Num: TypeManifest}, ID{Num: 1}, 0x409, 11},
	}
	if len(rs) != len(want) {
		t.Fatalf("got %d resources %v, want %d", len(rs), got, len(want))
	}
	for i, w := range want {
		r := rs[i]
		if r.Type != w.typ || r.Name != w.name || r.Lang != w.lang || len(r.Data) != w.n || r.CodePage != 1252 {
			t.Errorf("resource %d: %v/%v lang %#x, %d bytes, code page %d; want %v/%v lang %#x, %d bytes",
				i, r.Type, r.Name, r.Lang, len(r.Data), r.CodePage, w.typ, w.name, w.lang, w.n)
		}
	}
	if m := Find(rs, TypeManifest); len(m) != 1 || string(m[0].Data) != "<assembly/>" {
		t.Errorf("manifest: %q", m)
	}
	if len(Find(rs, TypeIcon)) != 2 || len(Find(rs, 99)) != 0 {
		t.Error("Find by type")
	}
	if s := (ID{Name: "APP"}).String() + (ID{Num: 14}).String(); s != `"APP"14` {
		t.Errorf("ID.String: %s", s)
	}
}

func TestParseGroupIcon(t *testing.T) {
	imgs, err := ParseGroupIcon(sampleGroupIcon())
	if err != nil {
		t.Fatal(err)
	}
	want := []IconImage{
		{Width: 256, Height: 256, Planes: 1, BitCount: 32, Size: 40, ID: 1},
		{Width: 32, Height: 32, Planes: 1, BitCount: 32, Size: 20, ID: 2},
	}
	if !reflect.DeepEqual(imgs, want) {
		t.Errorf("got %+v\nwant %+v", imgs, want)
	}
	for _, bad := range [][]byte{nil, {0, 0, 2, 0, 0, 0}, {0, 0, 1, 0, 3, 0}, sampleGroupIcon()[:19]} {
		if _, err := ParseGroupIcon(bad); err == nil {
			t.Errorf("ParseGroupIcon(% x): no error", bad)
		}
	}
}

func TestParseVersionInfo(t *testing.T) {
	vi, err := ParseVersionInfo(sampleVersion())
	if err != nil {
		t.Fatal(err)
	}
	if vi.FileVersion != (Version{0, 1, 0, 3}) || vi.ProductVersion.String() != "0.1.0.3" || vi.FileType != 1 || vi.FileOS != 0x40004 {
		t.Errorf("fixed file info: %+v", vi)
	}
	want := map[string]string{"ProductName": "Career Compare", "ProductVersion": "0.1.0.3", "FileDescription": "Career Compare – ünïcode"}
	if !reflect.DeepEqual(vi.Strings, want) || !reflect.DeepEqual(vi.Tables, []string{"040904B0"}) {
		t.Errorf("strings: %q tables %q", vi.Strings, vi.Tables)
	}

	// Some writers count a text value in bytes instead of UTF-16 units.
	s := vnode("ProductVersion", 1, "1.2")
	binary.LittleEndian.PutUint16(s[2:], 8)
	byBytes := vnode("VS_VERSION_INFO", 0, nil, vnode("StringFileInfo", 1, nil, vnode("080904E4", 1, nil, s)))
	vi, err = ParseVersionInfo(byBytes)
	if err != nil || vi.Strings["ProductVersion"] != "1.2" || vi.FileVersion != (Version{}) {
		t.Errorf("value length in bytes: %+v, %v", vi, err)
	}
}

func TestParseVersionInfo_Bad(t *testing.T) {
	good := sampleVersion()
	badSig := bytes.Clone(good)
	binary.LittleEndian.PutUint32(badSig[40:], 0x12345678) // the fixed info starts after the key, at 40
	cases := map[string][]byte{
		"empty":         nil,
		"short header":  good[:4],
		"length beyond": good[:len(good)-1],
		"wrong key":     vnode("VS_VERSION_INFX", 0, fixedFileInfo(Version{}, Version{})),
		"short fixed":   vnode("VS_VERSION_INFO", 0, []byte{1, 2, 3, 4}),
		"bad signature": badSig,
		"tiny length":   {2, 0, 0, 0, 0, 0, 0, 0},
		"no key end":    {8, 0, 0, 0, 0, 0, 'V', 0},
	}
	// Nested deeper than any real resource.
	deep := vnode("x", 1, nil)
	for range maxDepth + 2 {
		deep = vnode("x", 1, nil, deep)
	}
	cases["too deep"] = vnode("VS_VERSION_INFO", 0, nil, deep)
	for name, b := range cases {
		if _, err := ParseVersionInfo(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestParse_Damaged(t *testing.T) {
	const base = 0x1000
	good := sampleTree(base)
	le := binary.LittleEndian
	mutate := func(f func(b []byte)) []byte { b := bytes.Clone(good); f(b); return b }
	cases := map[string]struct {
		b    []byte
		base uint32
	}{
		"empty":             {nil, base},
		"short directory":   {good[:10], base},
		"entries past end":  {mutate(func(b []byte) { le.PutUint16(b[14:], 0x7fff) }), base},
		"subdir past end":   {mutate(func(b []byte) { le.PutUint32(b[16+4:], highBit|0xfffff0) }), base},
		"data at level 0":   {mutate(func(b []byte) { le.PutUint32(b[16+4:], 16) }), base},
		"name past end":     {mutate(func(b []byte) { le.PutUint32(b[16:], highBit|uint32(len(good)-1)) }), base},
		"data before base":  {good, base + 0x10000},
		"data after end":    {good, base - 0x100},
		"truncated section": {good[:len(good)-4], base},
	}
	// A directory that is its own subdirectory: the three levels end it.
	loop := make([]byte, 24)
	le.PutUint16(loop[14:], 1)
	le.PutUint32(loop[16:], 1)
	le.PutUint32(loop[20:], highBit)
	cases["loop"] = struct {
		b    []byte
		base uint32
	}{loop, 0}
	for name, c := range cases {
		if rs, err := Parse(c.b, c.base); err == nil {
			t.Errorf("%s: no error, %d resources", name, len(rs))
		}
	}
}

// TestParse_SharedDirectories: directories may be shared, so a small section
// can describe a huge tree; the entry budget stops it.
func TestParse_SharedDirectories(t *testing.T) {
	const n = 1000
	le := binary.LittleEndian
	// Three directories of n entries each, every entry pointing at the next
	// directory; the last points at one data entry: n³ leaves.
	size := 3*(16+8*n) + 16 + 4
	b := make([]byte, size)
	dirAt := func(i int) uint32 { return uint32(i * (16 + 8*n)) }
	dataEntry := dirAt(3)
	for d := 0; d < 3; d++ {
		at := dirAt(d)
		le.PutUint16(b[at+14:], n)
		for i := uint32(0); i < n; i++ {
			e := at + 16 + 8*i
			le.PutUint32(b[e:], i)
			if d < 2 {
				le.PutUint32(b[e+4:], dirAt(d+1)|highBit)
			} else {
				le.PutUint32(b[e+4:], dataEntry)
			}
		}
	}
	le.PutUint32(b[dataEntry:], dataEntry+16)
	le.PutUint32(b[dataEntry+4:], 4)
	if _, err := Parse(b, 0); err == nil || !strings.Contains(err.Error(), "too many") {
		t.Errorf("err = %v, want too many entries", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sampleTree(0x2000), uint32(0x2000))
	f.Add(sampleVersion(), uint32(0))
	f.Add(sampleGroupIcon(), uint32(0))
	f.Fuzz(func(t *testing.T, b []byte, base uint32) {
		rs, err := Parse(b, base)
		if err == nil {
			for _, r := range rs {
				_, _ = ParseGroupIcon(r.Data)
				_, _ = ParseVersionInfo(r.Data)
			}
		}
		_, _ = ParseVersionInfo(b)
		_, _ = ParseGroupIcon(b)
	})
}
