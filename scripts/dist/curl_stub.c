// Stands in for libcurl in the `make dist` binary (scripts/dist.sh), which must need nothing but the
// system's C library.
//
// With the Swift standard library linked statically, every Foundation module a dependency imports is
// linked from its static archive. FlyingFox (the `serve` HTTP server) imports FoundationNetworking
// for its ProxyHTTPHandler, which Kennisbank never uses; FoundationNetworking's URLSession is built
// on libcurl, whose static form would drag in OpenSSL, Kerberos, LDAP and a dozen more. Kennisbank
// makes no HTTP requests (scripts/dist.sh checks that no Kennisbank source imports
// FoundationNetworking), so these stubs satisfy the linker and fail loudly if anything ever calls them.
#include <stdio.h>
#include <stdlib.h>

static void no_http_client(const char *function) {
    fprintf(stderr, "kennisbank: %s called, but this build has no HTTP client (libcurl is not linked in)\n", function);
    abort();
}

#define STUB(name)                        \
    void *name(void) {                    \
        no_http_client(#name);            \
        return NULL;                      \
    }

STUB(curl_easy_cleanup)
STUB(curl_easy_getinfo)
STUB(curl_easy_init)
STUB(curl_easy_pause)
STUB(curl_easy_setopt)
STUB(curl_easy_strerror)
STUB(curl_free)
STUB(curl_global_init)
STUB(curl_multi_add_handle)
STUB(curl_multi_assign)
STUB(curl_multi_cleanup)
STUB(curl_multi_info_read)
STUB(curl_multi_init)
STUB(curl_multi_remove_handle)
STUB(curl_multi_setopt)
STUB(curl_multi_socket_action)
STUB(curl_slist_append)
STUB(curl_slist_free_all)
STUB(curl_url)
STUB(curl_url_get)
STUB(curl_url_set)
STUB(curl_version)
STUB(curl_version_info)
