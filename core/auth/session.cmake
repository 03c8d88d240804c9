# SPDX-License-Identifier: Apache-2.0
target_sources(custos_core_auth PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/session.h ${CMAKE_CURRENT_SOURCE_DIR}/session.cpp)
