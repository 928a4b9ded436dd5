//go:build !linux || android

package clipimage

// reason has no more to say outside Linux than the library's error.
func reason() error { return nil }
