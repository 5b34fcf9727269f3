# stride_add_test(name [STANDALONE] [SOURCES ...] [LIBS ...] [LABELS ...] [TIMEOUT s] [ENVIRONMENT ...])
# builds tst_<name> from tst_<name>.cpp (plus SOURCES) and registers it with ctest.
# Unit tests link stride_core; GUI tests pass LIBS stride_ui. Every test links stride_testsupport (tests/support:
# VERIFY_OK, the fixtures) unless STANDALONE: a test that drives the binaries from outside and links no Stride code.
# Each test is labelled with its folder's name.
function(stride_add_test name)
    cmake_parse_arguments(ARG "STANDALONE" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    set(target tst_${name})
    add_executable(${target} tst_${name}.cpp ${ARG_SOURCES})
    stride_target_defaults(${target})
    if(NOT ARG_LIBS)
        set(ARG_LIBS stride_core)
    endif()
    target_link_libraries(${target} PRIVATE ${ARG_LIBS} Qt6::Test)
    if(NOT ARG_STANDALONE)
        target_link_libraries(${target} PRIVATE stride_testsupport)
    endif()
    add_test(NAME ${name} COMMAND ${target})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;STRIDE_BINARY_DIR=${CMAKE_BINARY_DIR};STRIDE_SOURCE_DIR=${CMAKE_SOURCE_DIR};${ARG_ENVIRONMENT}")
    # Every test carries its folder's name as a label (storage, sync, analytics, ui…), so that a run can pick a
    # layer: `ctest -L '^sync$'` (scripts/test-sanitizers does).
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    list(APPEND ARG_LABELS ${folder})
    list(REMOVE_DUPLICATES ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
