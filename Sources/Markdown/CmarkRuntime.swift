import CCmarkGFM
import CmarkConcurrency
import Foundation

/// The process-wide cmark-gfm state: the core extensions are registered once, and parsing runs on
/// every core once the special-character table is known to be fixed.
///
/// cmark-gfm keeps its inline special-character table in a global that every parse switches on and
/// off, so concurrent parses corrupt each other (measured: about 17% lost strikethrough). The
/// CmarkConcurrency target replaces the switch with one that switches the characters on once, for
/// good (see special_characters.c). `setUp` runs one parse under the lock and then checks that the
/// replacement took effect; only then is the lock dropped. If it did not (a cmark-gfm built so that
/// its internal call cannot be replaced), every parse keeps running behind `parseLock`.
/// `ConcurrentParsingTests` parses thousands of documents on all cores against serial results.
enum CmarkRuntime {
    /// The GFM extensions every document is parsed with.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Serialises parser calls while the special-character table may still change.
    static let parseLock = NSLock()

    /// True when parses may run concurrently; decided once by a first, locked parse.
    static let parsesConcurrently: Bool = {
        _ = renderExtensions
        let warmUp = parseUnderLock(Array("~~x~~ www.example.nl".utf8))
        cmark_node_free(warmUp)
        return kb_cmark_special_characters_fixed() != 0
    }()

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

    /// Parses `text` (UTF-8) into a new cmark document tree owned by the caller.
    static func parse(_ text: [UInt8]) -> OpaquePointer {
        parsesConcurrently ? parseUnlocked(text) : parseUnderLock(text)
    }

    private static func parseUnderLock(_ text: [UInt8]) -> OpaquePointer {
        parseLock.lock()
        defer { parseLock.unlock() }
        return parseUnlocked(text)
    }

    private static func parseUnlocked(_ text: [UInt8]) -> OpaquePointer {
        _ = renderExtensions
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
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

extension CmarkRuntime {
    /// Renders a tree back to CommonMark (with the GFM extensions), unwrapped.
    static func renderCommonMark(_ node: OpaquePointer) -> String {
        guard let cString = cmark_render_commonmark(node, CMARK_OPT_UNSAFE, 0) else { return "" }
        defer { free(cString) }
        return String(cString: cString)
    }
}
