/* tabswitch: scripts/bench.sh's helper for the tab switch in the real
 * window. It presses Ctrl+2, 3, 4, 5, 1 in a window through XTest, ROUNDS
 * times, and prints for each key "ROUND KEY FIRST_MS SETTLED_MS": the ms
 * from the key event to the first changed frame, and to the last change
 * (after which the window stays the same for 400 ms: a chart drawn off the
 * UI goroutine comes later than the tab's first frame). Before each key
 * it waits for a still window (the same for 300 ms). It reads the lower
 * half of the window, the tab's content, which every switch changes (not
 * the tab bar, whose underline is animated). Build: gcc -O2 -o tabswitch tabswitch.c -lXtst -lX11 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int ignore(Display *d, XErrorEvent *e) {
	(void)d;
	(void)e;
	return 0;
}

/* grab copies the lower half of the window; NULL if it cannot be read */
static char *grab(Display *d, Window w, int *n) {
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, w, &a)) return NULL;
	XImage *im = XGetImage(d, w, 0, a.height / 2, a.width, a.height - a.height / 2, AllPlanes, ZPixmap);
	if (!im) return NULL;
	*n = im->bytes_per_line * im->height;
	char *p = malloc(*n);
	if (p) memcpy(p, im->data, *n);
	XDestroyImage(im);
	return p;
}

static int same(const char *a, int na, const char *b, int nb) { return na == nb && memcmp(a, b, na) == 0; }

int main(int argc, char **argv) {
	if (argc < 3) {
		fprintf(stderr, "usage: tabswitch WINDOW_ID ROUNDS\n");
		return 2;
	}
	Window w = strtoul(argv[1], NULL, 0);
	int rounds = atoi(argv[2]);
	Display *d = XOpenDisplay(NULL);
	if (!d) {
		fprintf(stderr, "tabswitch: cannot open display\n");
		return 2;
	}
	XSetErrorHandler(ignore);
	int ev, er, maj, min;
	if (!XTestQueryExtension(d, &ev, &er, &maj, &min)) {
		fprintf(stderr, "tabswitch: the X server has no XTest\n");
		return 2;
	}
	XSetInputFocus(d, w, RevertToParent, CurrentTime);
	XSync(d, False);
	KeyCode ctrl = XKeysymToKeycode(d, XK_Control_L);
	const KeySym keys[] = {XK_2, XK_3, XK_4, XK_5, XK_1};
	const int names[] = {2, 3, 4, 5, 1};
	for (int r = 1; r <= rounds; r++) {
		for (int k = 0; k < 5; k++) {
			int n0 = 0, n1 = 0;
			char *before = grab(d, w, &n0), *cur;
			if (!before) {
				fprintf(stderr, "tabswitch: cannot read the window\n");
				return 1;
			}
			double still = now_ms(), t0 = still;
			while (now_ms() - t0 < 5000) {
				usleep(20000);
				if (!(cur = grab(d, w, &n1))) {
					fprintf(stderr, "tabswitch: cannot read the window\n");
					return 1;
				}
				if (!same(before, n0, cur, n1)) {
					free(before);
					before = cur;
					n0 = n1;
					still = now_ms();
					continue;
				}
				free(cur);
				if (now_ms() - still >= 300) break;
			}
			KeyCode kc = XKeysymToKeycode(d, keys[k]);
			XTestFakeKeyEvent(d, ctrl, True, 0);
			XTestFakeKeyEvent(d, kc, True, 0);
			XSync(d, False);
			double pressed = now_ms(), first = -1, last = -1;
			XTestFakeKeyEvent(d, kc, False, 0);
			XTestFakeKeyEvent(d, ctrl, False, 0);
			XFlush(d);
			while (now_ms() - pressed < 10000) {
				if (!(cur = grab(d, w, &n1))) {
					fprintf(stderr, "tabswitch: cannot read the window\n");
					return 1;
				}
				double t = now_ms() - pressed;
				if (!same(before, n0, cur, n1)) {
					if (first < 0) first = t;
					last = t;
					free(before);
					before = cur;
					n0 = n1;
				} else {
					free(cur);
					if (first >= 0 && t - last >= 400) break;
				}
				usleep(1000);
			}
			free(before);
			if (first < 0) {
				fprintf(stderr, "tabswitch: Ctrl+%d changed nothing in 10 s\n", names[k]);
				return 1;
			}
			printf("%d %d %.1f %.1f\n", r, names[k], first, last);
			fflush(stdout);
		}
	}
	XCloseDisplay(d);
	return 0;
}
