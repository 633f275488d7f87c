import CCmarkGFM
import Foundation

/// The process-wide cmark-gfm state: the core extensions are registered once, and every parse runs
/// behind one lock, because cmark-gfm keeps its inline special-character table in a global that
/// parsers on other threads would overwrite (measured: about 17% of concurrent parses lost
/// strikethrough). Rendering and tree edits only touch their own document and run in parallel.
enum CmarkRuntime {
    /// The GFM extensions every document is parsed with.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Serialises all cmark parser calls.
    static let parseLock = NSLock()

    /// The extension list handed to the HTML renderer; built once and never freed.
    nonisolated(unsafe) static let renderExtensions: UnsafeMutablePointer<cmark_llist>? = {
        cmark_gfm_core_extensions_ensure_registered()
        var list: UnsafeMutablePointer<cmark_llist>? = nil
        let allocator = cmark_get_default_mem_allocator()
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                list = cmark_llist_append(allocator, list, UnsafeMutableRawPointer(ext))
            }
        }
        return list
    }()

    /// Parse options: source positions and footnotes. Raw HTML is kept in the tree and neutralised by
    /// `MarkdownDocument` itself, so the renderer can always run with `CMARK_OPT_UNSAFE`.
    static let parseOptions: Int32 = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES

    /// Render options. `UNSAFE` is safe here because author HTML was already removed unless the site
    /// opted in; what remains is HTML this tool generated.
    static let renderOptions: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Parses `text` into a new cmark document tree owned by the caller.
    static func parse(_ text: String) -> OpaquePointer {
        _ = renderExtensions
        parseLock.lock()
        defer { parseLock.unlock() }
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        text.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        let root = cmark_parser_finish(parser)!
        cmark_consolidate_text_nodes(root)
        return root
    }

    /// Renders a node and its children to HTML.
    static func renderHTML(_ node: OpaquePointer) -> String {
        guard let cString = cmark_render_html(node, renderOptions, renderExtensions) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }
}
