# Every shipped translation is complete and current: lupdate, run on a copy of each catalog with
# the sources as they are now, finds no text without a translation ("unfinished") and none whose
# source text is gone ("vanished"/"obsolete"). Run as
#   cmake -DLUPDATE=<lupdate> -DPROJECT_IN=<..._project.cmake> -DGENERATOR=<GenerateLUpdateProject.cmake>
#         -DWORK_DIR=<dir> -DCATALOGS="<ts>;<ts>" -P check_catalogs.cmake
cmake_policy(SET CMP0007 NEW)
foreach(var LUPDATE PROJECT_IN GENERATOR WORK_DIR CATALOGS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_catalogs.cmake needs -D${var}=...")
    endif()
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json}
                        -P "${GENERATOR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()

set(failures "")
foreach(catalog IN LISTS CATALOGS)
    get_filename_component(name "${catalog}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${catalog}" "${copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -project "${project_json}" -locations none -ts "${copy}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}")
    endif()
    file(READ "${copy}" ts)
    string(REPLACE ";" "," ts "${ts}") # a list separator inside a text would split it
    string(REGEX MATCHALL "<message[ >]" messages "${ts}")
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" gone "${ts}")
    list(LENGTH messages n_messages)
    list(LENGTH unfinished n_unfinished)
    list(LENGTH gone n_gone)
    message(STATUS "${name}: ${n_messages} texts, ${n_unfinished} untranslated, ${n_gone} obsolete")
    if(n_unfinished GREATER 0 OR n_gone GREATER 0)
        # Name the first few, so the fix is obvious.
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" first "${ts}")
        list(SUBLIST first 0 5 first)
        list(TRANSFORM first REPLACE "<source>([^<]*)</source>.*" "\\1")
        list(JOIN first "\n  " first)
        string(APPEND failures "${name}: ${n_unfinished} untranslated, ${n_gone} obsolete "
                               "(run the update_translations target, then translate):\n  ${first}\n")
    endif()
    if(n_messages LESS 50)
        string(APPEND failures "${name}: only ${n_messages} texts: the catalog was not refreshed\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
