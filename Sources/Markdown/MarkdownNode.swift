import CCmarkGFM
import Foundation

/// Small, safe accessors over a raw cmark node pointer. Kept internal: only this module touches cmark.
struct MarkdownNode {
    let pointer: OpaquePointer

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var typeName: String { String(cString: cmark_node_get_type_string(pointer)) }
    var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        // withCString hands a native String's own bytes to cmark (which copies them); passing the
        // String directly made a copy first.
        nonmutating set { _ = newValue.withCString { cmark_node_set_literal(pointer, $0) } }
    }

    /// The literal's UTF-8 bytes as cmark holds them, without building a String; valid until the
    /// node's literal changes or the node is freed.
    var literalUTF8: UnsafeBufferPointer<UInt8>? {
        guard let literal = cmark_node_get_literal(pointer) else { return nil }
        return UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { _ = cmark_node_set_url(pointer, newValue) }
    }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Every node below `self` (inclusive), in document order.
    func descendants() -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        guard let iterator = cmark_iter_new(pointer) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(MarkdownNode(pointer: node))
            }
        }
        return result
    }

    /// The headings below `self` in document order, found in the same walk that makes sure no
    /// node is more than `limit` levels below `self`; else the first node that is. The iterator
    /// enters and leaves every node but the leaf types, which it only enters.
    func headings(maxDepth limit: Int) -> (headings: [MarkdownNode], tooDeep: MarkdownNode?) {
        var headings: [MarkdownNode] = []
        guard let iterator = cmark_iter_new(pointer) else { return (headings, nil) }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return (headings, nil) }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                depth -= 1
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
                 CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if depth + 1 > limit { return (headings, MarkdownNode(pointer: node)) }
            case let type:
                depth += 1
                if depth > limit { return (headings, MarkdownNode(pointer: node)) }
                if type == CMARK_NODE_HEADING { headings.append(MarkdownNode(pointer: node)) }
            }
        }
    }

    /// The plain text of the node's inline content: text and code literals, breaks as spaces.
    var plainText: String {
        var result = ""
        for node in descendants() {
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: result += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: result += " "
            default: break
            }
        }
        return result
    }

    /// The first line with a known position, walking up from here.
    var nearestLine: Int {
        var node: MarkdownNode? = self
        while let current = node {
            if current.startLine > 0 { return current.startLine }
            node = current.parent
        }
        return 1
    }

    /// Sets the literal from UTF-8 bytes (cmark wants them NUL-terminated, so they are copied once).
    func setLiteral(_ bytes: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            if let base = bytes.baseAddress, bytes.count > 0 {
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: bytes.count)
            }
            buffer[bytes.count] = 0
            _ = cmark_node_set_literal(pointer, buffer.baseAddress)
        }
    }

    static func make(_ type: cmark_node_type) -> MarkdownNode {
        MarkdownNode(pointer: cmark_node_new(type)!)
    }

    func insertBefore(_ sibling: MarkdownNode) { _ = cmark_node_insert_before(pointer, sibling.pointer) }
    func append(_ child: MarkdownNode) { _ = cmark_node_append_child(pointer, child.pointer) }

    /// Removes the node from the tree and frees it with its children.
    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
