# Nothing lost, nothing leaked: drafts on disk, the fault matrix, a killed process,
# and a thousand load/save cycles.
whop_add_test(tst_draft_keeper SOURCES tst_draft_keeper.cpp
    LIBS whop_sandbox whop_profile LABELS integration)
# The fault rig and the save scenarios (FaultRig.h, FaultScenarios.h), compiled once for the five
# fault matrix programs.
whop_test_library(whop_fault_rig
    SOURCES FaultRig.h FaultRig.cpp FaultScenarios.h FaultScenarios.cpp FaultCheckScenarios.cpp
    LIBS whop_ui whop_demo)
whop_add_test(tst_fault_matrix SOURCES tst_fault_matrix.cpp
    LIBS whop_fault_rig LABELS "integration;faults")
# The live username check (slow, failing, rate-limited, capped) and saves that meet a change made
# elsewhere while the re-read or the PATCH after the choice fails.
whop_add_test(tst_fault_matrix_checks SOURCES tst_fault_matrix_checks.cpp
    LIBS whop_fault_rig LABELS "integration;faults")
whop_add_test(tst_fault_matrix_upload SOURCES tst_fault_matrix_upload.cpp
    LIBS whop_fault_rig LABELS "integration;faults")
whop_add_test(tst_fault_matrix_images SOURCES tst_fault_matrix_images.cpp
    LIBS whop_fault_rig LABELS "integration;faults")
# Starts the real binary, kills it with SIGKILL mid-edit, starts it again.
whop_add_test(tst_process_death SOURCES tst_process_death.cpp LIBS Qt6::Core LABELS integration)
target_compile_definitions(tst_process_death PRIVATE
    WHOP_APP_BINARY="${WHOP_TEST_APP_BINARY}")
add_dependencies(tst_process_death whop-profile-editor)
if(WHOP_KEEP_CORE_DUMPS) # then the binary keeps them (app/CMakeLists.txt)
    target_compile_definitions(tst_process_death PRIVATE WHOP_KEEP_CORE_DUMPS=1)
endif()
whop_add_test(tst_repeated_use SOURCES tst_repeated_use.cpp
    LIBS whop_sandbox whop_profile LABELS integration)
# Keychain faults: once with its own D-Bus session and keyring (it locks the collection, which
# must not disturb the other keychain tests), once without any session bus. Not whop_add_test():
# that would also run it against the shared keyring.
whop_test_program(tst_fault_matrix_keychain SOURCES tst_fault_matrix_keychain.cpp
    LIBS whop_fault_rig)
add_test(NAME tst_fault_matrix_keychain
    COMMAND dbus-run-session -- bash ${CMAKE_SOURCE_DIR}/scripts/with-keyring.sh
            $<TARGET_FILE:tst_fault_matrix_keychain>)
set_tests_properties(tst_fault_matrix_keychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1"
    LABELS "integration;faults;keychain" TIMEOUT 180)
add_test(NAME tst_fault_matrix_keychain_no_bus COMMAND tst_fault_matrix_keychain)
set_tests_properties(tst_fault_matrix_keychain_no_bus PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_STDERR_LOGGING=1;WHOP_EXPECT_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/whop-test-bus"
    LABELS "integration;faults;keychain" TIMEOUT 120)
# Apply to many accounts while things go wrong: nothing half-applied is hidden.
whop_add_test(tst_fault_matrix_batch
    SOURCES tst_fault_matrix_batch.cpp BatchFaultScenarios.h BatchFaultScenarios.cpp
            ../common/OverviewSeed.h
    LIBS whop_sandbox whop_overview LABELS "integration;faults")
