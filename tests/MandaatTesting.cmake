# mandaat_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...>
#                  [LABELS <labels...>] [TIMEOUT <s>] [WRAPPER <command...>])
# One Qt Test executable per class or feature (STYLE.md, point 17). GUI tests run on the
# offscreen platform; WRAPPER runs the test inside another command (a keyring session).
function(mandaat_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS;WRAPPER" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE mandaat_options Qt6::Test ${T_LIBRARIES})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${T_NAME} PRIVATE
        MANDAAT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MANDAAT_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en")
endfunction()
