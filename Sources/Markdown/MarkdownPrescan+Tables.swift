import SiteModel

/// Tables: columns per row, cells the parser fills in, and header rows after long paragraphs.
extension MarkdownPrescan {
    /// A line that could be a table's delimiter row starts a table whose rows run to the next blank
    /// line; every row is checked as it comes, so whatever part cmark-gfm takes as the table passes
    /// the same checks.
    mutating func tableRow(_ start: Int, _ content: Int, _ end: Int, lineBytes: Int) -> MarkdownLimitViolation? {
        if var current = table {
            current.cells += current.columns
            current.bytes += lineBytes
            table = current
            if current.cells * 2 > current.bytes {
                return MarkdownLimitViolation(
                    offset: start, message: .markdownTableDense(cells: current.cells, bytes: current.bytes),
                    hint: .markdownTableDenseHint())
            }
            return nil
        }
        guard lines > 0, let columns = delimiterRowColumns(content, end) else { return nil }
        headerWork += lines * paragraphBytes + pipes * pipes
        if headerWork > InputLimits.maxTableHeaderWork {
            return MarkdownLimitViolation(
                offset: previousLine.start, message: .markdownTableAfterParagraph(), hint: .markdownTableAfterParagraphHint())
        }
        if columns > InputLimits.maxTableColumns || previousLine.pipes > InputLimits.maxTableColumns + 1 {
            return MarkdownLimitViolation(
                offset: columns > InputLimits.maxTableColumns ? start : previousLine.start,
                message: .markdownTableColumns(InputLimits.maxTableColumns), hint: .markdownTableColumnsHint())
        }
        table = (columns, columns, previousLine.bytes + lineBytes)
        return nil
    }

    /// The number of cells when `content..<end` is a table delimiter row (cmark-gfm's
    /// `table_start`: `|? marker (| marker)* |?` with markers like `:--:`), else nil.
    func delimiterRowColumns(_ content: Int, _ end: Int) -> Int? {
        var index = content, cells = 0
        func skipSpace() { while index < end, Self.isTableSpace(bytes[index]) { index += 1 } }
        if index < end, bytes[index] == UInt8(ascii: "|") { index += 1 }
        while true {
            skipSpace()
            if index < end, bytes[index] == UInt8(ascii: ":") { index += 1 }
            let dashes = index
            while index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index > dashes else { return nil }
            if index < end, bytes[index] == UInt8(ascii: ":") { index += 1 }
            skipSpace()
            cells += 1
            guard index < end, bytes[index] == UInt8(ascii: "|") else { break }
            index += 1
            skipSpace()
            if index == end { return cells }
        }
        return index == end ? cells : nil
    }
}
