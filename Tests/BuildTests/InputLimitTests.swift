import Build
import Foundation
import Reporting
import SiteModel
import Testing

/// Whole files that are too large or not text are refused at the first wrong byte, and the rest of
/// the site is still checked; byte order marks and every kind of line ending are read as text.
@Suite struct InputLimitTests {
    func build(_ fixture: String, adding extra: [String: Data]) -> BuildResult {
        var fileSystem = MemoryFileSystem(fixture: fixture)
        for (path, data) in extra { fileSystem.contents[path] = data }
        return SiteBuilder(options: FixtureSite.options(), fileSystem: fileSystem).build()
    }

    @Test func refusesFilesThatAreTooLargeOrNotText() {
        let large = "---\ntitle: Groot\n---\n" + String(repeating: "a", count: InputLimits.maxFileBytes)
        let result = build("-- content/index.md --\n---\ntitle: Home\n---\nZie [dit](nergens.md).\n", adding: [
            "content/groot.md": Data(large.utf8),
            "content/nul.md": Data("---\ntitle: Nul\n---\nab\u{0}c\n".utf8),
            "content/latijn.md": Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8),
            "kennisbank.yml": Data(("title: " + String(repeating: "x", count: InputLimits.maxFileBytes)).utf8),
        ])
        let actual = result.diagnostics.map { "\($0.location): \($0.message.english)" }
        #expect(actual == [
            "content/groot.md:1:1: the file has \(InputLimits.grouped(large.utf8.count)) bytes; a file may have at most 1,000,000",
            "content/index.md:4:11: page 'nergens.md' does not exist (looked for content/nergens.md)",
            "content/latijn.md:2:11: the file is not valid UTF-8 text",
            "content/nul.md:4:3: the file holds a NUL byte, so it is not plain text (or it is saved as UTF-16)",
            "kennisbank.yml:1:1: the file has 1,000,007 bytes; a file may have at most 1,000,000",
        ])
    }

    @Test func suggestsForTheFirstThousandMistakesOfAFileOnly() {
        // 700 broken links and 700 unknown terms: the links are resolved first, so the page's
        // 1,000 look-ups go to the 700 links and the first 300 terms. A remembered answer counts
        // too, so one file cannot make the look-ups grow with its size.
        let lines = String(repeating: "[a](paginx.md) [[begrib]]\n", count: 700)
        let result = build("""
            -- content/index.md --
            ---
            title: Home
            ---
            \(lines)-- content/pagina.md --
            ---
            title: Pagina
            ---
            Een begrip.
            -- content/begrippen/begrip.md --
            ---
            title: Begrip
            definition: D.
            ---
            """, adding: [:])
        let guessed = result.diagnostics.filter { $0.fix != nil }
        #expect(result.diagnostics.count == 1_400, "\(result.formattedDiagnostics)")
        #expect(guessed.filter { $0.message.english.hasPrefix("page") }.count == 700)
        #expect(guessed.filter { $0.message.english.hasPrefix("unknown glossary term") }.map(\.location.line) == Array(4..<304))
    }

    @Test func readsByteOrderMarksAndEveryLineEnding() throws {
        let result = build("", adding: [
            "content/index.md": Data("\u{FEFF}---\ntitle: Home\n---\nTekst.\n".utf8),
            "content/mac.md": Data("---\rtitle: Mac\r---\r## Kop\rTekst [hier](#kop).\r".utf8),
            "content/windows.md": Data("---\r\ntitle: Windows\r\n---\r\n## Kop\r\nTekst [hier](#kop).\r\n".utf8),
            "kennisbank.yml": Data("\u{FEFF}title: Met BOM\r\n".utf8),
        ])
        #expect(result.diagnostics.isEmpty, "\(result.formattedDiagnostics)")
        let mac = try #require(result.files.first { $0.path == "mac/index.html" })
        #expect(String(decoding: mac.data, as: UTF8.self).contains("<h2 id=\"kop\">Kop</h2>"))
    }
}

/// With thousands of diagnostics the report stays readable, and a long line is shown around its caret.
@Suite struct DiagnosticReportTests {
    @Test func showsTheFirstDiagnosticsInFullAndCountsTheRestByKind() {
        var diagnostics = (1...250).map { Diagnostic.error(SourceLocation(file: "content/a.md", line: $0, column: 1),
                                                            .pageMissing("../begrippen/t\($0).md", target: "begrippen/t\($0).md")) }
        diagnostics += (1...30).map { Diagnostic.warning(SourceLocation(file: "content/b.md", line: $0, column: 1), .unknownKey("k\($0)", in: .frontMatter)) }
        let report = DiagnosticFormatter(sources: [:]).report(diagnostics, limit: 200)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.count == 202)
        #expect(lines[199] == "content/a.md:200:1: error: page '../begrippen/t200.md' does not exist (looked for content/begrippen/t200.md)")
        #expect(lines[200] == "... and 80 more not shown (--max-diagnostics N shows more): 50 x error: page '…' does not exist (looked for content/…); 30 x warning: unknown key '…' in …")
        #expect(lines[201] == "250 errors, 30 warnings")
        #expect(DiagnosticFormatter(sources: [:]).report(diagnostics, limit: 1_000).split(separator: "\n").count == 281)
    }

    @Test func quotesTheRightLineForEveryDiagnosticOfALargeFile() {
        let text = (1...5_000).map { "regel \($0)\r\n" }.joined() + "laatste"
        let diagnostics = (1...5_002).reversed().map { Diagnostic.error(SourceLocation(file: "content/a.md", line: $0, column: 1), .fileUnreadable("fout \($0)")) }
        let report = DiagnosticFormatter(sources: ["content/a.md": text]).report(diagnostics, limit: 10_000)
        let rows = report.split(separator: "\n").map(String.init)
        #expect(rows[1] == "    regel 1")
        #expect(rows[3 * 4_999 + 1] == "    regel 5000")
        #expect(rows[3 * 5_000 + 1] == "    laatste")
        // Past the last line there is nothing to quote.
        #expect(rows[3 * 5_001] == "content/a.md:5002:1: error: cannot read the file: fout 5002")
        #expect(rows[3 * 5_001 + 1] == "5002 errors, 0 warnings")
        // In any order, one at a time or together, each quotes its own line.
        let formatter = DiagnosticFormatter(sources: ["content/a.md": text])
        let sample = stride(from: 0, to: diagnostics.count, by: 250).map { diagnostics[$0] }
        #expect(formatter.format(sample) == sample.map(formatter.format))
        #expect(formatter.format(diagnostics[1]).hasSuffix("\n    laatste\n    ^"))
    }

    @Test func cutsALongLineToAWindowAroundTheCaret() {
        let line = String(repeating: "a", count: 1_000_000) + "[fout](x.md)" + String(repeating: "b", count: 1_000)
        let diagnostic = Diagnostic.error(SourceLocation(file: "content/a.md", line: 2, column: 1_000_001), .fileUnreadable("kapot"))
        let text = DiagnosticFormatter(sources: ["content/a.md": "---\n" + line + "\n"]).format(diagnostic)
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[1].count == 4 + 3 + 120 + 3)
        let caret = rows[2].count - 1
        #expect(Array(rows[1])[caret] == "[")
    }
}
