// Package display tells, before the toolkit starts, whether a window can
// open: on Linux and the BSDs it checks that the X server named by DISPLAY
// (or, without one, the Wayland compositor named by WAYLAND_DISPLAY)
// answers, so that the app can say so in one line instead of the toolkit's
// GLFW failure and stack trace; and it tells the toolkit which of the two
// to use when only X is there (Prepare).
package display
