# SPDX-License-Identifier: Apache-2.0
# What `cmake --install` puts where. Linux: the FHS under /usr (the DEB then
# declares its library dependencies). Windows: everything in one folder,
# bin\, with the DLLs beside the executables. macOS: Custos.app with the
# command line tool inside it.

# --- platform details of the executables ----------------------------------
if(WIN32)
  # A GUI subsystem executable (no console window). Qt6::EntryPoint maps
  # WinMain to main(). The .rc gives Explorer the icon and version details.
  set_target_properties(custos PROPERTIES WIN32_EXECUTABLE ON)
  set(CUSTOS_ICON ${CUSTOS_RESOURCES_DIR}/icons/custos.ico)
  configure_file(${CUSTOS_INSTALLER_DIR}/windows/custos.rc.in ${CMAKE_BINARY_DIR}/installer/custos.rc @ONLY)
  target_sources(custos PRIVATE ${CMAKE_BINARY_DIR}/installer/custos.rc)
  # Runs inside the MSI as a deferred custom action: puts the site policy in
  # %ProgramData%\Custos with an ACL that ordinary users cannot write.
  # No install() rule: installer/windows/policy.wxi installs it with a fixed
  # File Id the custom action names. Static C runtime, so it needs no VC++
  # redistributable; one fixed output folder (the $<0:> stops
  # per-configuration subfolders) that cpack_settings.cmake names.
  add_executable(custos-policy-setup ${CUSTOS_INSTALLER_DIR}/windows/policy_setup.cpp)
  target_include_directories(custos-policy-setup PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(custos-policy-setup PRIVATE UNICODE _UNICODE)
  target_link_libraries(custos-policy-setup PRIVATE advapi32 custos_warnings)
  set_target_properties(custos-policy-setup PROPERTIES
    MSVC_RUNTIME_LIBRARY MultiThreaded
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/installer$<0:>)
  if(MINGW)
    target_link_options(custos-policy-setup PRIVATE -municode -static)
  endif()
  # custosd's service (installer/windows/service.wxi): the MSI's other
  # deferred action, and custosd.exe itself, both with a fixed File Id there
  # (a ServiceInstall takes its program from its component's key file), so
  # no install() rule either; custosd.exe shares the DLLs that the deploy
  # step below copies into bin\ for the viewer (Qt Core and Network, OpenSSL).
  add_executable(custos-service-setup ${CUSTOS_INSTALLER_DIR}/windows/service_setup.cpp
    ${PROJECT_SOURCE_DIR}/core/service/win/service_win.cpp ${PROJECT_SOURCE_DIR}/core/service/win/pipe_win.cpp)
  target_include_directories(custos-service-setup PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(custos-service-setup PRIVATE UNICODE _UNICODE)
  target_link_libraries(custos-service-setup PRIVATE advapi32 custos_warnings)
  set_target_properties(custos-service-setup PROPERTIES
    MSVC_RUNTIME_LIBRARY MultiThreaded
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/installer$<0:>)
  set_target_properties(custosd PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/installer$<0:>)
  if(MINGW)
    target_link_options(custos-service-setup PRIVATE -municode -static)
  endif()
elseif(APPLE)
  # iconutil ships with Xcode's command line tools.
  set(_iconset ${CMAKE_BINARY_DIR}/installer/custos.iconset)
  set(_icns ${CMAKE_BINARY_DIR}/installer/custos.icns)
  set(_icon_copies "")
  foreach(_pair 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x 256:256x256 512:256x256@2x 512:512x512)
    string(REPLACE ":" ";" _pair "${_pair}")
    list(GET _pair 0 _px)
    list(GET _pair 1 _name)
    list(APPEND _icon_copies COMMAND ${CMAKE_COMMAND} -E copy
      ${CUSTOS_RESOURCES_DIR}/icons/custos-${_px}.png ${_iconset}/icon_${_name}.png)
  endforeach()
  add_custom_command(OUTPUT ${_icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
    ${_icon_copies}
    COMMAND iconutil -c icns -o ${_icns} ${_iconset}
    DEPENDS ${CUSTOS_RESOURCES_DIR}/icons/custos.svg
    COMMENT "Making custos.icns")
  target_sources(custos PRIVATE ${_icns})
  set_source_files_properties(${_icns} DIRECTORY ${PROJECT_SOURCE_DIR}/app
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
  set_target_properties(custos PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Custos
    MACOSX_BUNDLE_INFO_PLIST ${CUSTOS_RESOURCES_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER com.custos.viewer
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE custos.icns)
  # Libraries found by macdeployqt land in Contents/Frameworks.
  set_target_properties(custos custos-cli custosd PROPERTIES
    INSTALL_RPATH "@executable_path/../Frameworks")
endif()

# --- the executables -------------------------------------------------------
if(APPLE)
  install(TARGETS custos BUNDLE DESTINATION . COMPONENT Runtime)
  install(TARGETS custos-cli RUNTIME DESTINATION Custos.app/Contents/MacOS COMPONENT Runtime)
  # custosd inside the bundle (signed with it); its LaunchDaemon and the
  # script IT runs as root to set it up: installer/macos, installer/README.md.
  install(TARGETS custosd RUNTIME DESTINATION Custos.app/Contents/MacOS COMPONENT Runtime)
elseif(WIN32)
  install(TARGETS custos custos-cli
    RUNTIME_DEPENDENCY_SET custos_runtime
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
else()
  install(TARGETS custos custos-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
  # custosd: a daemon that root also runs by hand once (custosd --init),
  # so /usr/sbin (FHS: system administration programs and daemons) with a
  # section-8 page, not /usr/libexec (programs nobody types). Its systemd
  # unit and the maintainer scripts that set it up: installer/linux.
  install(TARGETS custosd RUNTIME DESTINATION ${CMAKE_INSTALL_SBINDIR} COMPONENT Runtime)
  install(FILES ${CUSTOS_INSTALLER_DIR}/linux/custosd.service
    DESTINATION lib/systemd/system COMPONENT Runtime)
endif()

# --- the libraries a Windows or macOS package must carry ------------------
# Qt's own tools know Qt's plugins (platforms, styles, TLS backends,
# image formats); file(GET_RUNTIME_DEPENDENCIES) finds the rest (VTK, DCMTK,
# OpenSSL, QtKeychain, OpenJPEG, argon2, qrencode) in the vcpkg tree. On
# Linux the DEB declares Debian packages instead (dpkg-shlibdeps).
if(WIN32)
  set(_dll_dirs "")
  if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
  endif()
  install(RUNTIME_DEPENDENCY_SET custos_runtime
    DIRECTORIES ${_dll_dirs}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^hvsifiletrust" "^pdmutilities"
    POST_EXCLUDE_REGEXES "[Ss]ystem32/" "[Ww]in[Ss]x[Ss]/"
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
  install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt_deploy_runtime_dependencies(
      EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:custos>\"
      ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:custos-cli>\"
      GENERATE_QT_CONF)" COMPONENT Runtime)
elseif(APPLE)
  # macdeployqt copies Qt's frameworks and plugins and every non-system
  # dylib both executables load, rewriting their install names.
  install(CODE "
    include(\"${QT_DEPLOY_SUPPORT}\")
    qt_deploy_runtime_dependencies(
      EXECUTABLE \"Custos.app\"
      ADDITIONAL_EXECUTABLES \"Custos.app/Contents/MacOS/custos-cli\" \"Custos.app/Contents/MacOS/custosd\"
      NO_APP_STORE_COMPLIANCE)" COMPONENT Runtime)
endif()

# --- desktop integration, documents ---------------------------------------
if(UNIX AND NOT APPLE)
  install(FILES ${CUSTOS_RESOURCES_DIR}/linux/custos.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT Runtime)
  install(FILES ${CUSTOS_RESOURCES_DIR}/icons/custos.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT Runtime)
  foreach(_px 16 32 48 64 128 256 512)
    install(FILES ${CUSTOS_RESOURCES_DIR}/icons/custos-${_px}.png
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_px}x${_px}/apps
      RENAME custos.png COMPONENT Runtime)
  endforeach()
  set(CUSTOS_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/custos)
  set(CUSTOS_SHARE_DIR ${CMAKE_INSTALL_DATADIR}/custos)
  # What Debian asks of a package: copyright, changelog, man pages, AppStream.
  include(${CUSTOS_INSTALLER_DIR}/linux/debian_files.cmake)
elseif(WIN32)
  install(FILES ${CUSTOS_RESOURCES_DIR}/icons/custos.ico DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
  set(CUSTOS_DOC_DIR doc)
  set(CUSTOS_SHARE_DIR share)
else()
  set(CUSTOS_DOC_DIR Custos.app/Contents/Resources/doc)
  set(CUSTOS_SHARE_DIR Custos.app/Contents/Resources)
endif()

install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CUSTOS_DOC_DIR} COMPONENT Runtime)
# The licence goes with every copy (Apache-2.0, section 4). On Debian the
# same terms are also in the machine-readable copyright file (linux/).
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CUSTOS_DOC_DIR} COMPONENT Runtime)
install(FILES ${CUSTOS_INSTALLER_DIR}/README.md DESTINATION ${CUSTOS_DOC_DIR}
  RENAME DEPLOYMENT.md COMPONENT Runtime)
if(APPLE)
  install(FILES ${CUSTOS_INSTALLER_DIR}/macos/com.custos.viewer.mobileconfig
    DESTINATION ${CUSTOS_DOC_DIR}/examples COMPONENT Runtime)
  install(PROGRAMS ${CUSTOS_INSTALLER_DIR}/macos/install-policy.sh ${CUSTOS_INSTALLER_DIR}/macos/install-service.sh
    DESTINATION ${CUSTOS_SHARE_DIR} COMPONENT Runtime)
  install(FILES ${CUSTOS_INSTALLER_DIR}/macos/com.custos.custosd.plist
    DESTINATION ${CUSTOS_SHARE_DIR}/launchd COMPONENT Runtime)
endif()

# The built-in default site policy, as a starting point for IT. The
# deployed policy lives outside the program folder (installer/README.md).
if(EXISTS ${CUSTOS_RESOURCES_DIR}/policy/default-policy.json)
  install(FILES ${CUSTOS_RESOURCES_DIR}/policy/default-policy.json
    DESTINATION ${CUSTOS_SHARE_DIR}/policy COMPONENT Runtime)
endif()

# --- the software bill of materials ---------------------------------------
# Written at install time, so it names the exact versions that the package
# is built from: Debian's packages (dpkg-query) or the vcpkg tree.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(_sbom_args --name custos --version ${PROJECT_VERSION})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND _sbom_args --vcpkg-installed "${VCPKG_INSTALLED_DIR}" --vcpkg-triplet "${VCPKG_TARGET_TRIPLET}"
    --vcpkg-manifest "${PROJECT_SOURCE_DIR}/vcpkg.json")
else()
  list(APPEND _sbom_args --binary "$<TARGET_FILE:custos>" --binary "$<TARGET_FILE:custos-cli>")
endif()
list(JOIN _sbom_args "\" \"" _sbom_args_quoted)
# THIRD-PARTY-NOTICES from that SBOM: the same components, their licences
# and their copyright and licence texts. MSI and DMG carry the libraries
# themselves (--bundled: the GNU licence texts are added, and the notice
# points to the LGPL section of DEPLOYMENT.md).
set(_notices_args "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND _notices_args --vcpkg-installed "${VCPKG_INSTALLED_DIR}" --vcpkg-triplet "${VCPKG_TARGET_TRIPLET}")
endif()
if(WIN32 OR APPLE)
  list(APPEND _notices_args --bundled)
endif()
list(JOIN _notices_args "\" \"" _notices_args_quoted)
if(_notices_args_quoted)
  set(_notices_args_quoted "\"${_notices_args_quoted}\"")
endif()
install(CODE "
  set(_doc \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CUSTOS_DOC_DIR}\")
  set(_out \"\${_doc}/sbom.cdx.json\")
  execute_process(COMMAND \"${Python3_EXECUTABLE}\" \"${CUSTOS_INSTALLER_DIR}/sbom/make_sbom.py\"
      \"${_sbom_args_quoted}\" --output \"\${_out}\"
    RESULT_VARIABLE _rc)
  if(_rc)
    message(FATAL_ERROR \"The SBOM could not be written (\${_rc})\")
  endif()
  message(STATUS \"SBOM: \${_out}\")
  execute_process(COMMAND \"${Python3_EXECUTABLE}\" \"${CUSTOS_INSTALLER_DIR}/notices/make_notices.py\"
      --sbom \"\${_out}\" --output \"\${_doc}/THIRD-PARTY-NOTICES\" ${_notices_args_quoted}
    RESULT_VARIABLE _rc)
  if(_rc)
    message(FATAL_ERROR \"THIRD-PARTY-NOTICES could not be written (\${_rc})\")
  endif()
  message(STATUS \"Notices: \${_doc}/THIRD-PARTY-NOTICES\")" COMPONENT Runtime)

# --- macOS: sign last ----------------------------------------------------------
if(APPLE)
  # Last of all: any change to the bundle after signing breaks its seal.
  # The identity comes from the environment, never from the repository.
  install(CODE "
    if(DEFINED ENV{CUSTOS_CODESIGN_IDENTITY})
      execute_process(COMMAND \"${CUSTOS_INSTALLER_DIR}/macos/codesign.sh\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Custos.app\"
        RESULT_VARIABLE _rc)
      if(_rc)
        message(FATAL_ERROR \"Signing Custos.app failed (\${_rc})\")
      endif()
    else()
      message(STATUS \"CUSTOS_CODESIGN_IDENTITY is not set: Custos.app stays unsigned\")
    endif()" COMPONENT Runtime)
endif()
