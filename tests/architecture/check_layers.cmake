# The direction of the arrows (see README.md, "Project layout"): the core libraries know neither
# widgets nor the sandbox, and widgets hold no network code. Run as
#   cmake -DSOURCE_DIR=<project root> -P check_layers.cmake
# and fails with the offending lines.
set(problems "")

function(scan dir pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp"
         "${SOURCE_DIR}/${dir}/CMakeLists.txt")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            string(APPEND problems "  ${rel}: ${line}\n    (${why})\n")
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

scan(app/core "#include [<\"](Sandbox[A-Za-z]*\\.h|SandboxDemo\\.h)"
     "core must reach the demo server only through DemoBackend")
scan(app/core "whop_sandbox|whop_demo|Qt6::HttpServer"
     "core libraries must not link the sandbox or Qt HttpServer")
scan(app/core "#include <(QtWidgets/)?(QWidget|QDialog|QMainWindow|QApplication|QLabel|QPushButton|QMessageBox|QtWidgets)>"
     "core libraries have no widgets")
scan(app/core "Qt6::Widgets" "core libraries must not link QtWidgets")
scan(ui "#include <(QtNetwork/)?(QNetworkAccessManager|QNetworkReply|QNetworkRequest|QTcpSocket|QtNetwork)>"
     "widgets hold no network code")

if(problems)
    message(FATAL_ERROR "Layering broken:\n${problems}")
endif()
message(STATUS "Layers: core has no widgets and no sandbox; widgets have no network code.")
