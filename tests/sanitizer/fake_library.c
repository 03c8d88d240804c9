// SPDX-License-Identifier: Apache-2.0
// A library for tst_sanitizer_preload, built twice: once named like a Mesa
// DRI driver (libcustos_fake_dri.so), once not (libcustos_fake_other.so).
int custos_fake_library(void);
int custos_fake_library(void) { return 42; }
