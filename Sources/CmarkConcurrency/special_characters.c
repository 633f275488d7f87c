// Makes cmark-gfm's global table of inline special characters constant, so documents can be
// parsed on several threads at once.
//
// Every parse in cmark-gfm 0.29 switches the special characters of the parser's inline
// extensions (`~` for strikethrough, `:` and `w` for autolinks, ...) on in a process-wide table
// before it parses inlines, and off again after (process_inlines in blocks.c). A parse finishing
// on one thread therefore switches them off under a parse still running on another: about one in
// six concurrent parses lost strikethrough. Both switches go through the exported function
// cmark_manage_extensions_special_characters, which the library calls through its PLT, so the
// definition below (in the executable) takes its place. It lets the first switch-on through to the
// library's own function, once, and ignores every later call: Kennisbank attaches the same
// extensions to every parser, so the table each parse expects is the same, and after the first
// parse nothing writes to it. The Markdown module only drops its parse lock after checking that
// this replacement was really called (kb_cmark_special_characters_fixed).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include "CmarkConcurrency.h"

typedef void (*manage_function)(void *parser, int add);

static pthread_mutex_t first_call = PTHREAD_MUTEX_INITIALIZER;
static atomic_int fixed = 0;

void cmark_manage_extensions_special_characters(void *parser, int add) {
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

int kb_cmark_special_characters_fixed(void) {
    return atomic_load_explicit(&fixed, memory_order_acquire);
}
