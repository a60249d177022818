# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
PRESET ?= $(if $(CI),ci,default)
CTEST_PARALLEL ?= 2

.PHONY: all deps configure build run test package-deps package test-package clean stress fuzz-deps fuzz test-asan format-check format

all: build

deps:
	@bash installer/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/app/mandaat

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(CTEST_PARALLEL)

# Every C++ file formatted by .clang-format (clang-format 14, Debian 12's); CI runs it.
# `make format` formats them.
format-check: deps
	bash scripts/check-format.sh

format: deps
	bash scripts/check-format.sh --fix

# Issue 16: the attack suite alone (output paths, passphrase changes under locks and on full
# disks, kills, tampering); make test runs it too.
.PHONY: test-attack
test-attack: build
	cd $(BUILD_DIR) && ctest --output-on-failure -L attack

# The .deb is a Release build of its own in build-package/ (no tests; Debian's hardening
# flags from dpkg-buildflags, less -g since the package is stripped), whatever build/ holds.
PACKAGE_DIR ?= build-package
PACKAGE_FLAGS = DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get
package-deps:
	@bash installer/install-deps.sh --package

package: package-deps
	cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DMANDAAT_BUILD_TESTS=OFF \
	    -DCMAKE_CXX_FLAGS="$(filter-out -g,$(shell $(PACKAGE_FLAGS) CPPFLAGS) $(shell $(PACKAGE_FLAGS) CXXFLAGS))" \
	    -DCMAKE_EXE_LINKER_FLAGS="$(shell $(PACKAGE_FLAGS) LDFLAGS)"
	umask 022 && cmake --build $(PACKAGE_DIR) --target package

test-package: package
	bash tests/package/test-package.sh $(PACKAGE_DIR)

# Issue 10. The crash test with 200 kills instead of make test's 20.
STRESS_KILLS ?= 200
stress: build
	cd $(BUILD_DIR) && MANDAAT_CRASH_KILLS=$(STRESS_KILLS) ctest --output-on-failure -R '^CrashTest$$' --timeout 3600

# libFuzzer targets (tests/fuzz), built with clang in build-fuzz/ and run FUZZ_SECONDS each,
# starting from tests/fuzz/corpus/<target>/ (new finds go to build-fuzz/corpus/<target>/).
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = csv letter json vault
FUZZ_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined
fuzz-deps:
	@bash installer/install-deps.sh --fuzz

fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMANDAAT_FUZZ=ON \
	    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	    -DCMAKE_C_FLAGS="$(FUZZ_FLAGS)" -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)" \
	    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(FUZZ_DIR) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ_DIR)/corpus/$$t && \
	    ASAN_OPTIONS=detect_leaks=0 $(FUZZ_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
	        -timeout=30 -rss_limit_mb=4096 -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus/$$t tests/fuzz/corpus/$$t \
	        || exit 1; \
	done

# Every test with AddressSanitizer and UndefinedBehaviorSanitizer, in build-asan/ (run by .ci/run).
# Each test's timeout is 4 times make test's (MANDAAT_TEST_TIMEOUT_FACTOR, tests/MandaatTesting.cmake).
# intercept_tls_get_addr=0: GCC 12's sanitizer runtime takes a malloc'd dynamic TLS block at a
# certain page offset for a pre-2.25 glibc header and reads two words before it; LeakSanitizer's
# tracer then dies at exit now and then ("Tracer caught signal 11", a test that passed reported
# as failed, as JourneyTest was once in CI). Without the interception there is no such guess.
ASAN_DIR ?= build-asan
ASAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
test-asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMANDAAT_WERROR=$(if $(CI),ON,OFF) \
	    -DCMAKE_CXX_FLAGS="$(ASAN_FLAGS)" -DCMAKE_C_FLAGS="$(ASAN_FLAGS)" \
	    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DMANDAAT_TEST_TIMEOUT_FACTOR=4
	cmake --build $(ASAN_DIR)
	cd $(ASAN_DIR) && \
	    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0:intercept_tls_get_addr=0 \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/asan/lsan.supp:print_suppressions=0 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure -j $(CTEST_PARALLEL)

clean:
	rm -rf $(BUILD_DIR)

# Issue 9: the benchmark (tests/bench, docs/performance.md), a Release build of its own in
# build-bench/; never part of make test. BENCH_CLIENTS=500 for a quick look.
BENCH_DIR ?= build-bench
BENCH_CLIENTS ?= 5000
.PHONY: bench
bench: deps
	cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BENCH_DIR) --target mandaat_bench
	$(BENCH_DIR)/tests/bench/mandaat_bench --clients $(BENCH_CLIENTS) --json $(BENCH_DIR)/bench-results.json
