# Packages and desktop integration: install rules for the data files, and CPack.
#
#   Linux    DEB (built and tested: `make package`, `make test-package`)
#   Windows  NSIS installer, Qt deployed by windeployqt (configured, not built here)
#   macOS    DragNDrop disk image with Mandaat.app, deployed by macdeployqt (likewise)
#
# Included at the end of the top-level CMakeLists.txt, so the targets exist. Install rules
# run in the order they are declared (CMP0082), hence after app/'s install(TARGETS).

# ---------------------------------------------------------------------------------------
# What every package says about Mandaat: the one place to change it. The version is
# project()'s; installer/debian/changelog and the metainfo's newest <release> must carry it
# (tests/package checks).
set(MANDAAT_PACKAGE_NAME mandaat)
set(MANDAAT_PACKAGE_VENDOR "The Mandaat developers")
set(MANDAAT_PACKAGE_MAINTAINER "${MANDAAT_PACKAGE_VENDOR} <maintainers@mandaat.invalid>")
set(MANDAAT_PACKAGE_RELEASE 1)             # Debian revision: 0.1.0-1
set(MANDAAT_PACKAGE_SECTION utils)         # as keepassxc; Debian has no "office"
set(MANDAAT_PACKAGE_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters; an empty line separates paragraphs.
set(MANDAAT_PACKAGE_DESCRIPTION [[
Mandaat keeps the records of an independent consultant, coach, evaluator
or career professional (principals, clients, engagements, sessions, notes)
in one encrypted file on their own computer, offline. It follows the codes
of conduct of Mens(en)werk (2020) and CMI (2009) and the GDPR: what they ask
when an engagement starts and ends, the confirmation the parties sign, and
a complete export at the end.

The file is a standard SQLCipher database whose key is derived with
Argon2id: the argon2 and sqlcipher tools open it without Mandaat.
The package holds the desktop application and mandaat-cli, its
command-line companion for scripts and backups.]])
set(MANDAAT_VAULT_MIME_TYPE "application/vnd.mandaat.vault")

set(MANDAAT_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")
set(MANDAAT_ICONS_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
set(MANDAAT_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/${MANDAAT_PACKAGE_NAME}")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# ---------------------------------------------------------------------------------------
# Platform: install rules for data files, and how the programs get their dependencies.
if(WIN32)
    set_target_properties(mandaat PROPERTIES WIN32_EXECUTABLE ON)
    set(MANDAAT_WINDOWS_ICON "${MANDAAT_ICONS_DIR}/mandaat.ico")
    configure_file("${MANDAAT_INSTALLER_DIR}/windows/mandaat.rc.in" "${PROJECT_BINARY_DIR}/mandaat.rc" @ONLY)
    target_sources(mandaat PRIVATE "${PROJECT_BINARY_DIR}/mandaat.rc")

    find_program(MANDAAT_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    # Where the non-Qt DLLs live: beside Qt, and under every prefix (vcpkg, MSYS2) searched.
    set(MANDAAT_DLL_DIRS "\"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}\"")
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        string(APPEND MANDAAT_DLL_DIRS " \"${prefix}/bin\"")
    endforeach()
    configure_file("${MANDAAT_INSTALLER_DIR}/windows/deploy.cmake.in" "${PROJECT_BINARY_DIR}/deploy-windows.cmake" @ONLY)
    install(SCRIPT "${PROJECT_BINARY_DIR}/deploy-windows.cmake")
    # The Visual C++ runtime, when built with MSVC (MinGW's is found as a DLL above).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    install(FILES LICENSE RENAME LICENSE.txt DESTINATION .)
    install(FILES docs/user-guide.nl.md docs/user-guide.en.md docs/csv-import.md DESTINATION doc)

elseif(APPLE)
    # The icon set comes from the committed PNGs; iconutil is part of every macOS.
    set(iconset "${PROJECT_BINARY_DIR}/Mandaat.iconset")
    file(MAKE_DIRECTORY "${iconset}")
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        file(COPY_FILE "${MANDAAT_ICONS_DIR}/hicolor/${size}x${size}/apps/${MANDAAT_APP_ID}.png"
             "${iconset}/icon_${size}x${size}.png")
        if(double LESS_EQUAL 512)
            file(COPY_FILE "${MANDAAT_ICONS_DIR}/hicolor/${double}x${double}/apps/${MANDAAT_APP_ID}.png"
                 "${iconset}/icon_${size}x${size}@2x.png")
        endif()
    endforeach()
    execute_process(COMMAND iconutil -c icns -o "${PROJECT_BINARY_DIR}/Mandaat.icns" "${iconset}"
                    COMMAND_ERROR_IS_FATAL ANY)
    target_sources(mandaat PRIVATE "${PROJECT_BINARY_DIR}/Mandaat.icns")
    set_source_files_properties("${PROJECT_BINARY_DIR}/Mandaat.icns" TARGET_DIRECTORY mandaat
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(mandaat PROPERTIES
        OUTPUT_NAME Mandaat
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST "${MANDAAT_INSTALLER_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME Mandaat
        MACOSX_BUNDLE_GUI_IDENTIFIER "${MANDAAT_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE Mandaat.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "${MANDAAT_PACKAGE_VENDOR}, GPL-3.0-or-later")

    find_program(MANDAAT_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
    set(MANDAAT_QT_TRANSLATIONS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    configure_file("${MANDAAT_INSTALLER_DIR}/macos/deploy.cmake.in" "${PROJECT_BINARY_DIR}/deploy-macos.cmake" @ONLY)
    install(SCRIPT "${PROJECT_BINARY_DIR}/deploy-macos.cmake")
    install(FILES docs/user-guide.nl.md docs/user-guide.en.md docs/csv-import.md DESTINATION .)

else()
    # freedesktop.org: menu entry, software-centre metadata, the vault's MIME type, icons.
    install(FILES "${MANDAAT_INSTALLER_DIR}/linux/${MANDAAT_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${MANDAAT_INSTALLER_DIR}/linux/${MANDAAT_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${MANDAAT_INSTALLER_DIR}/linux/${MANDAAT_APP_ID}.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${MANDAAT_APP_ID}.xml")
    install(DIRECTORY "${MANDAAT_ICONS_DIR}/hicolor" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
            FILES_MATCHING PATTERN "*.png" PATTERN "*.svg")

    # Man pages (version filled in) and the Debian changelog, gzipped as Debian wants them:
    # -9, and -n so that the archive holds no name or time stamp.
    set(packaging_dir "${PROJECT_BINARY_DIR}/packaging")
    set(gzipped)
    foreach(source IN ITEMS mandaat.1 mandaat-cli.1 debian/changelog)
        get_filename_component(name "${source}" NAME)
        configure_file("${MANDAAT_INSTALLER_DIR}/${source}" "${packaging_dir}/${name}" @ONLY)
        add_custom_command(OUTPUT "${packaging_dir}/${name}.gz"
            COMMAND gzip -9nkf "${packaging_dir}/${name}"
            DEPENDS "${packaging_dir}/${name}"
            VERBATIM)
        list(APPEND gzipped "${packaging_dir}/${name}.gz")
    endforeach()
    add_custom_target(mandaat_packaging_files ALL DEPENDS ${gzipped})
    install(FILES "${packaging_dir}/mandaat.1.gz" "${packaging_dir}/mandaat-cli.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${packaging_dir}/changelog.gz" DESTINATION "${MANDAAT_DOC_DIR}"
            RENAME changelog.Debian.gz)
    install(FILES "${MANDAAT_INSTALLER_DIR}/debian/copyright" DESTINATION "${MANDAAT_DOC_DIR}")
    install(FILES docs/user-guide.nl.md docs/user-guide.en.md docs/csv-import.md DESTINATION "${MANDAAT_DOC_DIR}")
endif()

# ---------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME "${MANDAAT_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${MANDAAT_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${MANDAAT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${MANDAAT_PACKAGE_SUMMARY}")
set(CPACK_PACKAGE_DESCRIPTION "${MANDAAT_PACKAGE_DESCRIPTION}")
# project()'s HOMEPAGE_URL is a placeholder (.invalid): no package names one until it is real.
set(CPACK_PACKAGE_HOMEPAGE_URL "")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Mandaat)
set(CPACK_PACKAGE_EXECUTABLES mandaat Mandaat)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/" "/\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME "Mandaat-${PROJECT_VERSION}-setup")
    set(CPACK_NSIS_PACKAGE_NAME Mandaat)
    set(CPACK_NSIS_DISPLAY_NAME Mandaat)
    set(CPACK_NSIS_MUI_ICON "${MANDAAT_ICONS_DIR}/mandaat.ico")
    set(CPACK_NSIS_MUI_UNIICON "${MANDAAT_ICONS_DIR}/mandaat.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\mandaat.exe")
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CONTACT "${MANDAAT_PACKAGE_MAINTAINER}")
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
        "!include \"${MANDAAT_INSTALLER_DIR}/windows/register-filetype.nsh\"")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "!include \"${MANDAAT_INSTALLER_DIR}/windows/unregister-filetype.nsh\"")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "Mandaat-${PROJECT_VERSION}")
    set(CPACK_DMG_VOLUME_NAME Mandaat)
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)        # mandaat_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE "${MANDAAT_PACKAGE_RELEASE}")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MANDAAT_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "${MANDAAT_PACKAGE_SECTION}")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY, then CPACK_PACKAGE_DESCRIPTION indented.
    # Libraries by dpkg-shlibdeps; libsecret is loaded by QtKeychain at run time, unseen.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
    # A keyring for "remember on this computer"; Qt's own Dutch strings (standard dialogs).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "argon2, sqlcipher")
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
