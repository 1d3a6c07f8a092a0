/* Test-only stand-in for Windows' bcryptprimitives.dll, for running journeymap.exe under Wine 8
 * (Debian 12), which lacks the DLL. Rust's standard library asks ProcessPrng for random bytes at
 * start; this forwards to RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 * scripts/check-windows builds it beside the exe in a throwaway folder. Never shipped: real
 * Windows 10 and later have the DLL.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length; hand larger requests over in pieces. */
    while (length > 0) {
        ULONG piece = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
