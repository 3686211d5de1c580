# Thin wrapper: every target installs missing Debian packages first, then configures and builds.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
APP := $(BUILD_DIR)/app/corokitchen

.PHONY: all deps configure build run test test-asan bench bench-peers fuzz format clean release install uninstall deb

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

# The same sleepers in Go, Node, Rust tokio, C++ asio, Python uvloop and asyncio (bench/peers),
# from Debian's packages and built offline, one runtime after the other on a quiet machine (it
# waits for one): docs/bench-peers.{json,md,svg} and the README's table (scripts/bench-peers.sh).
bench-peers: deps
	@./scripts/install-deps.sh --bench-peers
	@cmake --preset release >/dev/null
	@cmake --build build/release --target corokitchen -j2
	@./scripts/bench-peers.sh build/release/app/corokitchen

# libFuzzer on the scenario loader and the engine, the loopback server's request parser and the
# download's response parser (tests/fuzz), each for FUZZ_SECONDS. The corpora grow in
# build/fuzz/corpus (scenarios, seeded from resources/ and tests/data) and build/fuzz/corpus-http*;
# crashes, timeouts and leaks are written to build/fuzz/findings/ and fail the target. ASan keeps
# every distinct allocation stack it sees; through Qt (built without frame pointers) and coroutine
# frames they rarely repeat, so full 30-frame stacks grew the fuzzer past 1.8 GB in ten minutes: 8
# frames and a smaller quarantine keep it near 300 MB.
FUZZ_SECONDS ?= 60
FUZZ_DIR := build/fuzz/tests/fuzz
FUZZ_ENV := ASAN_OPTIONS=detect_leaks=1:malloc_context_size=8:quarantine_size_mb=64 \
	ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
FUZZ_FLAGS = -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
	-artifact_prefix=build/fuzz/findings/
fuzz:
	@./scripts/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build build/fuzz -j2 \
		--target scenarioloader_fuzzer httprequest_fuzzer httpresponse_fuzzer
	@mkdir -p build/fuzz/corpus build/fuzz/corpus-httprequest build/fuzz/corpus-httpresponse \
		build/fuzz/findings
	@$(FUZZ_ENV) $(FUZZ_DIR)/scenarioloader_fuzzer $(FUZZ_FLAGS) -max_len=16384 \
		-dict=tests/fuzz/scenario.dict build/fuzz/corpus resources/scenarios tests/data
	@$(FUZZ_ENV) $(FUZZ_DIR)/httprequest_fuzzer $(FUZZ_FLAGS) -max_len=20000 \
		-dict=tests/fuzz/http.dict build/fuzz/corpus-httprequest
	@$(FUZZ_ENV) $(FUZZ_DIR)/httpresponse_fuzzer $(FUZZ_FLAGS) -max_len=80000 \
		-dict=tests/fuzz/http.dict build/fuzz/corpus-httpresponse

# Install like a desktop app: the release build (static), then `cmake --install` into PREFIX
# (DESTDIR honoured): bin/corokitchen, the .desktop entry, AppStream metainfo, the hicolor icons
# and the MIME type of scenario files. Installed straight into a prefix (no DESTDIR), the
# desktop's MIME and menu caches there are refreshed when their tools are present.
PREFIX ?= /usr/local
RELEASE_DIR := build/release
VERSION := $(shell sed -n 's/^project(CoroKitchen VERSION \([0-9.]*\) .*)$$/\1/p' CMakeLists.txt)
release: deps
	@cmake --preset release >/dev/null
	@cmake --build $(RELEASE_DIR) -j2 --target corokitchen corokitchen_icons

install: release
	@DESTDIR="$(DESTDIR)" cmake --install $(RELEASE_DIR) --prefix "$(PREFIX)"
	@if [ -z "$(DESTDIR)" ]; then \
		update-mime-database "$(PREFIX)/share/mime" 2>/dev/null || true; \
		update-desktop-database -q "$(PREFIX)/share/applications" 2>/dev/null || true; \
	fi

# Removes what the last `make install` placed (build/release/install_manifest.txt lists it).
uninstall:
	@DESTDIR="$(DESTDIR)" ./scripts/uninstall.sh $(RELEASE_DIR)/install_manifest.txt "$(PREFIX)"

# A Debian package of the release build, build/release/corokitchen_<version>_<arch>.deb, then
# checked: unpacked into a scratch root, its files listed and validated, its corokitchen
# --version run (tests/install/check_deb.sh).
deb: release
	@cd $(RELEASE_DIR) && cpack -G DEB
	@./tests/install/check_deb.sh \
		$(RELEASE_DIR)/corokitchen_$(VERSION)_$$(dpkg --print-architecture).deb $(VERSION)

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf build
