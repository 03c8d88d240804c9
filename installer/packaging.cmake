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

include(${CUSTOS_INSTALLER_DIR}/install_rules.cmake)
include(${CUSTOS_INSTALLER_DIR}/cpack_settings.cmake)
