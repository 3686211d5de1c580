# Thin wrapper: every target installs missing Debian packages first, then configures and builds.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
APP := $(BUILD_DIR)/app/corokitchen

.PHONY: all deps configure build run test test-asan bench format clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j2

run: build
	@./scripts/run.sh $(APP)

# The catalogues are refreshed first, so a new tr() string without its Korean fails the suite.
test: configure
	@cmake --build $(BUILD_DIR) --target update_translations >/dev/null
	@cmake --build $(BUILD_DIR) -j2
	@cd $(BUILD_DIR) && ctest --output-on-failure --no-tests=error -j2

# The whole suite again under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer.
test-asan:
	@$(MAKE) --no-print-directory test PRESET=asan

# Benchmarks run an optimised build against Python asyncio on this machine.
bench: deps
	@cmake --preset release >/dev/null
	@cmake --build build/release --target corokitchen -j2
	@./scripts/bench.sh build/release/app/corokitchen

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf build
