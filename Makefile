# BrochureKit — two commands for a newcomer: `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libpoppler-glib-dev libicu-dev libsqlite3-dev pkg-config poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLE ?= Fixtures/brochures/soumu-2024.pdf
BIN := .build/release/brochure
## The Swift runtime and Foundation linked into the release binary: 14 fewer shared libraries
## to load and bind at every start (about 4 ms of a one-page `extract`; see BENCHMARKS.md).
RELEASE_FLAGS ?= --static-swift-stdlib
# The toolchain's own UBSan runtime (beside its clang), for `make sanitize`.
UBSAN_RT = $(shell dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))/lib/swift/clang/lib/linux

.PHONY: deps build release run test eval realpdfs bench bench-batch fuzz sanitize leak-check clean

## Install the system packages that are missing (apt-get; sudo only when not root).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

## Build in release mode and extract a bundled brochure to JSON.
run: release
	$(BIN) extract $(SAMPLE)

test: deps
	$(SWIFT) test

## Reading-order scores of `brochure text` against pdftotext on the fixtures.
eval: release
	python3 Scripts/eval_reading_order.py --brochure $(BIN)

## Opt-in: run text and layout over ../shared/realpdfs (not in CI).
realpdfs: release
	Scripts/run-realpdfs.sh $(BIN)

## The benchmark against pdftotext, pdfplumber and PyMuPDF; rewrites the tables in BENCHMARKS.md
## (about 13 minutes on 2 cores; BENCH_ARGS=--quick for a short run). Not part of `make test`.
bench: release
	@for tool in hyperfine qpdf; do command -v $$tool >/dev/null || { echo "Installing $$tool"; $(SUDO) apt-get install -y -qq $$tool; }; done
	python3 Scripts/bench.py $(BENCH_ARGS)

## Batch throughput with -j 1 and -j 2, and peak memory as the archive grows.
bench-batch: release
	Scripts/bench-batch.sh $(BIN)

## Fuzzing: 10,000 seeded mutations of the fixtures through the release binary, 20 s per case
## (about 7 minutes on 2 cores; FUZZ_ARGS="--cases 500 --seed 2" for another run). Not part of
## `make test`. Crashing or hanging inputs land in Fuzz/crashes/.
fuzz: release
	python3 Scripts/fuzz.py $(FUZZ_ARGS)

## The test suite under AddressSanitizer (with LeakSanitizer; Scripts/lsan.supp lists what it
## must not count, and a 64 MB stack because ASan's frames are several times larger) and under
## UndefinedBehaviorSanitizer, each in its own build folder (about 12 minutes each on 2 cores),
## then the valgrind leak check. Not part of `make test`. swiftc 6.3 on Linux refuses
## -sanitize=undefined ("unsupported option"), so UBSan instruments our C (CICUShim) through
## clang, with the toolchain's UBSan runtime; Swift code traps on overflow and bounds anyway.
sanitize: deps
	ulimit -s 65536 && LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/lsan.supp:print_suppressions=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
	ulimit -s 65536 && $(SWIFT) test --scratch-path .build-ubsan -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined \
	  -Xlinker $(UBSAN_RT)/libclang_rt.ubsan_standalone-x86_64.so -Xlinker -rpath -Xlinker $(UBSAN_RT)
	$(MAKE) leak-check

## valgrind over extract/text runs of fixtures: nothing poppler or GLib allocated may be lost.
leak-check: release
	@for tool in valgrind objcopy; do command -v $$tool >/dev/null || { echo "Installing valgrind"; $(SUDO) apt-get install -y -qq valgrind binutils; }; done
	python3 Scripts/leak-check.py --bin $(BIN)

clean:
	rm -rf .build
