# SPDX-License-Identifier: Apache-2.0
# OpenID Connect sign-in (single sign-on): JWS/JWK checks with OpenSSL, the
# authorization code flow with PKCE on a loopback redirect, refresh tokens
# in the keychain. See oidc_client.h.
target_sources(custos_core_auth PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/jwt.h ${CMAKE_CURRENT_LIST_DIR}/jwt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_config.h ${CMAKE_CURRENT_LIST_DIR}/oidc_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_id_token.h ${CMAKE_CURRENT_LIST_DIR}/oidc_id_token.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_identity.h ${CMAKE_CURRENT_LIST_DIR}/oidc_identity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_protocol.h ${CMAKE_CURRENT_LIST_DIR}/oidc_protocol.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_loopback_listener.h ${CMAKE_CURRENT_LIST_DIR}/oidc_loopback_listener.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_browser.h ${CMAKE_CURRENT_LIST_DIR}/oidc_browser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/oidc_client.h ${CMAKE_CURRENT_LIST_DIR}/oidc_client.cpp)
