# Driver of the contract tests (see CMakeLists.txt). Run with cmake -P and:
#   MODE       traffic: run TEST_EXE writing TRAFFIC, then validate it (must pass);
#              reject:  validate TRAFFIC, which must be rejected (validate.mjs exits 1).
#   SOURCE_DIR tests/contract (validate.mjs, package.json, package-lock.json)
#   WORK_DIR   where the validator and its node_modules are installed (build tree)
#   SPEC       openapi.yaml;  NODE, NPM  the node and npm executables
cmake_minimum_required(VERSION 3.21)

foreach(var MODE SOURCE_DIR WORK_DIR SPEC TRAFFIC)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run_contract.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT NODE OR NOT NPM OR NOT EXISTS "${NODE}" OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "node and npm are needed for the contract tests: install them "
                        "(Debian: apt-get install nodejs npm) and configure again")
endif()
if(NOT EXISTS "${SPEC}")
    message(FATAL_ERROR "The contract ${SPEC} does not exist (set WHOP_OPENAPI_SPEC)")
endif()

# 1. Record the traffic.
if(MODE STREQUAL "traffic")
    file(REMOVE "${TRAFFIC}")
    set(ENV{WHOP_CONTRACT_OUT} "${TRAFFIC}")
    execute_process(COMMAND "${TEST_EXE}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "tst_contract_traffic failed (${rc})")
    endif()
    if(NOT EXISTS "${TRAFFIC}")
        message(FATAL_ERROR "tst_contract_traffic wrote no ${TRAFFIC}")
    endif()
elseif(NOT MODE STREQUAL "reject")
    message(FATAL_ERROR "run_contract.cmake: unknown MODE ${MODE}")
endif()

# 2. The validator and its pinned packages, in the build tree.
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(name validate.mjs package.json package-lock.json)
    file(COPY_FILE "${SOURCE_DIR}/${name}" "${WORK_DIR}/${name}" ONLY_IF_DIFFERENT)
endforeach()
set(stamp "${WORK_DIR}/node_modules/.whop-installed-lock.json")
set(install TRUE)
if(EXISTS "${stamp}")
    file(SHA256 "${stamp}" installed)
    file(SHA256 "${WORK_DIR}/package-lock.json" wanted)
    if(installed STREQUAL wanted)
        set(install FALSE)
    endif()
endif()
if(install)
    set(ENV{npm_config_update_notifier} "false")
    set(ENV{npm_config_fund} "false")
    set(ENV{npm_config_audit} "false")
    execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
                    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${rc}) in ${WORK_DIR}")
    endif()
    file(COPY_FILE "${WORK_DIR}/package-lock.json" "${stamp}")
endif()

# 3. Validate.
execute_process(COMMAND "${NODE}" validate.mjs "${SPEC}" "${TRAFFIC}"
                WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(MODE STREQUAL "traffic")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "The recorded traffic does not match ${SPEC} (validate.mjs: ${rc})")
    endif()
else()
    # Rejected for the planted reasons only: exit 1, every exchange failed, each for its reason.
    if(NOT rc EQUAL 1)
        message(FATAL_ERROR "validate.mjs should have rejected ${TRAFFIC} (exit 1), got ${rc}")
    endif()
    foreach(expected "0 passed, 2 failed" "request body: /name must be string"
                     "must have required property 'username'")
        string(FIND "${out}" "${expected}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "validate.mjs output lacks \"${expected}\"")
        endif()
    endforeach()
    message("validate.mjs rejected the bad traffic as it should")
endif()
