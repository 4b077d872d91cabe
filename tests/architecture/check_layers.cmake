# The direction of the arrows (see README.md, "Project layout"), read from the includes. Every
# project header is included by its folder from one root per tree: app/core for the core libraries
# ("api/WhopClient.h", "profile/ProfileEditor.h"), app for "sandbox/..." and "demo/...", the
# project root for "ui/..." (the windows and binding objects at ui/, every dialog in ui/dialogs/,
# reusable widgets in ui/widgets/: "ui/dialogs/CropDialog.h"), tests for "common/...". So an
# include names its layer, and:
# - core (app/core/**) includes nothing from ui/, sandbox/ or demo/: each quoted include names a
#   core folder (or is generated: AppInfo.h, *.moc, ui_*.h); and no QtWidgets header, whatever its
#   name (<QLineEdit>, <QtWidgets/QLineEdit>, <QtWidgets>), nor links QtWidgets, the sandbox or
#   Qt HttpServer;
# - ui (ui/**, dialogs and widgets included) includes no QtNetwork header: widgets hold no
#   network code.
# The Qt headers are every name in the module's include folder of the Qt installation the build
# uses (tests/CMakeLists.txt passes the folders of Qt6::Widgets and Qt6::Network). Run as
#   cmake -DSOURCE_DIR=<project root> -DQT_WIDGETS_DIR=<.../QtWidgets> \
#         -DQT_NETWORK_DIR=<.../QtNetwork> -P check_layers.cmake
# and fails with the offending lines.
cmake_minimum_required(VERSION 3.21) # IN_LIST
foreach(var SOURCE_DIR QT_WIDGETS_DIR QT_NETWORK_DIR)
    if(NOT IS_DIRECTORY "${${var}}")
        message(FATAL_ERROR "check_layers.cmake: ${var} is not a folder: '${${var}}'")
    endif()
endforeach()

# Every header name of a Qt module (QLineEdit, qlineedit.h, ...), read from its include folder.
function(qt_headers dir out)
    file(GLOB names RELATIVE "${dir}" "${dir}/*")
    list(LENGTH names count)
    if(count LESS 20)
        message(FATAL_ERROR "check_layers.cmake: only ${count} headers in ${dir}")
    endif()
    set(${out} ${names} PARENT_SCOPE)
endfunction()
qt_headers("${QT_WIDGETS_DIR}" widgets_headers)
qt_headers("${QT_NETWORK_DIR}" network_headers)
get_filename_component(widgets_module "${QT_WIDGETS_DIR}" NAME) # QtWidgets
get_filename_component(network_module "${QT_NETWORK_DIR}" NAME) # QtNetwork

file(GLOB core_folders RELATIVE "${SOURCE_DIR}/app/core" "${SOURCE_DIR}/app/core/*")
list(FILTER core_folders EXCLUDE REGEX "\\.")

set(problems "")

# The includes of every C++ file below `dir`: a quoted include must start with one of
# ALLOWED_FOLDERS (when given; generated headers aside), and no include may start with one of
# FORBIDDEN_FOLDERS, be in the module folder MODULE, or be one of the module's HEADERS.
function(check_includes dir why)
    cmake_parse_arguments(C "" "MODULE" "ALLOWED_FOLDERS;FORBIDDEN_FOLDERS;HEADERS" ${ARGN})
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]*)[>\"].*" "\\1;\\2"
                   parts "${line}")
            list(GET parts 0 bracket)
            list(GET parts 1 included)
            set(folder "")
            if(included MATCHES "^([^/]+)/")
                set(folder "${CMAKE_MATCH_1}")
            endif()
            set(bad "")
            if(folder AND folder IN_LIST C_FORBIDDEN_FOLDERS)
                set(bad "from ${folder}/")
            elseif(C_MODULE AND (included STREQUAL C_MODULE OR folder STREQUAL C_MODULE))
                set(bad "a ${C_MODULE} header")
            elseif(included IN_LIST C_HEADERS)
                set(bad "a ${C_MODULE} header")
            elseif(C_ALLOWED_FOLDERS AND bracket STREQUAL "\""
                   AND NOT included MATCHES "^(AppInfo\\.h|ui_[A-Za-z0-9_]+\\.h|.*\\.moc)$"
                   AND NOT folder IN_LIST C_ALLOWED_FOLDERS)
                set(bad "not a core folder")
            endif()
            if(bad)
                string(APPEND problems "  ${rel}: ${line}\n    (${bad}: ${why})\n")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

# Lines of the CMakeLists below `dir` that match `pattern`.
function(scan dir pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/CMakeLists.txt")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            string(APPEND problems "  ${rel}: ${line}\n    (${why})\n")
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

check_includes(app/core
    "core libraries have no widgets and reach the demo server only through DemoBackend"
    ALLOWED_FOLDERS ${core_folders} FORBIDDEN_FOLDERS ui sandbox demo app tests
    MODULE ${widgets_module} HEADERS ${widgets_headers})
scan(app/core "whop_sandbox|whop_demo|Qt6::HttpServer"
     "core libraries must not link the sandbox or Qt HttpServer")
scan(app/core "Qt6::Widgets" "core libraries must not link QtWidgets")
check_includes(ui "widgets hold no network code"
    MODULE ${network_module} HEADERS ${network_headers})

if(problems)
    message(FATAL_ERROR "Layering broken:\n${problems}")
endif()
message(STATUS "Layers: core includes no widgets, no ui/, sandbox/ or demo/; ui includes no network.")
