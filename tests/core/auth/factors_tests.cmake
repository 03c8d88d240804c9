# SPDX-License-Identifier: Apache-2.0
# TOTP / local account tests
custos_add_qt_test(tst_totp SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_totp.cpp LIBS custos_core_auth LABELS core auth)
# Most of it runs on in-memory keys; the custos-cli part needs the real
# keychain, so the whole executable runs under tests/run-with-keyring.sh.
custos_add_keyring_test(tst_local_accounts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_local_accounts.cpp
  LIBS custos_core_auth custos_app_common LABELS core auth keychain)
add_dependencies(tst_local_accounts custos-cli)
# Hostile stored state found by fuzzing (in-memory keys; no keychain needed).
custos_add_qt_test(tst_auth_hostile SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auth_hostile.cpp LIBS custos_core_auth LABELS core auth security)
