#ifndef KENNISBANK_CMARK_CONCURRENCY_H
#define KENNISBANK_CMARK_CONCURRENCY_H

/// Non-zero once cmark-gfm has called this process's replacement of
/// cmark_manage_extensions_special_characters (shared library) or of the functions it calls
/// (static library, `make dist`; see special_characters.c): from then on the special-character
/// table is fixed and parsers may run on several threads at once.
int kb_cmark_special_characters_fixed(void);

#endif
