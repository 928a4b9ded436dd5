/*
 * A stand-in bcryptprimitives.dll for running the Windows exe under Wine 8
 * in tests only. It is never shipped or packaged.
 *
 * Go 1.24 and newer read random bytes through ProcessPrng of
 * bcryptprimitives.dll (Windows 10 and later have it). Debian 12's Wine 8
 * has no such DLL, so a Go program there stops at once with "fatal error:
 * bcryptprimitives.dll not found". This DLL gives it ProcessPrng, filling
 * the buffer through advapi32's SystemFunction036 (RtlGenRandom), which
 * Wine has. scripts/wine.sh builds it with MinGW into a temporary folder
 * and copies it into the temporary Wine prefix's system32.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
