/// Every template of a theme compiled into one instruction buffer, one byte buffer and one key
/// buffer. The buffers are allocated once and never change, so renders on any thread read them
/// through plain pointers.
///
/// Unchecked `Sendable`: the buffers are written once in `init` and only read afterwards, through pointers the
/// compiler cannot check.
final class TemplateStore: @unchecked Sendable {
    let ops: UnsafeMutableBufferPointer<TemplateOp>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let keys: UnsafeMutableBufferPointer<String>
    /// Template number -> its ops.
    let ranges: [Range<Int>]
    /// Template name -> template number.
    let numbers: [String: Int]
    private let keyCount: Int

    /// Compiles `templates` (name -> parsed nodes). Partials that do not exist are left out; the
    /// renderer reports them before it gets here.
    init(_ templates: [String: [TemplateNode]]) {
        let names = templates.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var ops: [TemplateOp] = []
        var bytes: [UInt8] = []
        var keys: [String] = []
        var ranges: [Range<Int>] = []

        func name(_ name: TemplateName) -> (Int32, Int32) {
            let start = Int32(keys.count)
            keys += name.parts
            return (start, Int32(keys.count))
        }
        // Adjacent text is one instruction; a line break still ends one, so partial indentation can
        // be applied per line. Text never merges across a section boundary.
        var mergeable = false
        func emit(_ nodes: [TemplateNode]) {
            mergeable = false
            defer { mergeable = false }
            for node in nodes {
                switch node {
                case .text(let text):
                    defer { mergeable = bytes.last != 0x0A }
                    if mergeable {
                        bytes += text
                        ops[ops.count - 1].second = Int32(bytes.count)
                    } else {
                        let start = Int32(bytes.count)
                        bytes += text
                        ops.append(TemplateOp(kind: .text, first: start, second: Int32(bytes.count)))
                    }
                case .variable(let variable, let escaped):
                    mergeable = false
                    let (start, end) = name(variable)
                    ops.append(TemplateOp(kind: escaped ? .escaped : .raw, currentOnly: variable.currentOnly, first: start, second: end))
                case .section(let section, let inverted, let children):
                    let (start, end) = name(section)
                    let index = ops.count
                    ops.append(TemplateOp(kind: inverted ? .inverted : .section, currentOnly: section.currentOnly, first: start, second: end))
                    emit(children)
                    ops[index].end = Int32(ops.count)
                    mergeable = false
                case .partial(let partial, let indentation):
                    mergeable = false
                    guard let number = numbers[partial] else { continue }
                    let start = Int32(bytes.count)
                    bytes += indentation
                    ops.append(TemplateOp(kind: .partial, first: Int32(number), second: start, end: Int32(bytes.count)))
                }
            }
        }
        for name in names {
            let start = ops.count
            emit(templates[name]!)
            ranges.append(start..<ops.count)
        }
        self.ops = .allocate(capacity: max(ops.count, 1))
        _ = self.ops.initialize(from: ops)
        self.bytes = .allocate(capacity: max(bytes.count, 1))
        _ = self.bytes.initialize(from: bytes)
        self.keys = .allocate(capacity: max(keys.count, 1))
        _ = self.keys.initialize(from: keys)
        self.ranges = ranges
        self.numbers = numbers
        keyCount = keys.count
    }

    deinit {
        ops.deallocate()
        bytes.deallocate()
        keys.baseAddress!.deinitialize(count: keyCount)
        keys.deallocate()
    }
}
