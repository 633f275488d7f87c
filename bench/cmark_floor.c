/* The floor for a Markdown site build: cmark-gfm parse + HTML render of every .md file under DIR.
 *
 * usage: cmark_floor DIR [REPEAT]
 * Reads all *.md files under DIR (sorted by path) into memory first, strips YAML front matter, then
 * parses each body with the table, strikethrough, autolink, tagfilter and tasklist extensions and
 * CMARK_OPT_FOOTNOTES, renders HTML and frees everything. Single thread, no I/O while timed.
 * Prints one line: files=N bytes=B parse_s=P render_s=R total_s=T (summed over REPEAT rounds / REPEAT).
 *
 * build: cc -O2 bench/cmark_floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions
 */
#define _XOPEN_SOURCE 700
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *path; char *text; size_t len; size_t body; } doc_t;

static doc_t *docs;
static size_t ndocs, capdocs;

static int collect(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
    (void)sb; (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0) return 0;
    if (ndocs == capdocs) {
        capdocs = capdocs ? capdocs * 2 : 1024;
        docs = realloc(docs, capdocs * sizeof *docs);
        if (!docs) { perror("realloc"); exit(2); }
    }
    docs[ndocs].path = strdup(path);
    docs[ndocs].text = NULL;
    ndocs++;
    return 0;
}

static int by_path(const void *a, const void *b) {
    return strcmp(((const doc_t *)a)->path, ((const doc_t *)b)->path);
}

static void load(doc_t *d) {
    FILE *f = fopen(d->path, "rb");
    if (!f) { perror(d->path); exit(2); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    d->text = malloc((size_t)n + 1);
    if (!d->text || fread(d->text, 1, (size_t)n, f) != (size_t)n) { perror(d->path); exit(2); }
    d->text[n] = '\0';
    d->len = (size_t)n;
    fclose(f);
    /* Front matter: '---' on the first line up to the next line that is exactly '---'. */
    d->body = 0;
    if (strncmp(d->text, "---\n", 4) == 0 || strncmp(d->text, "---\r\n", 5) == 0) {
        char *p = strchr(d->text, '\n') + 1;
        while (p && *p) {
            char *eol = strchr(p, '\n');
            size_t linelen = eol ? (size_t)(eol - p) : strlen(p);
            if (linelen >= 3 && strncmp(p, "---", 3) == 0 &&
                (linelen == 3 || (linelen == 4 && p[3] == '\r'))) {
                d->body = eol ? (size_t)(eol + 1 - d->text) : d->len;
                break;
            }
            p = eol ? eol + 1 : NULL;
        }
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s DIR [REPEAT]\n", argv[0]); return 2; }
    int repeat = argc > 2 ? atoi(argv[2]) : 1;
    if (repeat < 1) repeat = 1;
    if (nftw(argv[1], collect, 32, FTW_PHYS) != 0) { perror(argv[1]); return 2; }
    if (ndocs == 0) { fprintf(stderr, "no .md files under %s\n", argv[1]); return 2; }
    qsort(docs, ndocs, sizeof *docs, by_path);
    size_t bytes = 0;
    for (size_t i = 0; i < ndocs; i++) { load(&docs[i]); bytes += docs[i].len - docs[i].body; }

    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    cmark_syntax_extension *exts[5];
    for (int i = 0; i < 5; i++) {
        exts[i] = cmark_find_syntax_extension(names[i]);
        if (!exts[i]) { fprintf(stderr, "cmark-gfm extension %s not found\n", names[i]); return 2; }
    }
    int opts = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
    double parse = 0, render = 0;
    size_t html_bytes = 0;
    for (int r = 0; r < repeat; r++) {
        for (size_t i = 0; i < ndocs; i++) {
            doc_t *d = &docs[i];
            double t0 = now();
            cmark_parser *parser = cmark_parser_new(opts);
            for (int e = 0; e < 5; e++) cmark_parser_attach_syntax_extension(parser, exts[e]);
            cmark_parser_feed(parser, d->text + d->body, d->len - d->body);
            cmark_node *doc = cmark_parser_finish(parser);
            double t1 = now();
            char *html = cmark_render_html(doc, opts, cmark_parser_get_syntax_extensions(parser));
            double t2 = now();
            html_bytes += strlen(html);
            cmark_get_default_mem_allocator()->free(html);
            cmark_node_free(doc);
            cmark_parser_free(parser);
            double t3 = now();
            parse += t1 - t0;
            render += (t2 - t1) + (t3 - t2);
        }
    }
    printf("files=%zu bytes=%zu html_bytes=%zu parse_s=%.6f render_s=%.6f total_s=%.6f\n", ndocs, bytes,
           html_bytes / repeat, parse / repeat, render / repeat, (parse + render) / repeat);
    for (size_t i = 0; i < ndocs; i++) { free(docs[i].path); free(docs[i].text); }
    free(docs);
    return 0;
}
