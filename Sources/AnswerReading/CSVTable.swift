import SiteModel

/// A CSV file exactly as the page's download writes it: UTF-8 with a byte-order mark, cells
/// separated by `;`, rows ended by CRLF (the last one too), a cell quoted with `"` only when it
/// holds `"`, `;`, a line break or white space at its start or end, quotes inside doubled. Anything
/// else means the file was made or changed by something else (a spreadsheet that saved it again,
/// an editor, a cut-off copy); reading stops at the first such place, with its line and column,
/// instead of guessing what the file meant.
public struct CSVTable: Sendable {
    /// One cell and where it starts (line and column in the file, 1-based; the byte-order mark
    /// takes no column).
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// Rows of cells, in file order; the header is the first row.
    public private(set) var rows: [[Cell]] = []

    /// What makes a file unreadable: where, and what is wrong.
    public struct Problem: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: Message
        public var hint: Message
        /// The file ends where the page would have written more (a copy or download cut short),
        /// rather than being written differently.
        public var isCutShort = false
    }

    /// White space as JavaScript's `\s` knows it: the page quotes a cell that starts or ends with it.
    static let javaScriptSpace: Set<Unicode.Scalar> = Set([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029,
                                                          0x202F, 0x205F, 0x3000, 0xFEFF].compactMap(Unicode.Scalar.init)
                                                         + (0x2000...0x200A).compactMap(Unicode.Scalar.init))

    /// Reads `bytes`; throws the first place that is not as the page writes it.
    public init(bytes: [UInt8]) throws(Problem) {
        let changed = Message.csvChangedHint()
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else {
            throw Problem(line: 1, column: 1, message: .csvNoByteOrderMark(), hint: changed)
        }
        guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
            throw Problem(line: 1, column: 1, message: .answersNotUTF8(), hint: changed)
        }
        let scalars = Array(text.unicodeScalars)
        var line = 1, column = 1
        var index = 0
        var row: [Cell] = []
        let cutShort = Message.csvCutShortHint()
        func problem(_ message: Message, _ hint: Message = changed) -> Problem {
            Problem(line: line, column: column, message: message, hint: hint, isCutShort: hint == cutShort)
        }
        func advance(_ scalar: Unicode.Scalar) {
            index += 1
            if scalar == "\n" { line += 1; column = 1 } else if scalar != "\r" || index >= scalars.count || scalars[index] != "\n" { column += 1 }
        }
        while index < scalars.count {
            let start = (line: line, column: column)
            var cell = String.UnicodeScalarView()
            if scalars[index] == "\"" {
                advance("\"")
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            cell.append("\"")
                            advance("\""); advance("\"")
                            continue
                        }
                        advance("\"")
                        closed = true
                        break
                    }
                    cell.append(scalar)
                    advance(scalar)
                }
                guard closed else {
                    throw Problem(line: start.line, column: start.column, message: .csvQuoteNotClosed(),
                                  hint: cutShort, isCutShort: true)
                }
                let value = String(cell)
                if !Self.needsQuotes(value) {
                    throw Problem(line: start.line, column: start.column, message: .csvQuotedCell(), hint: changed)
                }
                if index < scalars.count && scalars[index] != ";" && scalars[index] != "\r" {
                    throw problem(.csvAfterClosingQuote())
                }
            } else {
                while index < scalars.count, scalars[index] != ";", scalars[index] != "\r", scalars[index] != "\n" {
                    if scalars[index] == "\"" { throw problem(.csvQuoteInside()) }
                    cell.append(scalars[index])
                    advance(scalars[index])
                }
                let value = String(cell)
                if Self.needsQuotes(value) {
                    throw Problem(line: start.line, column: start.column, message: .csvUnquotedSpace(),
                                  hint: changed)
                }
            }
            row.append(Cell(text: String(cell), line: start.line, column: start.column))
            guard index < scalars.count else {
                throw problem(.csvNoLastLineEnd(), cutShort)
            }
            switch scalars[index] {
            case ";":
                advance(";")
                if index >= scalars.count { throw problem(.csvEndsAfterSemicolon(), cutShort) }
            case "\r":
                // A CR as the file's last character is a CRLF cut in two: the file is cut short.
                guard index + 1 < scalars.count else { throw problem(.csvNoLastLineEnd(), cutShort) }
                guard scalars[index + 1] == "\n" else {
                    throw problem(.csvLineEnd("CR"))
                }
                advance("\r"); advance("\n")
                rows.append(row)
                row = []
            default:
                throw problem(.csvLineEnd("LF"))
            }
        }
        if !row.isEmpty { rows.append(row) }
        if rows.isEmpty { throw Problem(line: 1, column: 1, message: .csvNoLines(), hint: cutShort, isCutShort: true) }
    }

    /// True when the page's download quotes `text`: it holds `"`, `;`, CR or LF, or starts or ends with white space.
    package static func needsQuotes(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { $0 == "\"" || $0 == ";" || $0 == "\r" || $0 == "\n" }) { return true }
        guard let first = scalars.first, let last = scalars.last else { return false }
        return javaScriptSpace.contains(first) || javaScriptSpace.contains(last)
    }

    /// A text as the page writes it in a cell: a leading `'` removed where the page added one so a
    /// spreadsheet does not run the text as a formula.
    public static func undefused(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
              "=+-@\t\r".unicodeScalars.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
