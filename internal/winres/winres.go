// Package winres reads the resources of a Windows executable, which
// debug/pe leaves alone: the resource directory tree of the .rsrc section,
// icon groups and version information (VS_VERSIONINFO). It only reads, and
// it checks every offset: a damaged or hostile file gives an error, never a
// panic or an endless loop.
package winres

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
)

// Resource types, as numbered in winuser.h.
const (
	TypeIcon      = 3  // RT_ICON: one image of an icon
	TypeGroupIcon = 14 // RT_GROUP_ICON: an icon, the list of its images
	TypeVersion   = 16 // RT_VERSION: VS_VERSIONINFO
	TypeManifest  = 24 // RT_MANIFEST: the application manifest
)

// ID names a resource type or a resource: a number, or a name when Name is
// not empty.
type ID struct {
	Num  uint16
	Name string
}

func (id ID) String() string {
	if id.Name != "" {
		return strconv.Quote(id.Name)
	}
	return strconv.Itoa(int(id.Num))
}

// Resource is one leaf of the resource tree: its type, name and language,
// and its bytes.
type Resource struct {
	Type, Name ID
	Lang       uint16
	CodePage   uint32
	Data       []byte
}

// directoryEntryResource is the index of the resource table in the
// optional header's data directories (IMAGE_DIRECTORY_ENTRY_RESOURCE).
const directoryEntryResource = 2

// Read returns the resources of a PE file, nil when it has none.
func Read(f *pe.File) ([]Resource, error) {
	var dirs []pe.DataDirectory
	switch h := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		dirs = h.DataDirectory[:min(int(h.NumberOfRvaAndSizes), len(h.DataDirectory))]
	case *pe.OptionalHeader32:
		dirs = h.DataDirectory[:min(int(h.NumberOfRvaAndSizes), len(h.DataDirectory))]
	default:
		return nil, errors.New("winres: no optional header")
	}
	if len(dirs) <= directoryEntryResource || dirs[directoryEntryResource].VirtualAddress == 0 {
		return nil, nil
	}
	rva := dirs[directoryEntryResource].VirtualAddress
	for _, s := range f.Sections {
		size := max(s.VirtualSize, s.Size)
		if rva < s.VirtualAddress || rva-s.VirtualAddress >= size {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return nil, fmt.Errorf("winres: section %s: %w", s.Name, err)
		}
		start := rva - s.VirtualAddress
		if uint64(start) >= uint64(len(data)) {
			return nil, fmt.Errorf("winres: the resource table at %#x is not in the file", rva)
		}
		return Parse(data[start:], rva)
	}
	return nil, fmt.Errorf("winres: no section holds the resource table at %#x", rva)
}

// Limits against hostile files: directories may share subdirectories, so
// the number of leaves is not bounded by the size of the section.
const (
	maxResources = 1 << 16
	maxEntries   = 1 << 20
)

// Parse reads the resource directory tree that starts at rsrc[0]. base is
// the relative virtual address of rsrc[0]: data entries point to their
// bytes by virtual address. The bytes of every resource must lie in rsrc.
func Parse(rsrc []byte, base uint32) ([]Resource, error) {
	p := &parser{b: rsrc, base: base}
	var out []Resource
	if err := p.directory(0, 0, &Resource{}, &out); err != nil {
		return nil, err
	}
	return out, nil
}

type parser struct {
	b       []byte
	base    uint32
	entries int
}

func (p *parser) u16(off uint32) (uint16, error) {
	if uint64(off)+2 > uint64(len(p.b)) {
		return 0, fmt.Errorf("winres: offset %#x is past the end of the resources (%#x bytes)", off, len(p.b))
	}
	return binary.LittleEndian.Uint16(p.b[off:]), nil
}

func (p *parser) u32(off uint32) (uint32, error) {
	if uint64(off)+4 > uint64(len(p.b)) {
		return 0, fmt.Errorf("winres: offset %#x is past the end of the resources (%#x bytes)", off, len(p.b))
	}
	return binary.LittleEndian.Uint32(p.b[off:]), nil
}

const (
	highBit     = 1 << 31
	dirSize     = 16 // IMAGE_RESOURCE_DIRECTORY
	entrySize   = 8  // IMAGE_RESOURCE_DIRECTORY_ENTRY
	dataEntSize = 16 // IMAGE_RESOURCE_DATA_ENTRY
)

// directory reads the IMAGE_RESOURCE_DIRECTORY at off, at level 0 (types),
// 1 (names) or 2 (languages).
func (p *parser) directory(off uint32, level int, cur *Resource, out *[]Resource) error {
	if uint64(off)+dirSize > uint64(len(p.b)) {
		return fmt.Errorf("winres: directory at %#x is past the end of the resources", off)
	}
	named, _ := p.u16(off + 12)
	ids, _ := p.u16(off + 14)
	n := uint32(named) + uint32(ids)
	if uint64(off)+dirSize+uint64(n)*entrySize > uint64(len(p.b)) {
		return fmt.Errorf("winres: directory at %#x has %d entries, past the end of the resources", off, n)
	}
	for i := uint32(0); i < n; i++ {
		p.entries++
		if p.entries > maxEntries || len(*out) > maxResources {
			return errors.New("winres: too many resource entries")
		}
		e := off + dirSize + i*entrySize
		nameField, _ := p.u32(e)
		target, _ := p.u32(e + 4)
		var id ID
		if nameField&highBit != 0 {
			name, err := p.name(nameField &^ highBit)
			if err != nil {
				return err
			}
			id.Name = name
		} else {
			id.Num = uint16(nameField)
		}
		r := *cur
		switch level {
		case 0:
			r.Type = id
		case 1:
			r.Name = id
		default:
			if id.Name != "" {
				return fmt.Errorf("winres: resource %v/%v has a named language %q", r.Type, r.Name, id.Name)
			}
			r.Lang = id.Num
		}
		isDir := target&highBit != 0
		switch {
		case level < 2 && isDir:
			if err := p.directory(target&^highBit, level+1, &r, out); err != nil {
				return err
			}
		case level == 2 && !isDir:
			if err := p.data(target, &r); err != nil {
				return err
			}
			*out = append(*out, r)
		case isDir:
			return fmt.Errorf("winres: resource %v/%v: a fourth directory level", r.Type, r.Name)
		default:
			return fmt.Errorf("winres: directory level %d at %#x holds data; want a subdirectory", level, off)
		}
	}
	return nil
}

// name reads an IMAGE_RESOURCE_DIR_STRING_U: a length in UTF-16 units, then
// the units.
func (p *parser) name(off uint32) (string, error) {
	n, err := p.u16(off)
	if err != nil {
		return "", err
	}
	if uint64(off)+2+2*uint64(n) > uint64(len(p.b)) {
		return "", fmt.Errorf("winres: name at %#x is past the end of the resources", off)
	}
	return decodeUTF16(p.b[off+2 : off+2+2*uint32(n)]), nil
}

// data reads the IMAGE_RESOURCE_DATA_ENTRY at off.
func (p *parser) data(off uint32, r *Resource) error {
	if uint64(off)+dataEntSize > uint64(len(p.b)) {
		return fmt.Errorf("winres: data entry of %v/%v at %#x is past the end of the resources", r.Type, r.Name, off)
	}
	rva, _ := p.u32(off)
	size, _ := p.u32(off + 4)
	r.CodePage, _ = p.u32(off + 8)
	if rva < p.base || uint64(rva-p.base)+uint64(size) > uint64(len(p.b)) {
		return fmt.Errorf("winres: the %d bytes of %v/%v at %#x are not in the resource section", size, r.Type, r.Name, rva)
	}
	start := rva - p.base
	r.Data = p.b[start : start+size : start+size]
	return nil
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// Find returns the resources of a numbered type, in the order of the file.
func Find(rs []Resource, typ uint16) []Resource {
	var out []Resource
	for _, r := range rs {
		if r.Type.Name == "" && r.Type.Num == typ {
			out = append(out, r)
		}
	}
	return out
}

// IconImage is one entry of an icon group (GRPICONDIRENTRY): the size of an
// image and the ID of the RT_ICON resource that holds it.
type IconImage struct {
	Width, Height int // in pixels; 0 in the file means 256
	ColorCount    uint8
	Planes        uint16
	BitCount      uint16
	Size          uint32 // bytes of the RT_ICON resource
	ID            uint16 // name of the RT_ICON resource
}

// ParseGroupIcon reads an RT_GROUP_ICON resource (GRPICONDIR).
func ParseGroupIcon(b []byte) ([]IconImage, error) {
	if len(b) < 6 {
		return nil, errors.New("winres: icon group shorter than its header")
	}
	if reserved, typ := binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint16(b[2:]); reserved != 0 || typ != 1 {
		return nil, fmt.Errorf("winres: not an icon group (reserved %d, type %d)", reserved, typ)
	}
	n := int(binary.LittleEndian.Uint16(b[4:]))
	const entry = 14
	if len(b) < 6+n*entry {
		return nil, fmt.Errorf("winres: icon group of %d images is %d bytes long", n, len(b))
	}
	out := make([]IconImage, n)
	for i := range out {
		e := b[6+i*entry:]
		img := IconImage{
			Width: int(e[0]), Height: int(e[1]), ColorCount: e[2],
			Planes:   binary.LittleEndian.Uint16(e[4:]),
			BitCount: binary.LittleEndian.Uint16(e[6:]),
			Size:     binary.LittleEndian.Uint32(e[8:]),
			ID:       binary.LittleEndian.Uint16(e[12:]),
		}
		if img.Width == 0 {
			img.Width = 256
		}
		if img.Height == 0 {
			img.Height = 256
		}
		out[i] = img
	}
	return out, nil
}

// Version is a four-part version number: major, minor, patch, build.
type Version [4]uint16

func (v Version) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", v[0], v[1], v[2], v[3])
}

// VersionInfo is what an RT_VERSION resource says.
type VersionInfo struct {
	// From VS_FIXEDFILEINFO; zero when the resource has none.
	FileVersion, ProductVersion Version
	FileFlags, FileOS, FileType uint32
	// Strings of the StringFileInfo tables (ProductName, ProductVersion,
	// FileVersion, FileDescription, …); when several tables name the same
	// key, the first wins.
	Strings map[string]string
	// Tables are the keys of the string tables: language and code page in
	// hex, e.g. "040904B0".
	Tables []string
}

const fixedFileInfoSignature = 0xFEEF04BD

// ParseVersionInfo reads an RT_VERSION resource (VS_VERSIONINFO).
func ParseVersionInfo(b []byte) (*VersionInfo, error) {
	root, _, err := parseNode(b, 0, 0)
	if err != nil {
		return nil, err
	}
	if root.key != "VS_VERSION_INFO" {
		return nil, fmt.Errorf("winres: version resource starts with %q, want VS_VERSION_INFO", root.key)
	}
	vi := &VersionInfo{Strings: map[string]string{}}
	if len(root.value) > 0 {
		if len(root.value) < 52 {
			return nil, fmt.Errorf("winres: VS_FIXEDFILEINFO of %d bytes, want 52", len(root.value))
		}
		v := func(i int) uint32 { return binary.LittleEndian.Uint32(root.value[4*i:]) }
		if v(0) != fixedFileInfoSignature {
			return nil, fmt.Errorf("winres: VS_FIXEDFILEINFO signature %#x, want %#x", v(0), fixedFileInfoSignature)
		}
		split := func(ms, ls uint32) Version {
			return Version{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)}
		}
		vi.FileVersion = split(v(2), v(3))
		vi.ProductVersion = split(v(4), v(5))
		vi.FileFlags = v(7) & v(6)
		vi.FileOS, vi.FileType = v(8), v(9)
	}
	for _, c := range root.children {
		if c.key != "StringFileInfo" {
			continue // VarFileInfo: the translations, which the tables name too
		}
		for _, table := range c.children {
			vi.Tables = append(vi.Tables, table.key)
			for _, s := range table.children {
				if _, ok := vi.Strings[s.key]; !ok {
					vi.Strings[s.key] = s.text
				}
			}
		}
	}
	return vi, nil
}

// node is one block of a VS_VERSIONINFO: wLength, wValueLength, wType,
// szKey, padding, Value, padding, Children.
type node struct {
	key      string
	value    []byte // binary value (wType 0)
	text     string // text value (wType 1)
	children []node
}

const maxDepth = 8

func align4(n int) int { return (n + 3) &^ 3 }

// parseNode reads the block at b[off:] and returns it and the offset just
// past it. Offsets are aligned to 4 bytes from the start of the resource.
func parseNode(b []byte, off, depth int) (node, int, error) {
	var n node
	if depth > maxDepth {
		return n, 0, errors.New("winres: version information nested too deeply")
	}
	if off+6 > len(b) {
		return n, 0, fmt.Errorf("winres: version block at %d is past the end (%d bytes)", off, len(b))
	}
	length := int(binary.LittleEndian.Uint16(b[off:]))
	valueLen := int(binary.LittleEndian.Uint16(b[off+2:]))
	typ := binary.LittleEndian.Uint16(b[off+4:])
	end := off + length
	if length < 6 || end > len(b) {
		return n, 0, fmt.Errorf("winres: version block at %d has length %d (%d bytes left)", off, length, len(b)-off)
	}
	p := off + 6
	key, p, ok := utf16z(b, p, end)
	if !ok {
		return n, 0, fmt.Errorf("winres: version block at %d: key without its terminating zero", off)
	}
	n.key = key
	p = align4(p)
	switch {
	case valueLen == 0:
	case typ == 1:
		// wValueLength counts UTF-16 units; some writers count bytes: the
		// text ends at its zero or at the block's end, whichever is first.
		vEnd := min(p+2*valueLen, end)
		if p < vEnd {
			n.text, _, _ = utf16z(b, p, vEnd)
		}
		p = vEnd
	default:
		if p+valueLen > end {
			return n, 0, fmt.Errorf("winres: version block %q: value of %d bytes past its end", key, valueLen)
		}
		n.value = b[p : p+valueLen]
		p += valueLen
	}
	for p = align4(p); p < end; p = align4(p) {
		child, next, err := parseNode(b, p, depth+1)
		if err != nil {
			return n, 0, fmt.Errorf("%w (in %q)", err, key)
		}
		n.children = append(n.children, child)
		p = next
	}
	return n, end, nil
}

// utf16z reads a zero-terminated UTF-16 string in b[p:end]; it returns the
// offset past the zero, and false when there is none.
func utf16z(b []byte, p, end int) (string, int, bool) {
	for q := p; q+2 <= end; q += 2 {
		if b[q] == 0 && b[q+1] == 0 {
			return decodeUTF16(b[p:q]), q + 2, true
		}
	}
	if p <= end {
		return decodeUTF16(b[p : p+(end-p)&^1]), end, false
	}
	return "", end, false
}
