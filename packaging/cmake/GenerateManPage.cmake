# Writes the man page from the real option list: runs the built program with --help and turns
# its output into troff, so the page cannot drift from the options the program accepts.
#
#   cmake -DAPP=<built program> -DOUTPUT=<page.1> [-DGZIP=<gzip> -DOUTPUT_GZ=<page.1.gz>]
#         -DNAME=<program name> -DTITLE=<application name> -DVERSION=<x.y.z> -DDATE=<YYYY-MM-DD>
#         [-DHOMEPAGE=<url>] -P GenerateManPage.cmake   (no links when HOMEPAGE is empty)
#
# The help text this reads (see app/core/session/CommandLine.cpp, helpText()):
#   Usage: <name> [options]
#   <one-line description>
#   <blank>
#   Options:
#     -h, --help                Description...
#     --base-url <url>          Description...
#   <blank>
#   Environment:
#     NAME                      Description...
# Lines that start with spaces but no option (a wrapped description) continue the entry above.
cmake_minimum_required(VERSION 3.21)

foreach(var APP OUTPUT NAME TITLE VERSION DATE)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "GenerateManPage.cmake: ${var} is not set")
    endif()
endforeach()

execute_process(COMMAND "${APP}" --help
    RESULT_VARIABLE result
    OUTPUT_VARIABLE help
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "'${APP} --help' failed (${result}): ${errors}")
endif()

# Escapes text for troff: backslashes, option dashes, and a leading dot or quote.
function(man_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    # The dashes of an option named in the text (-x, --long-name) are minus signs in troff: \-.
    # Scans from the end: the greedy first group leaves the last option for the second.
    set(done "")
    while(text MATCHES "^(|.*[ (\"'])(--?[A-Za-z][A-Za-z0-9-]*)(.*)$")
        set(before "${CMAKE_MATCH_1}")
        set(after "${CMAKE_MATCH_3}")
        string(REPLACE "-" "\\-" option "${CMAKE_MATCH_2}")
        set(done "${option}${after}${done}")
        set(text "${before}")
    endwhile()
    set(text "${text}${done}")
    if(text MATCHES "^[.']")
        string(PREPEND text "\\&")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Formats an option's names and value: "-h, --help" -> \fB\-h\fR, \fB\-\-help\fR;
# "--base-url <url>" -> \fB\-\-base\-url\fR \fIurl\fR.
function(man_option out spec)
    set(value "")
    if(spec MATCHES "^(.*) <([^>]+)>$")
        set(spec "${CMAKE_MATCH_1}")
        set(value "${CMAKE_MATCH_2}")
    endif()
    string(REPLACE ", " ";" names "${spec}")
    set(parts "")
    foreach(n IN LISTS names)
        string(REPLACE "-" "\\-" n "${n}")
        list(APPEND parts "\\fB${n}\\fR")
    endforeach()
    list(JOIN parts ", " text)
    if(NOT value STREQUAL "")
        string(APPEND text " \\fI${value}\\fR")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()


set(usage "")
set(description "")
set(section "")
set(options_troff "")
set(environment_troff "")
set(entry_head "")
set(entry_body "")
set(entry_section "")

macro(flush_entry)
    if(NOT entry_head STREQUAL "")
        man_escape(body "${entry_body}")
        if(entry_section STREQUAL "options")
            string(APPEND options_troff ".TP\n${entry_head}\n${body}\n")
        else()
            string(APPEND environment_troff ".TP\n${entry_head}\n${body}\n")
        endif()
    endif()
    set(entry_head "")
    set(entry_body "")
endmacro()

# Walks the text line by line without turning it into a CMake list: descriptions may contain
# ';' and '[', which lists would split or join.
if(NOT help MATCHES "\n$")
    string(APPEND help "\n")
endif()
while(NOT help STREQUAL "")
    string(FIND "${help}" "\n" eol)
    string(SUBSTRING "${help}" 0 ${eol} line)
    math(EXPR next "${eol} + 1")
    string(SUBSTRING "${help}" ${next} -1 help)
    if(line MATCHES "^Usage: (.*)$")
        set(usage "${CMAKE_MATCH_1}")
    elseif(line STREQUAL "Options:")
        flush_entry()
        set(section options)
    elseif(line STREQUAL "Environment:")
        flush_entry()
        set(section environment)
    elseif(line STREQUAL "")
        flush_entry()
    elseif(section STREQUAL "" AND description STREQUAL "")
        set(description "${line}")
    elseif(NOT section STREQUAL "" AND line MATCHES "^  ([^ ]+( [^ ]+)*)  +(.*)$")
        flush_entry()
        set(spec "${CMAKE_MATCH_1}")
        set(entry_body "${CMAKE_MATCH_3}")
        set(entry_section "${section}")
        if(section STREQUAL "options")
            man_option(entry_head "${spec}")
        else()
            set(entry_head "\\fB${spec}\\fR")
        endif()
    elseif(NOT entry_head STREQUAL "" AND line MATCHES "^ +(.*)$")
        string(APPEND entry_body " ${CMAKE_MATCH_1}")
    else()
        message(FATAL_ERROR "GenerateManPage.cmake: cannot read this line of --help: '${line}'")
    endif()
endwhile()
flush_entry()

if(usage STREQUAL "" OR description STREQUAL "" OR options_troff STREQUAL "")
    message(FATAL_ERROR "GenerateManPage.cmake: --help has no usage line, description or options")
endif()

# NAME section: "name \- description" with the description's first letter lowered and no
# final period, as whatis/apropos expect.
string(REGEX REPLACE "\\.$" "" whatis "${description}")
string(SUBSTRING "${whatis}" 0 1 first)
string(SUBSTRING "${whatis}" 1 -1 rest)
string(TOLOWER "${first}" first)
man_escape(whatis "${first}${rest}")
man_escape(description "${description}")
string(REPLACE "-" "\\-" name_escaped "${NAME}")
set(usage_args "")
if(usage MATCHES "^[^ ]+ (.+)$")
    set(usage_args "${CMAKE_MATCH_1}")
endif()
string(REGEX REPLACE "\\[([A-Za-z_ -]+)\\]" "[\\\\fI\\1\\\\fR]" usage_args "${usage_args}")
string(TOUPPER "${NAME}" upper_name)
string(REPLACE "-" "\\-" upper_name "${upper_name}")

set(page ".\\\" Generated by packaging/cmake/GenerateManPage.cmake from '${NAME} --help'.
.TH ${upper_name} 1 \"${DATE}\" \"${NAME} ${VERSION}\" \"User Commands\"
.SH NAME
${name_escaped} \\- ${whatis}
.SH SYNOPSIS
.B ${name_escaped}
${usage_args}
.SH DESCRIPTION
${description}
.PP
${TITLE} keeps your access token in the system keyring through the Secret Service
(for example GNOME Keyring or KWallet).
.SH OPTIONS
${options_troff}")
if(NOT environment_troff STREQUAL "")
    string(APPEND page ".SH ENVIRONMENT\n${environment_troff}")
endif()
string(APPEND page ".SH BUGS
\\fBHelp \\(-> Copy Diagnostics\\fR puts what a bug report needs on the clipboard: the versions,
the settings in use and the kinds of recent errors with Whop's request ids, without tokens,
names or profile text.
")
if(HOMEPAGE)
    string(APPEND page ".SH SEE ALSO
The project's home page:
.UR ${HOMEPAGE}
.UE .
")
endif()
string(APPEND page ".SH COPYRIGHT
Copyright 2026 The ${TITLE} authors.
License: MIT.
")

file(WRITE "${OUTPUT}.tmp" "${page}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")

if(DEFINED OUTPUT_GZ)
    if(NOT GZIP)
        message(FATAL_ERROR "GenerateManPage.cmake: OUTPUT_GZ needs GZIP")
    endif()
    # -n: no name or time stamp in the header, so the file is reproducible (Debian policy 12.3).
    execute_process(COMMAND "${GZIP}" -9n -c "${OUTPUT}"
        OUTPUT_FILE "${OUTPUT_GZ}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip failed for ${OUTPUT}")
    endif()
endif()
