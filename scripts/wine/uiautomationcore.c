/*
 * A stand-in uiautomationcore.dll for running the Windows exe under Wine 8
 * in tests only. It is never shipped or packaged.
 *
 * Built with -tags accessibility, Fyne 2.8's GLFW driver publishes the
 * window to UI Automation (internal/driver/glfw/accessibility_windows.c):
 * it loads uiautomationcore.dll at run time (LoadLibraryW, GetProcAddress:
 * nothing of it is in the exe's import table) and calls exactly these five
 * functions. Debian 12's Wine 8 exports UiaRaiseStructureChangedEvent only
 * as an unimplemented stub, so the first frame that changes the list of
 * elements ends the program: "wine: Call from ... to unimplemented function
 * uiautomationcore.dll.UiaRaiseStructureChangedEvent, aborting".
 *
 * This DLL has the five as no-ops. Wine 8 does implement the other four,
 * but they only matter to a UI Automation client (a screen reader, which
 * sends WM_GETOBJECT and then asks the element for its host and children);
 * none runs under Wine here, nothing else in the process uses
 * uiautomationcore.dll (no Wine DLL imports it), and Windows 10 and 11 have
 * the real one. What Windows' UI Automation reads from the window is
 * checked there (scripts/native-check.sh).
 *
 * scripts/wine/lib.sh builds it with MinGW into a temporary folder, copies
 * it into the temporary Wine prefix's system32 and sets the prefix's
 * DllOverrides so that Wine loads it instead of its own.
 */
#include <windows.h>

/* The root element's provider, returned to a client's WM_GETOBJECT:
 * "not handled", as a window without UI Automation answers. */
__declspec(dllexport) LRESULT WINAPI UiaReturnRawElementProvider(HWND hwnd, WPARAM wparam, LPARAM lparam, void *provider)
{
	(void)hwnd; (void)wparam; (void)lparam; (void)provider;
	return 0;
}

/* The window's own (host) provider: none. */
__declspec(dllexport) HRESULT WINAPI UiaHostProviderFromHwnd(HWND hwnd, void **provider)
{
	(void)hwnd;
	if (provider)
		*provider = NULL;
	return S_OK;
}

/* Focus changed: nobody listens. */
__declspec(dllexport) HRESULT WINAPI UiaRaiseAutomationEvent(void *provider, int event)
{
	(void)provider; (void)event;
	return S_OK;
}

/* The list of elements changed (Wine 8's stub): nobody listens. */
__declspec(dllexport) HRESULT WINAPI UiaRaiseStructureChangedEvent(void *provider, int change, int *runtime_id, int len)
{
	(void)provider; (void)change; (void)runtime_id; (void)len;
	return S_OK;
}

/* The window closes: no client to let go of the provider. */
__declspec(dllexport) HRESULT WINAPI UiaDisconnectProvider(void *provider)
{
	(void)provider;
	return S_OK;
}
