# SPDX-License-Identifier: Apache-2.0
# What Debian policy and lintian ask of the DEB besides the programs
# (included by install_rules.cmake on Linux; installer/README.md):
#   /usr/share/doc/custos/copyright       machine-readable (DEP-5), linux/copyright
#   /usr/share/doc/custos/changelog.gz    Debian format, from docs/release-notes
#   /usr/share/man/man1/PROGRAM.1.gz      from each program's --help (help2man)
#   /usr/share/metainfo/com.custos.viewer.metainfo.xml   AppStream, releases
#                                         from docs/release-notes
#   /usr/share/lintian/overrides/custos   the lintian tags we accept, with reasons
# Everything generated here is generated at build time (target
# custos_debian_files, part of `all`) and is the same for the same sources.

set(_gen ${CMAKE_BINARY_DIR}/installer/linux)
set(_notes_dir ${PROJECT_SOURCE_DIR}/docs/release-notes)
file(GLOB _release_notes CONFIGURE_DEPENDS ${_notes_dir}/*.md)
set(_release_notes_py ${CUSTOS_INSTALLER_DIR}/release_notes.py)
set(_debian_outputs "")

# --- copyright and changelog --------------------------------------------------
install(FILES ${CUSTOS_INSTALLER_DIR}/linux/copyright DESTINATION ${CUSTOS_DOC_DIR} COMPONENT Runtime)
# A native package (the version has no Debian revision): changelog.gz, not
# changelog.Debian.gz. --version fails the build when the newest release
# notes are not for this version (docs/releasing.md).
add_custom_command(OUTPUT ${_gen}/changelog.gz
  COMMAND ${Python3_EXECUTABLE} ${_release_notes_py} --notes ${_notes_dir}
    debian-changelog --package custos --maintainer "${CUSTOS_PACKAGE_CONTACT}"
    --version ${PROJECT_VERSION} ${_gen}/changelog.gz
  DEPENDS ${_release_notes} ${_release_notes_py}
  COMMENT "Debian changelog from docs/release-notes" VERBATIM)
list(APPEND _debian_outputs ${_gen}/changelog.gz)
install(FILES ${_gen}/changelog.gz DESTINATION ${CUSTOS_DOC_DIR} COMPONENT Runtime)

# --- AppStream ------------------------------------------------------------------
set(_metainfo_in ${CUSTOS_RESOURCES_DIR}/linux/com.custos.viewer.metainfo.xml.in)
add_custom_command(OUTPUT ${_gen}/com.custos.viewer.metainfo.xml
  COMMAND ${Python3_EXECUTABLE} ${_release_notes_py} --notes ${_notes_dir}
    metainfo --version ${PROJECT_VERSION} ${_metainfo_in} ${_gen}/com.custos.viewer.metainfo.xml
  DEPENDS ${_release_notes} ${_release_notes_py} ${_metainfo_in}
  COMMENT "AppStream metainfo with the releases from docs/release-notes" VERBATIM)
list(APPEND _debian_outputs ${_gen}/com.custos.viewer.metainfo.xml)
install(FILES ${_gen}/com.custos.viewer.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT Runtime)

# --- man pages ----------------------------------------------------------------
# help2man runs each program with --help and --version, so the page always
# says what the program says; docs/man/PROGRAM.h2m adds NAME, DESCRIPTION,
# FILES, SEE ALSO... A new program gets its page by adding its target name
# here, as NAME or NAME:SECTION (section 1 by default; a daemon installed to
# /usr/sbin takes 8, e.g. custosd:8), and, better, a docs/man/NAME.h2m.
set(CUSTOS_MAN_PAGES custos custos-cli custosd:8)
find_program(CUSTOS_HELP2MAN help2man)
if(NOT CUSTOS_HELP2MAN)
  message(WARNING "help2man is not installed (scripts/setup.sh installs it): the DEB will have no man pages, "
    "and installer_deb will fail on that.")
else()
  foreach(_entry IN LISTS CUSTOS_MAN_PAGES)
    string(REPLACE ":" ";" _entry "${_entry}")
    list(GET _entry 0 _page)
    set(_section 1)
    list(LENGTH _entry _n)
    if(_n GREATER 1)
      list(GET _entry 1 _section)
    endif()
    if(NOT TARGET ${_page})
      message(FATAL_ERROR "CUSTOS_MAN_PAGES names ${_page}, which is not a target of this build.")
    endif()
    set(_include "")
    set(_include_dep "")
    if(EXISTS ${PROJECT_SOURCE_DIR}/docs/man/${_page}.h2m)
      set(_include --include ${PROJECT_SOURCE_DIR}/docs/man/${_page}.h2m)
      set(_include_dep ${PROJECT_SOURCE_DIR}/docs/man/${_page}.h2m)
    else()
      set(_include --name "part of the Custos radiology viewer")
    endif()
    # English, no display, a scratch home: --help must not depend on the
    # machine that builds the package.
    add_custom_command(OUTPUT ${_gen}/man/${_page}.${_section}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_gen}/man/home
      COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
        HOME=${_gen}/man/home XDG_RUNTIME_DIR= CUSTOS_DATA_DIR=${_gen}/man/home/data
        ${CUSTOS_HELP2MAN} --no-info --section ${_section} --manual "Custos" --source "Custos ${PROJECT_VERSION}"
        ${_include} --output ${_gen}/man/${_page}.${_section} $<TARGET_FILE:${_page}>
      COMMAND gzip -9nf ${_gen}/man/${_page}.${_section}
      DEPENDS ${_page} ${_include_dep}
      COMMENT "Man page ${_page}(${_section}) from ${_page} --help" VERBATIM)
    list(APPEND _debian_outputs ${_gen}/man/${_page}.${_section}.gz)
    install(FILES ${_gen}/man/${_page}.${_section}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man${_section} COMPONENT Runtime)
  endforeach()
endif()

# --- lintian ------------------------------------------------------------------
install(FILES ${CUSTOS_INSTALLER_DIR}/linux/custos.lintian-overrides
  DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME custos COMPONENT Runtime)

add_custom_target(custos_debian_files ALL DEPENDS ${_debian_outputs})
