# SPDX-License-Identifier: Apache-2.0
# SEG, parametric maps / heatmaps, the vendor JSON format, the reader that
# dispatches between them and the demo results (included by CMakeLists.txt).
target_sources(custos_core_ai PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ai_text.h
  ${CMAKE_CURRENT_LIST_DIR}/label_volume.h ${CMAKE_CURRENT_LIST_DIR}/label_volume.cpp
  ${CMAKE_CURRENT_LIST_DIR}/target_grid.h ${CMAKE_CURRENT_LIST_DIR}/target_grid.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dicom_object.h ${CMAKE_CURRENT_LIST_DIR}/dicom_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/segmentation_reader.h ${CMAKE_CURRENT_LIST_DIR}/segmentation_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/segmentation_writer.h ${CMAKE_CURRENT_LIST_DIR}/segmentation_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parametric_map_reader.h ${CMAKE_CURRENT_LIST_DIR}/parametric_map_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parametric_map_writer.h ${CMAKE_CURRENT_LIST_DIR}/parametric_map_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vendor_json.h ${CMAKE_CURRENT_LIST_DIR}/vendor_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ai_reader.h ${CMAKE_CURRENT_LIST_DIR}/ai_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demo_findings.h ${CMAKE_CURRENT_LIST_DIR}/demo_findings.cpp
)
target_link_libraries(custos_core_ai PRIVATE DCMTK::dcmfg)
