/// A strict JSON parser (RFC 8259) that keeps where every value starts. Exports are small and
/// shallow, so nesting deeper than `maxDepth` is refused rather than followed.
public struct JSONReader {
    /// What is wrong, and where.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// An export nests four levels; anything much deeper is not one.
    public static let maxDepth = 32

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    /// Parses `text`; throws the first problem.
    public static func parse(_ text: String) throws(Problem) -> JSONValue.Located {
        var reader = JSONReader(scalars: Array(text.unicodeScalars))
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.index < reader.scalars.count { throw reader.problem("text after the end of the JSON value") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func problem(_ message: String) -> Problem { Problem(line: line, column: column, message: message) }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func step() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { step() }
    }

    private mutating func expect(_ word: String) throws(Problem) {
        for scalar in word.unicodeScalars {
            guard current == scalar else { throw problem("expected '\(word)'") }
            step()
        }
    }

    private mutating func value(depth: Int) throws(Problem) -> JSONValue.Located {
        guard depth < Self.maxDepth else { throw problem("the JSON is nested more than \(Self.maxDepth) levels deep") }
        let (startLine, startColumn) = (line, column)
        let value: JSONValue
        switch current {
        case nil: throw problem("the JSON ends too early")
        case "{"?:
            step()
            var members: [(key: String, value: JSONValue.Located)] = []
            skipSpace()
            if current == "}" { step(); value = .object([]); break }
            while true {
                skipSpace()
                guard current == "\"" else { throw problem("expected a name in quotes") }
                let (keyLine, keyColumn) = (line, column)
                let key = try string()
                if members.contains(where: { $0.key == key }) {
                    throw Problem(line: keyLine, column: keyColumn, message: "the name '\(key)' appears twice in one object")
                }
                skipSpace()
                guard current == ":" else { throw problem("expected ':' after a name") }
                step()
                skipSpace()
                members.append((key, try self.value(depth: depth + 1)))
                skipSpace()
                if current == "," { step(); continue }
                guard current == "}" else { throw problem("expected ',' or '}'") }
                step()
                break
            }
            value = .object(members)
        case "["?:
            step()
            var items: [JSONValue.Located] = []
            skipSpace()
            if current == "]" { step(); value = .array([]); break }
            while true {
                skipSpace()
                items.append(try self.value(depth: depth + 1))
                skipSpace()
                if current == "," { step(); continue }
                guard current == "]" else { throw problem("expected ',' or ']'") }
                step()
                break
            }
            value = .array(items)
        case "\""?: value = .string(try string())
        case "t"?: try expect("true"); value = .bool(true)
        case "f"?: try expect("false"); value = .bool(false)
        case "n"?: try expect("null"); value = .null
        default: value = try number()
        }
        return JSONValue.Located(value: value, line: startLine, column: startColumn)
    }

    private mutating func string() throws(Problem) -> String {
        step()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw problem("a text is not closed before the end of the file") }
            if scalar == "\"" { step(); return String(result) }
            if scalar.value < 0x20 { throw problem("a control character inside a text (write it as \\n or \\u....)") }
            if scalar != "\\" { result.append(scalar); step(); continue }
            step()
            guard let escape = current else { throw problem("a text is not closed before the end of the file") }
            step()
            switch escape {
            case "\"": result.append("\"")
            case "\\": result.append("\\")
            case "/": result.append("/")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                var unit = try hex4()
                if (0xD800...0xDBFF).contains(unit) {
                    guard current == "\\" else { throw problem("half of a surrogate pair") }
                    step()
                    guard current == "u" else { throw problem("half of a surrogate pair") }
                    step()
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw problem("half of a surrogate pair") }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw problem("half of a surrogate pair")
                }
                guard let decoded = Unicode.Scalar(unit) else { throw problem("not a character: \\u\(String(unit, radix: 16))") }
                result.append(decoded)
            default:
                throw problem("unknown escape '\\\(escape)'")
            }
        }
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, let digit = Int(String(scalar), radix: 16) else { throw problem("expected four hex digits after \\u") }
            value = value * 16 + UInt32(digit)
            step()
        }
        return value
    }

    private mutating func number() throws(Problem) -> JSONValue {
        var text = ""
        func digits(_ reader: inout JSONReader) -> Int {
            var count = 0
            while let scalar = reader.current, ("0"..."9").contains(scalar) { text.unicodeScalars.append(scalar); reader.step(); count += 1 }
            return count
        }
        if current == "-" { text += "-"; step() }
        guard let first = current, ("0"..."9").contains(first) else { throw problem("expected a value (text, number, list, object, true, false or null)") }
        if first == "0" { text += "0"; step() } else { _ = digits(&self) }
        if current == "." {
            text += "."; step()
            guard digits(&self) > 0 else { throw problem("expected digits after the decimal point") }
        }
        if current == "e" || current == "E" {
            text += "e"; step()
            if current == "+" || current == "-" { text.unicodeScalars.append(current!); step() }
            guard digits(&self) > 0 else { throw problem("expected digits in the exponent") }
        }
        guard let number = Double(text) else { throw problem("not a number: \(text)") }
        return .number(number, text: text)
    }
}
