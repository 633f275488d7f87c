# Kennisbank: `make` builds the tool and the site; `make test` runs every test.
SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift
BIN := .build/release/kennisbank
# Release builds link the Swift standard library and Foundation statically, so `make dist` can share the
# compiled modules with `make tool` and only link once more (scripts/dist.sh).
export SWIFT_RELEASE_FLAGS := -c release --static-swift-stdlib
SHOTS ?= build/screenshots

.PHONY: all deps tool dist dist-test site test unit-test site-check browser-test results-test publish-test init-test qti-test handout-test serve-test guide-test handout report-pdf check serve bench format clean fuzz sanitize

all: site

deps:
	@bash scripts/install-deps.sh

# Release build; the default theme is installed beside the binary so it runs from anywhere.
tool: deps
	$(SWIFT) build $(SWIFT_RELEASE_FLAGS) --product kennisbank
	@rm -rf .build/release/kennisbank-theme && cp -R themes/default .build/release/kennisbank-theme

site: tool
	$(BIN) build

# One download: dist/kennisbank-<version>-linux-<arch>.tar.gz and its .sha256, whose binary needs only the
# C library (scripts/dist.sh says how). dist-test builds the real content with it where the toolchain,
# cmark-gfm and mimalloc are hidden, and compares the result with the ordinary binary's (Tests/Dist/run.sh);
# then runs the content-only pipelines' commands with the tarball (Tests/Dist/pipelines.py).
dist: tool
	bash scripts/dist.sh dist

dist-test: dist
	bash Tests/Dist/run.sh dist
	@bash scripts/apt-ensure.sh python3-yaml
	python3 Tests/Dist/pipelines.py dist

test: unit-test site-check browser-test results-test publish-test init-test qti-test handout-test serve-test guide-test dist-test

# First: every target lists the modules it imports (scripts/check-imports.py says why SwiftPM's own check
# is not enough).
unit-test: deps
	@bash scripts/apt-ensure.sh python3
	python3 scripts/check-imports.py
	$(SWIFT) test

# The real content must build with zero errors and zero warnings (a warning fails a build). Review dates are measured against
# the last commit's time (docs/FORMAT.md), so a commit's result does not change with the calendar.
# site/ stays relative (no base URL, whatever the environment says): the browser suite opens it
# from a folder too.
site-check: tool
	env -u KENNISBANK_BASE_URL SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null)}" $(BIN) build

browser-test: site-check
	SHOTS_DIR=$(SHOTS) bash Tests/Browser/run.sh site

# `kennisbank resultaten` on answer sets made on the built site's own pages in Chromium (Tests/Browser/results.py).
results-test: site-check
	SHOTS_DIR=$(SHOTS) bash Tests/Browser/results.sh $(BIN) site

# The pipeline files through actionlint and GitLab's CI schema, then the site served by nginx
# under a sub-path, as GitHub and GitLab Pages serve it.
publish-test: tool
	bash scripts/lint-pipelines.sh
	SHOTS_DIR=$(SHOTS) bash Tests/Browser/hosting.sh $(BIN)

# A new team's site: `kennisbank init` for another organisation, built with --strict and served by
# nginx like the real site, with no 'Amsterdam' in its output; `kennisbank theme export`.
init-test: tool
	SHOTS_DIR=$(SHOTS)/init bash Tests/Browser/init-site.sh $(BIN)

# QTI packages against 1EdTech's schemas, through Cito's converter, GIFT through pygiftparser.
qti-test: site-check
	bash Tests/QTI/run.sh site

# kennisbank serve in Chromium: the warning banner (axe, keyboard, 390 and 1280 px), the Dutch error
# page, no inline script (Tests/Browser/serve.py).
serve-test: tool
	SHOTS_DIR=$(SHOTS) bash Tests/Browser/serve.sh $(BIN)

# The trainers' guide, step by step: new files, the listed mistakes and their fixes, and every message
# docs/handleiding.md quotes (Tests/Guide/guide_test.py).
guide-test: tool
	bash Tests/Guide/run.sh $(BIN)

# PDF handouts: a representative subset is rendered and checked (Tests/Handout/run.sh says which).
handout-test: site-check
	bash Tests/Handout/run.sh site $(BIN)

# The print editions as PDF in build/handout/ (not part of the default build; installs WeasyPrint).
handout: site
	bash scripts/handout.sh site build/handout

# A report of `kennisbank resultaten` as PDF: make report-pdf RAPPORT=resultaten/evaluatie-pilottraining
# (writes build/handout/resultaten-<folder>.pdf; WeasyPrint as for the handouts).
report-pdf:
	@test -n "$(RAPPORT)" || { echo "usage: make report-pdf RAPPORT=<report folder>"; exit 2; }
	bash scripts/handout.sh "$(RAPPORT)" build/handout

check: tool
	$(BIN) check

serve: tool
	$(BIN) serve

bench: tool
	python3 bench/bench.py

# libFuzzer over the loaders, Markdown and a whole small-site build (see Fuzz/README.md). One worker
# process (single core); it goes on after a finding and leaves it in .build-fuzz/findings/.
FUZZ_SECONDS ?= 600
FUZZ := .build-fuzz/release/KennisbankFuzz
fuzz:
	@bash scripts/apt-ensure.sh libyaml-dev
	KENNISBANK_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz --product KennisbankFuzz \
		-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
	@mkdir -p .build-fuzz/corpus .build-fuzz/findings
	python3 Fuzz/seed_corpus.py .build-fuzz/seeds
	SWIFT_BACKTRACE=enable=no $(FUZZ) .build-fuzz/corpus .build-fuzz/seeds -dict=Fuzz/kennisbank.dict -max_total_time=$(FUZZ_SECONDS) \
		-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=1024 -detect_leaks=0 \
		-max_len=32768 -artifact_prefix=.build-fuzz/findings/ -print_final_stats=1
	@ls .build-fuzz/findings | grep -q . && { echo "findings in .build-fuzz/findings/:"; ls .build-fuzz/findings; exit 1; } || echo "no findings"

# The unit tests under AddressSanitizer and under ThreadSanitizer, each in its own scratch folder.
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp $(SWIFT) test --sanitize=address --scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# Formats the Swift files changed since the last commit (and new ones) with .swift-format. Not the
# whole tree: the code aligns continuation lines under their opening bracket, which swift-format
# cannot do, so a whole-tree run would rewrap most files (docs/ARCHITECTURE.md, 'Style').
format:
	@files=$$( { git diff --name-only HEAD; git ls-files --others --exclude-standard; } | grep -E '^(Sources|Tests)/.*\.swift$$' | sort -u | while read -r f; do [ -f "$$f" ] && echo "$$f"; done ); \
	if [ -n "$$files" ]; then $(SWIFT) format --in-place --configuration .swift-format $$files; echo "$$files"; else echo "no changed Swift files"; fi

clean:
	rm -rf .build site build dist .site.kennisbank-manifest
