# The fuzzers as CTest tests of the normal (GCC) build, labeled `fuzz`, when clang can link a
# libFuzzer target here (Debian: clang + libclang-rt-14-dev). "fuzz: build" configures and builds
# the clang tree in <build>/fuzz (a fixture), then each target runs for FUZZ_SECONDS (60) through
# tools/fuzz.sh. Skip them with `ctest -LE fuzz`.
find_program(FUZZ_CLANGXX NAMES clang++ clang++-14)
set(FUZZ_PROBE_DIR ${CMAKE_BINARY_DIR}/fuzz-probe)
file(WRITE ${FUZZ_PROBE_DIR}/probe.cpp
  "extern \"C\" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n")
set(FUZZ_PROBE_RESULT 1)
if(FUZZ_CLANGXX)
  execute_process(
    COMMAND ${FUZZ_CLANGXX} -fsanitize=fuzzer,address,undefined probe.cpp -o probe
    WORKING_DIRECTORY ${FUZZ_PROBE_DIR}
    RESULT_VARIABLE FUZZ_PROBE_RESULT OUTPUT_QUIET ERROR_QUIET)
endif()
if(NOT FUZZ_PROBE_RESULT EQUAL 0)
  message(STATUS "fuzz tests skipped: no clang++ that links -fsanitize=fuzzer (install clang libclang-rt-14-dev)")
  return()
endif()

set(FUZZ_SECONDS $ENV{FUZZ_SECONDS})
if(NOT FUZZ_SECONDS)
  set(FUZZ_SECONDS 60)
endif()
set(FUZZ_ENV FUZZ_BUILD_DIR=${CMAKE_BINARY_DIR}/fuzz FUZZ_SECONDS=${FUZZ_SECONDS} FUZZ_CXX=${FUZZ_CLANGXX})
add_test(NAME "fuzz: build" COMMAND bash ${PROJECT_SOURCE_DIR}/tools/fuzz.sh --build-only)
set_tests_properties("fuzz: build" PROPERTIES
  FIXTURES_SETUP fuzz_build LABELS fuzz TIMEOUT 1200 ENVIRONMENT "${FUZZ_ENV}")
math(EXPR FUZZ_TIMEOUT "${FUZZ_SECONDS} + 120")
foreach(target ws_frames request_frame json5_config http_request)
  add_test(NAME "fuzz: ${target}" COMMAND bash ${PROJECT_SOURCE_DIR}/tools/fuzz.sh --no-build ${target})
  set_tests_properties("fuzz: ${target}" PROPERTIES
    FIXTURES_REQUIRED fuzz_build LABELS fuzz TIMEOUT ${FUZZ_TIMEOUT} ENVIRONMENT "${FUZZ_ENV}")
endforeach()
