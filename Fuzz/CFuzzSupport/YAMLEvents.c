// Calls the libyaml that Yams compiles into the binary (its CYaml target); <yaml.h> comes from
// Debian's libyaml-dev, the same libyaml 0.2.5 with the same structures.
#include <yaml.h>
#include "CFuzzSupport.h"

kb_yaml_summary kb_yaml_summarize(const unsigned char *text, size_t length) {
    kb_yaml_summary summary = {0, 0, 0, 0, 0};
    yaml_parser_t parser;
    yaml_event_t event;
    int depth = 0;
    if (!yaml_parser_initialize(&parser)) {
        summary.failed = 1;
        return summary;
    }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser, text, length);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            summary.failed = 1;
            break;
        }
        yaml_char_t *anchor = NULL;
        int alias = 0;
        switch (event.type) {
        case YAML_ALIAS_EVENT: alias = 1; break;
        case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor; break;
        case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor; depth++; break;
        case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor; depth++; break;
        case YAML_SEQUENCE_END_EVENT: case YAML_MAPPING_END_EVENT: depth--; break;
        default: break;
        }
        if (depth > summary.maxDepth) summary.maxDepth = depth;
        if ((alias || anchor) && !summary.hasAliasOrAnchor) {
            summary.hasAliasOrAnchor = 1;
            summary.line = event.start_mark.line;
            summary.column = event.start_mark.column;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return summary;
}
