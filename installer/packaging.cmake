# SPDX-License-Identifier: Apache-2.0
# Installing and packaging Custos: MSI (WiX) on Windows, DMG on macOS, DEB
# on Linux. Included at the end of the top-level CMakeLists.txt, after every
# target exists. How IT deploys the packages and the site policy:
# installer/README.md.

include(GNUInstallDirs)

set(CUSTOS_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CUSTOS_RESOURCES_DIR ${PROJECT_SOURCE_DIR}/resources)

# Never change this: Windows Installer finds the previous version by it and
# upgrades it in place (a major upgrade). A new GUID would install a second
# copy beside the first.
set(CUSTOS_WIX_UPGRADE_GUID "CADFBECA-D0D4-4B66-8213-FB0EEFD05EC3")

# The MSI and DMG carry Qt and libqrencode, which are LGPL: they must stay
# separate, replaceable shared libraries (installer/README.md, "Third-party
# software and the LGPL"). A static vcpkg triplet would link them in.
if(DEFINED VCPKG_TARGET_TRIPLET AND VCPKG_TARGET_TRIPLET MATCHES "static")
  message(FATAL_ERROR "VCPKG_TARGET_TRIPLET ${VCPKG_TARGET_TRIPLET} links Qt statically, which the LGPL "
    "does not allow for the packages Custos ships: use a dynamic triplet (x64-windows, arm64-osx-dynamic).")
endif()

# Who answers for the packages: the DEB's Maintainer and its changelog's signer.
set(CUSTOS_PACKAGE_CONTACT "Custos maintainers <maintainers@custos.invalid>")

include(${CUSTOS_INSTALLER_DIR}/install_rules.cmake)
include(${CUSTOS_INSTALLER_DIR}/cpack_settings.cmake)
