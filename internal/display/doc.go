// Package display tells, before the toolkit starts, whether a window can
// open: on Linux and the BSDs it checks that the X server named by DISPLAY
// answers, so that the app can say so in one line instead of the toolkit's
// GLFW failure and stack trace.
package display
