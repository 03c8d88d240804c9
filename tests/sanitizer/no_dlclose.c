// SPDX-License-Identifier: Apache-2.0
// Preloaded (LD_PRELOAD) into the processes of the sanitizer test run:
// a dlclose() that keeps Mesa's DRI drivers mapped and passes every other
// handle to the real dlclose().
//
// Why: libGLX unloads Mesa's driver (swrast_dri.so, llvmpipe under Xvfb)
// when the display closes, before LeakSanitizer's check at exit. Two
// blocks the driver allocated and still holds in its globals are then
// unreachable, LSan reports them, and no suppression can name them: the
// driver is unmapped when LSan symbolizes, so the stack is calloc plus an
// address that belongs to whatever was mapped there later. With the driver
// left mapped its globals still point at the blocks and nothing leaks.
// docs/sanitizers.md ("Mesa's driver and the dlclose preload") says more.
//
// Narrow by construction: only a handle whose file name ends in "_dri.so"
// (Mesa's DRI drivers: swrast_dri.so and its hard links) is kept; our own
// code never dlopens such a file, so nothing of ours is hidden. Built
// without sanitizers (it is preloaded into unsanitized peers too: Xvfb,
// Orthanc, stunnel), with no dependency beyond libc.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stddef.h>
#include <string.h>

static int isMesaDriver(void* handle)
{
    struct link_map* map = NULL;
    if (!handle || dlinfo(handle, RTLD_DI_LINKMAP, &map) != 0 || !map || !map->l_name)
        return 0;
    static const char suffix[] = "_dri.so";
    const size_t n = strlen(map->l_name), s = sizeof suffix - 1;
    return n >= s && strcmp(map->l_name + n - s, suffix) == 0;
}

int dlclose(void* handle)
{
    if (isMesaDriver(handle))
        return 0; // stays mapped until the process ends
    static int (*real)(void*) = NULL;
    if (!real)
        real = (int (*)(void*))dlsym(RTLD_NEXT, "dlclose");
    return real ? real(handle) : -1;
}
