// SPDX-License-Identifier: Apache-2.0
// The sanitizer run's dlclose preload (no_dlclose.c) is in place and is
// narrow: run by the asan test preset (which sets LD_PRELOAD), a library
// named like a Mesa DRI driver stays mapped after dlclose(), and any other
// library is unloaded as usual. Fails if the preload is missing (a wrong
// path in the preset would otherwise only be an ld.so warning, and every
// GL test would fail LSan again) or if it keeps everything mapped.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>

static int mapped(const char* path)
{
    void* h = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    if (!h)
        return 0;
    dlclose(h); // the extra reference NOLOAD took
    return 1;
}

int main(int argc, char** argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s FAKE_dri.so OTHER.so\n", argv[0]);
        return 2;
    }
    int failures = 0;
    for (int i = 1; i <= 2; ++i) {
        void* h = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
        if (!h) {
            fprintf(stderr, "FAIL: cannot load %s: %s\n", argv[i], dlerror());
            return 1;
        }
        if (dlclose(h) != 0) {
            fprintf(stderr, "FAIL: dlclose(%s) reported an error\n", argv[i]);
            ++failures;
        }
    }
    if (!mapped(argv[1])) {
        fprintf(stderr, "FAIL: %s was unloaded: the dlclose preload is not in LD_PRELOAD\n", argv[1]);
        ++failures;
    }
    if (mapped(argv[2])) {
        fprintf(stderr, "FAIL: %s stayed mapped: the preload keeps more than DRI drivers\n", argv[2]);
        ++failures;
    }
    if (!failures)
        printf("PASS: the DRI-named library stays mapped, the other one was unloaded\n");
    return failures ? 1 : 0;
}
