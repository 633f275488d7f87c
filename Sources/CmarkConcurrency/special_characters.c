// Makes cmark-gfm's global table of inline special characters constant, so documents can be
// parsed on several threads at once.
//
// Every parse in cmark-gfm 0.29 switches the special characters of the parser's inline
// extensions (`~` for strikethrough, `:` and `w` for autolinks, ...) on in a process-wide table
// before it parses inlines, and off again after (process_inlines in blocks.c). A parse finishing
// on one thread therefore switches them off under a parse still running on another: about one in
// six concurrent parses lost strikethrough. Kennisbank attaches the same extensions to every
// parser, so the table each parse expects is the same: switching the characters on once and never
// off gives every parse the table it expects, and after the first parse nothing writes to it.
// The Markdown module only drops its parse lock after checking that one of the two ways below took
// effect (kb_cmark_special_characters_fixed).
//
// 1. Shared libcmark-gfm (`make`): both switches go through the exported function
//    cmark_manage_extensions_special_characters, which the library calls through its PLT, so the
//    definition below (in the executable) takes its place. It lets the first switch-on through to
//    the library's own function, once, and ignores every later call.
// 2. Static libcmark-gfm.a (`make dist`, scripts/dist.sh): there that function is hidden and
//    inlined into process_inlines, so nothing can take its place; but it sets each character with
//    cmark_inlines_add_special_character and clears it with cmark_inlines_remove_special_character,
//    which live in another object file (inlines.c). The dist build links with
//    `--wrap=` for both, which sends those calls to the __wrap_ functions below: the first
//    switch-on of each character goes through, removals are ignored.
// The definition for (1) is weak so that in (2) the archive's own definition wins without a
// duplicate-symbol error; glibc's dynamic linker does not tell weak from strong when it looks a
// symbol up, so in (1) it still takes the library's place.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include "CmarkConcurrency.h"

typedef void (*manage_function)(void *parser, int add);

static pthread_mutex_t first_call = PTHREAD_MUTEX_INITIALIZER;
static atomic_int fixed = 0;

__attribute__((weak)) void cmark_manage_extensions_special_characters(void *parser, int add) {
    if (!add || atomic_load_explicit(&fixed, memory_order_acquire)) return;
    pthread_mutex_lock(&first_call);
    if (!atomic_load_explicit(&fixed, memory_order_relaxed)) {
        manage_function library = (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (library) {
            library(parser, 1);
            atomic_store_explicit(&fixed, 1, memory_order_release);
        }
    }
    pthread_mutex_unlock(&first_call);
}

// (2): the library's functions, reached as __real_ only when linked with --wrap; weak, so that
// the shared build, which has no __real_ symbols, links too (they are never called there).
extern void __real_cmark_inlines_add_special_character(unsigned char c, bool emphasis) __attribute__((weak));
extern void __real_cmark_inlines_remove_special_character(unsigned char c, bool emphasis) __attribute__((weak));

// One flag per (character, emphasis) pair once it has been switched on.
static atomic_bool switched_on[256][2];

void __wrap_cmark_inlines_add_special_character(unsigned char c, bool emphasis) {
    if (atomic_load_explicit(&switched_on[c][emphasis], memory_order_acquire)) return;
    pthread_mutex_lock(&first_call);
    if (!atomic_load_explicit(&switched_on[c][emphasis], memory_order_relaxed) && __real_cmark_inlines_add_special_character) {
        __real_cmark_inlines_add_special_character(c, emphasis);
        atomic_store_explicit(&switched_on[c][emphasis], true, memory_order_release);
        atomic_store_explicit(&fixed, 1, memory_order_release);
    }
    pthread_mutex_unlock(&first_call);
}

void __wrap_cmark_inlines_remove_special_character(unsigned char c, bool emphasis) {
    (void)c;
    (void)emphasis;
}

int kb_cmark_special_characters_fixed(void) {
    return atomic_load_explicit(&fixed, memory_order_acquire);
}
