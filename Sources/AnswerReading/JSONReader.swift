import SiteModel

/// A strict JSON parser (RFC 8259) that keeps where every value starts. Exports are small and
/// shallow, so nesting deeper than `maxDepth` is refused rather than followed.
public struct JSONReader {
    /// What is wrong, and where.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: Message
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
        if reader.index < reader.scalars.count { throw reader.problem(.jsonTextAfterEnd()) }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func problem(_ message: Message) -> Problem { Problem(line: line, column: column, message: message) }

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
            guard current == scalar else { throw problem(.jsonExpected("'\(word)'")) }
            step()
        }
    }

    private mutating func value(depth: Int) throws(Problem) -> JSONValue.Located {
        guard depth < Self.maxDepth else { throw problem(.jsonTooDeep(Self.maxDepth)) }
        let (startLine, startColumn) = (line, column)
        let value: JSONValue
        switch current {
        case nil: throw problem(.jsonEndsEarly())
        case "{"?:
            step()
            var members: [(key: String, value: JSONValue.Located)] = []
            skipSpace()
            if current == "}" { step(); value = .object([]); break }
            while true {
                skipSpace()
                guard current == "\"" else { throw problem(.jsonExpectedName()) }
                let (keyLine, keyColumn) = (line, column)
                let key = try string()
                if members.contains(where: { $0.key == key }) {
                    throw Problem(line: keyLine, column: keyColumn, message: .jsonNameTwice(key))
                }
                skipSpace()
                guard current == ":" else { throw problem(.jsonExpectedColon()) }
                step()
                skipSpace()
                members.append((key, try self.value(depth: depth + 1)))
                skipSpace()
                if current == "," { step(); continue }
                guard current == "}" else { throw problem(.jsonExpected("',' or '}'")) }
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
                guard current == "]" else { throw problem(.jsonExpected("',' or ']'")) }
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
            guard let scalar = current else { throw problem(.jsonTextNotClosed()) }
            if scalar == "\"" { step(); return String(result) }
            if scalar.value < 0x20 { throw problem(.jsonControlCharacter()) }
            if scalar != "\\" { result.append(scalar); step(); continue }
            step()
            guard let escape = current else { throw problem(.jsonTextNotClosed()) }
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
                    guard current == "\\" else { throw problem(.jsonHalfSurrogate()) }
                    step()
                    guard current == "u" else { throw problem(.jsonHalfSurrogate()) }
                    step()
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw problem(.jsonHalfSurrogate()) }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw problem(.jsonHalfSurrogate())
                }
                guard let decoded = Unicode.Scalar(unit) else { throw problem(.jsonNotACharacter(String(unit, radix: 16))) }
                result.append(decoded)
            default:
                throw problem(.jsonUnknownEscape(String(escape)))
            }
        }
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, let digit = Int(String(scalar), radix: 16) else { throw problem(.jsonExpectedHex()) }
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
        guard let first = current, ("0"..."9").contains(first) else { throw problem(.jsonExpectedValue()) }
        if first == "0" { text += "0"; step() } else { _ = digits(&self) }
        if current == "." {
            text += "."; step()
            guard digits(&self) > 0 else { throw problem(.jsonExpectedDigits()) }
        }
        if current == "e" || current == "E" {
            text += "e"; step()
            if current == "+" || current == "-" { text.unicodeScalars.append(current!); step() }
            guard digits(&self) > 0 else { throw problem(.jsonExpectedExponent()) }
        }
        guard let number = Double(text) else { throw problem(.jsonNotANumber(text)) }
        return .number(number, text: text)
    }
}
