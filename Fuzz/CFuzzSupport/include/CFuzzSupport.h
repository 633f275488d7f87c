// C support for the fuzz harness (only the fuzz build has this target, see Package.swift): what
// libyaml itself reports for a YAML text, the reference for the front-matter scanner; and
// libFuzzer's driver, which the harness's own `main` calls.
#ifndef CFUZZ_SUPPORT_H
#define CFUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs with their own `main` (compiler-rt, FuzzerDriver.cpp).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

typedef struct {
    /// 1 when an alias or an anchor came before libyaml's first error (or the end).
    int hasAliasOrAnchor;
    /// 0-based line and column (in characters) of the first alias or anchor.
    size_t line, column;
    /// The deepest nesting of sequences and mappings seen.
    int maxDepth;
    /// 1 when libyaml stopped with an error.
    int failed;
} kb_yaml_summary;

/// Parses `text` into libyaml events (no composing, so aliases cost nothing) and summarises them.
kb_yaml_summary kb_yaml_summarize(const unsigned char *text, size_t length);

#endif
