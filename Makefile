# The two commands a newcomer needs: `make run` and `make test`.
BUILD_DIR ?= build
PRESET ?= $(if $(CI),ci,default)
CTEST_PARALLEL ?= 2

.PHONY: all deps configure build run test clean

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

clean:
	rm -rf $(BUILD_DIR)
