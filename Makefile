# Kennisbank: `make` builds the tool and the site; `make test` runs every test.
SHELL := /bin/bash
export PATH := /opt/swift/usr/bin:$(PATH)
SWIFT ?= swift
BIN := .build/release/kennisbank
SHOTS ?= build/screenshots

.PHONY: all deps tool site test unit-test site-check browser-test qti-test handout-test handout check serve bench format clean

all: site

deps:
	@bash scripts/install-deps.sh

# Release build; the default theme is installed beside the binary so it runs from anywhere.
tool: deps
	$(SWIFT) build -c release --product kennisbank
	@rm -rf .build/release/kennisbank-theme && cp -R themes/default .build/release/kennisbank-theme

site: tool
	$(BIN) build

test: unit-test site-check browser-test qti-test handout-test

unit-test: deps
	$(SWIFT) test

# The real content must build with zero errors and zero warnings.
site-check: tool
	$(BIN) build --strict

browser-test: site-check
	SHOTS_DIR=$(SHOTS) bash Tests/Browser/run.sh site

# QTI packages against 1EdTech's schemas, through Cito's converter, GIFT through pygiftparser.
qti-test: site-check
	bash Tests/QTI/run.sh site

# PDF handouts: a representative subset is rendered and checked (Tests/Handout/run.sh says which).
handout-test: site-check
	bash Tests/Handout/run.sh site

# The print editions as PDF in build/handout/ (not part of the default build; installs WeasyPrint).
handout: site
	bash scripts/handout.sh site build/handout

check: tool
	$(BIN) check --strict

serve: tool
	$(BIN) serve

bench: tool
	python3 bench/bench.py

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build site build
