// mimalloc (Debian: libmimalloc-dev) replaces the C allocator of the whole `kennisbank` process:
// linked dynamically ahead of libc, its malloc and free are the ones every library binds to.
#include <mimalloc.h>
