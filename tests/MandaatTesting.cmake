# mandaat_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...>
#                  [LABELS <labels...>] [TIMEOUT <s>] [WRAPPER <command...>])
# One Qt Test executable per class or feature (CONTRIBUTING.md, point 17). GUI tests run on the
# offscreen platform; WRAPPER runs the test inside another command (a keyring session).
function(mandaat_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS;WRAPPER" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE mandaat_options Qt6::Test ${T_LIBRARIES})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${T_NAME} PRIVATE
        MANDAAT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MANDAAT_BINARY_DIR="${PROJECT_BINARY_DIR}"
        MANDAAT_TEST_TIMEOUT_FACTOR=${MANDAAT_TEST_TIMEOUT_FACTOR})
    add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Qt Test's own watchdog ends a test function after 5 minutes; CTest's TIMEOUT (scaled in
    # sanitizer builds) is the one limit.
    math(EXPR function_timeout_ms "${T_TIMEOUT} * ${MANDAAT_TEST_TIMEOUT_FACTOR} * 1000")
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}")
    mandaat_schedule_timeout_scaling()
endfunction()

# Sanitizer builds run several times slower (make test-asan sets 4): every test's TIMEOUT,
# whoever set it, is multiplied by MANDAAT_TEST_TIMEOUT_FACTOR, at the end of the folder's
# CMakeLists.txt (scheduled by the folder's first mandaat_add_test). ctest --timeout would
# only reach tests that have none.
set(MANDAAT_TEST_TIMEOUT_FACTOR 1 CACHE STRING "Multiply every test's TIMEOUT by this (sanitizer builds)")
function(mandaat_scale_test_timeouts)
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test IN LISTS tests)
        get_test_property(${test} TIMEOUT timeout)
        if(NOT timeout)
            set(timeout 1500) # CTest's default
        endif()
        math(EXPR timeout "${timeout} * ${MANDAAT_TEST_TIMEOUT_FACTOR}")
        set_tests_properties(${test} PROPERTIES TIMEOUT ${timeout})
    endforeach()
endfunction()
macro(mandaat_schedule_timeout_scaling)
    get_property(scheduled DIRECTORY PROPERTY MANDAAT_TIMEOUTS_SCALED)
    if(NOT scheduled AND NOT MANDAAT_TEST_TIMEOUT_FACTOR EQUAL 1)
        set_property(DIRECTORY PROPERTY MANDAAT_TIMEOUTS_SCALED ON)
        cmake_language(DEFER CALL mandaat_scale_test_timeouts)
    endif()
endmacro()
