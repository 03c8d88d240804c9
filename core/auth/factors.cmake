# SPDX-License-Identifier: Apache-2.0
# TOTP, local accounts, password hashing: target_sources(custos_core_auth PRIVATE ...)
target_sources(custos_core_auth PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/totp.h ${CMAKE_CURRENT_LIST_DIR}/totp.cpp
  ${CMAKE_CURRENT_LIST_DIR}/password.h ${CMAKE_CURRENT_LIST_DIR}/password.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_code.h ${CMAKE_CURRENT_LIST_DIR}/qr_code.cpp
  ${CMAKE_CURRENT_LIST_DIR}/local_accounts.h ${CMAKE_CURRENT_LIST_DIR}/local_accounts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/local_accounts_p.h ${CMAKE_CURRENT_LIST_DIR}/step_up.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demo_accounts.h ${CMAKE_CURRENT_LIST_DIR}/demo_accounts.cpp)
