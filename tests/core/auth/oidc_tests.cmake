# SPDX-License-Identifier: Apache-2.0
# OpenID Connect tests
# tst_oidc: the validator, protocol messages and loopback listener, with keys
# and tokens made in the test (OpenSSL). tst_oidc_provider: the whole flow
# against a real OpenID provider (npm oidc-provider, tests/peers/oidc) on
# loopback, with refresh tokens in a real Secret Service keychain.
find_package(OpenSSL 3 REQUIRED)
custos_add_qt_test(tst_oidc SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_oidc.cpp
  LIBS custos_core_auth OpenSSL::Crypto LABELS core)
custos_add_keyring_test(tst_oidc_provider SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_oidc_provider.cpp
  LIBS custos_core_auth LABELS core peers keychain)
