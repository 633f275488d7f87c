import SiteModel

extension DiagnosticFormatter {
    /// Where the lines of each quoted file start, found by scanning its bytes only as far as a
    /// diagnostic needs and only once (a file may have a million lines).
    struct SourceLines {
        private var files: [String: (starts: [String.Index], complete: Bool)] = [:]

        /// The text of line `location.line`, without its line break.
        mutating func line(_ location: SourceLocation, in sources: [String: String]) -> String? {
            guard location.line > 0, let text = sources[location.file] else { return nil }
            let utf8 = text.utf8
            // Taken out while it grows, so that appending does not copy it.
            var known = files.removeValue(forKey: location.file) ?? ([utf8.startIndex], false)
            while !known.complete && known.starts.count <= location.line {
                if let newline = utf8[known.starts[known.starts.count - 1]...].firstIndex(of: 0x0A) {
                    known.starts.append(utf8.index(after: newline))
                } else {
                    known.complete = true
                }
            }
            files[location.file] = known
            guard location.line <= known.starts.count else { return nil }
            let start = known.starts[location.line - 1]
            var end = location.line < known.starts.count ? utf8.index(before: known.starts[location.line]) : utf8.endIndex
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            return String(text[start..<end])
        }
    }
}
