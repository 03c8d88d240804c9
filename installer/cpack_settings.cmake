# SPDX-License-Identifier: Apache-2.0
# CPack: one description of the product, three package formats.
#   Windows: cpack -G WIX        (WiX Toolset 3.x on PATH; custos-<v>-win64.msi)
#   macOS:   cpack -G DragNDrop  (Custos-<v>-Darwin.dmg)
#   Linux:   cpack -G DEB        (custos_<v>_<arch>.deb)

set(CPACK_PACKAGE_NAME "Custos")
set(CPACK_PACKAGE_VENDOR "Custos")
set(CPACK_PACKAGE_CONTACT ${CUSTOS_PACKAGE_CONTACT})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Radiology viewer for reviewing AI findings, with HIPAA safeguards built in")
# Debian shows the extended description in 80 columns: lines of at most
# 72 characters here (lintian: extended-description-line-too-long).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Custos reviews CT and MR studies and their AI findings. Patient data is\n"
  "encrypted at rest with keys in the OS keychain, every access is written\n"
  "to a tamper-evident audit trail that can be shipped to the hospital's\n"
  "collector, and sign-in uses the hospital's identity provider.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://custos.invalid/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Custos")
# Start menu entry (WiX) for the viewer: executable;label.
set(CPACK_PACKAGE_EXECUTABLES "custos;Custos")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

if(WIN32)
  set(CPACK_GENERATOR WIX)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB)
endif()

# --- Windows: WiX ----------------------------------------------------------
set(CPACK_WIX_UPGRADE_GUID ${CUSTOS_WIX_UPGRADE_GUID})
set(CPACK_WIX_PRODUCT_ICON ${CUSTOS_RESOURCES_DIR}/icons/custos.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Custos")
# Our own product template: per-machine, major upgrades, and (policy.wxi)
# the site-policy properties and the custom action that deploys the policy.
set(CPACK_WIX_TEMPLATE ${CUSTOS_INSTALLER_DIR}/windows/custos.wxs.in)
set(CPACK_WIX_CANDLE_EXTRA_FLAGS "-I${CUSTOS_INSTALLER_DIR}/windows")
set(CPACK_CUSTOS_POLICY_SETUP_EXE ${CMAKE_BINARY_DIR}/installer/custos-policy-setup.exe)
set(CPACK_CUSTOS_SERVICE_SETUP_EXE ${CMAKE_BINARY_DIR}/installer/custos-service-setup.exe)
set(CPACK_CUSTOSD_EXE ${CMAKE_BINARY_DIR}/installer/custosd.exe)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://custos.invalid/")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
set(CPACK_WIX_ROOT_FEATURE_TITLE "Custos")

# --- macOS: DMG --------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Custos ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# Signing the .app happens at install time (install_rules.cmake); the DMG
# itself is signed and notarized afterwards by installer/macos/notarize.sh.

# --- Linux: DEB --------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "custos")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
# dpkg-shlibdeps turns every linked library into a versioned dependency on
# the Debian package that ships it (Qt, VTK, DCMTK, OpenSSL, QtKeychain...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the linker cannot see: Qt's platform plugins (xcb, wayland) are
# loaded at run time; a Secret Service provider holds the keys. postinst
# creates custosd's system account with adduser.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-translations-l10n, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  ${CUSTOS_INSTALLER_DIR}/linux/postinst
  ${CUSTOS_INSTALLER_DIR}/linux/prerm
  ${CUSTOS_INSTALLER_DIR}/linux/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
