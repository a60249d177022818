# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
PRESET ?= $(if $(CI),ci,default)
CTEST_PARALLEL ?= 2

.PHONY: all deps configure build run test package-deps package test-package clean

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

clean:
	rm -rf $(BUILD_DIR)
