package clipimage

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"runtime"
	"testing"

	"careercompare/internal/loudskip"
)

func TestWritePNG_ReadBack(t *testing.T) {
	if runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" {
		loudskip.Skip(t, "no X display: the clipboard is read back by scripts/smoke.sh under Xvfb")
	}
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	var c Clipboard
	if err := c.WritePNG(buf.Bytes()); err != nil {
		if errors.Is(err, ErrNoX11) {
			loudskip.Skip(t, "no libX11.so (libx11-dev) on this machine")
		}
		t.Fatal(err)
	}
	got, err := c.ReadPNG()
	if err != nil {
		t.Fatal(err)
	}
	back, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		t.Fatalf("the clipboard holds no PNG: %v (%d bytes)", err, len(got))
	}
	r1, g1, b1, a1 := back.At(1, 1).RGBA()
	r0, g0, b0, a0 := img.At(1, 1).RGBA()
	if back.Bounds() != img.Bounds() || [4]uint32{r1, g1, b1, a1} != [4]uint32{r0, g0, b0, a0} {
		t.Errorf("read back %v, pixel %v; wrote %v, pixel %v", back.Bounds(), back.At(1, 1), img.Bounds(), img.At(1, 1))
	}
}

func TestWritePNG_NoDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the reason is Linux's")
	}
	t.Setenv("DISPLAY", "")
	if err := reason(); !errors.Is(err, ErrNoDisplay) {
		t.Errorf("reason without DISPLAY = %v, want ErrNoDisplay", err)
	}
	t.Setenv("DISPLAY", ":99")
	if err := reason(); !errors.Is(err, ErrNoX11) {
		t.Errorf("reason with DISPLAY = %v, want ErrNoX11", err)
	}
}
