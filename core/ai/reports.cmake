# SPDX-License-Identifier: Apache-2.0
# SR TID 1500, other SR, presentation states, the review and its SR.
target_sources(custos_core_ai PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sr_codes.h
  ${CMAKE_CURRENT_LIST_DIR}/sr_tree.h ${CMAKE_CURRENT_LIST_DIR}/sr_tree.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sr_reader.h ${CMAKE_CURRENT_LIST_DIR}/sr_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review.h ${CMAKE_CURRENT_LIST_DIR}/review.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sr_build.h ${CMAKE_CURRENT_LIST_DIR}/sr_build.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review_sr_writer.h ${CMAKE_CURRENT_LIST_DIR}/review_sr_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demo_report.h ${CMAKE_CURRENT_LIST_DIR}/demo_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/presentation_state_reader.h ${CMAKE_CURRENT_LIST_DIR}/presentation_state_reader.cpp
)
