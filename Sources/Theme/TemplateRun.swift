/// One rendering of a compiled template: the context stack and the output bytes.
///
/// Context values are what the build puts in `[String: Any]` dictionaries: strings, numbers,
/// booleans, dictionaries and arrays of them. Dictionaries are cast once, when they are pushed,
/// so looking up a name is a plain dictionary lookup per stack frame.
struct TemplateRun {
    /// A context stack frame.
    enum Frame {
        case object([String: Any])
        case value(Any)
    }

    /// Partials nested deeper than this are not rendered: a partial that includes itself would
    /// otherwise recurse until the stack overflows.
    static let maximumPartialDepth = 64

    let store: TemplateStore
    private(set) var output: [UInt8] = []
    private var stack: [Frame]
    /// Whitespace put before every line of the partial being rendered.
    private var indentation: [UInt8] = []
    /// True when the last byte written ended a line (only tracked while `indentation` is set).
    private var atLineStart = false
    private var partialDepth = 0

    init(store: TemplateStore, context: [String: Any], capacity: Int) {
        self.store = store
        stack = [.object(context)]
        output.reserveCapacity(capacity)
    }

    /// Renders template number `template`.
    mutating func render(template: Int) {
        let range = store.ranges[template]
        render(range.lowerBound, range.upperBound)
    }

    /// Runs ops `start..<end`.
    mutating func render(_ start: Int, _ end: Int) {
        let ops = store.ops, bytes = store.bytes
        var index = start
        while index < end {
            let op = ops[index]
            index += 1
            switch op.kind {
            case .text:
                write(UnsafeBufferPointer(rebasing: bytes[Int(op.first)..<Int(op.second)]))
            case .escaped, .raw:
                guard let value = lookup(op) else { continue }
                let escaped = op.kind == .escaped
                if let string = value as? String {
                    write(string, escaped: escaped)
                } else if let bytes = value as? [UInt8] {
                    bytes.withUnsafeBufferPointer { write(utf8: $0, escaped: escaped) }
                } else {
                    write(Self.text(of: value), escaped: escaped)
                }
            case .section, .inverted:
                renderSection(lookup(op), inverted: op.kind == .inverted, index, Int(op.end))
                index = Int(op.end)
            case .partial:
                guard partialDepth < Self.maximumPartialDepth else { continue }
                let partialIndentation = UnsafeBufferPointer(rebasing: bytes[Int(op.second)..<Int(op.end)])
                write(partialIndentation)
                let outer = indentation
                indentation += partialIndentation
                partialDepth += 1
                render(template: Int(op.first))
                partialDepth -= 1
                indentation = outer
            }
        }
    }

    /// Renders a section: once for `true` and for any other value (pushed on the stack), once per
    /// element for a non-empty list; an inverted section only for a missing, false or empty value.
    private mutating func renderSection(_ value: Any?, inverted: Bool, _ start: Int, _ end: Int) {
        guard let value else {
            if inverted { render(start, end) }
            return
        }
        if let flag = value as? Bool {
            if flag != inverted { render(start, end) }
            return
        }
        if let object = value as? [String: Any] {
            if !inverted { push(.object(object), start, end) }
            return
        }
        if let list = value as? [[String: Any]] {
            if inverted { if list.isEmpty { render(start, end) } } else { for item in list { push(.object(item), start, end) } }
            return
        }
        if let list = value as? [Any] {
            if inverted { if list.isEmpty { render(start, end) } } else {
                for item in list { push((item as? [String: Any]).map(Frame.object) ?? .value(item), start, end) }
            }
            return
        }
        if !inverted { push(.value(value), start, end) }
    }

    private mutating func push(_ frame: Frame, _ start: Int, _ end: Int) {
        stack.append(frame)
        render(start, end)
        stack.removeLast()
    }

    // MARK: Names

    /// The value of `name`: `.` is the current value; otherwise the first part is looked up from the
    /// innermost frame outwards (or in the current frame only for `.a`), the rest below it.
    func lookup(_ op: TemplateOp) -> Any? {
        let keys = store.keys
        let start = Int(op.first), end = Int(op.second)
        guard start < end else { return Self.unwrapped(value(of: stack[stack.count - 1])) }
        let first = keys[start]
        var found: Any?
        if op.currentOnly {
            found = Self.child(first, of: stack[stack.count - 1])
        } else {
            var frame = stack.count - 1
            while frame >= 0 {
                if let value = Self.child(first, of: stack[frame]) { found = value; break }
                frame -= 1
            }
        }
        for part in start + 1 ..< end {
            guard let parent = found.flatMap(Self.unwrapped) else { return nil }
            found = Self.child(keys[part], of: .value(parent))
        }
        return found.flatMap(Self.unwrapped)
    }

    private func value(of frame: Frame) -> Any {
        switch frame {
        case .object(let object): return object
        case .value(let value): return value
        }
    }

    private static func child(_ name: String, of frame: Frame) -> Any? {
        switch frame {
        case .object(let object): return object[name]
        case .value(let value): return (value as? [String: Any])?[name]
        }
    }

    /// The value inside an optional that was stored as `Any`; nil for an empty optional.
    static func unwrapped(_ value: Any) -> Any? {
        // The types the build puts in contexts answer with one metadata comparison; asking for a
        // protocol conformance costs a hash lookup in the runtime for every tag.
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == Self.stringType || type == Self.boolType || type == Self.objectType || type == Self.listType {
            return value
        }
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedAny.flatMap(unwrapped)
    }

    private static let stringType = ObjectIdentifier(String.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let objectType = ObjectIdentifier([String: Any].self)
    private static let listType = ObjectIdentifier([[String: Any]].self)

    static func text(of value: Any) -> String {
        switch value {
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default: return String(describing: value)
        }
    }

    // MARK: Output

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        if atLineStart && !indentation.isEmpty { output += indentation }
        output.append(contentsOf: bytes)
        atLineStart = bytes.last == 0x0A
    }

    /// Writes a value's text, HTML-escaping `&`, `<`, `>`, `"` and `'` when `escaped`.
    private mutating func write(_ string: String, escaped: Bool) {
        var string = string
        string.withUTF8 { write(utf8: $0, escaped: escaped) }
    }

    private mutating func write(utf8 bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        guard !bytes.isEmpty else { return }
        if atLineStart && !indentation.isEmpty { output += indentation }
        defer { atLineStart = output.last == 0x0A }
        guard escaped else { output.append(contentsOf: bytes); return }
        var start = 0
        for (index, byte) in bytes.enumerated() {
            let entity: StaticString
            switch byte {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}

/// Lets `TemplateRun` see through an `Optional` stored in an `Any`.
protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? { self.map { $0 as Any } }
}
