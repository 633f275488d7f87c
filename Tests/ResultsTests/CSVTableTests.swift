import AnswerReading
import Testing

@Suite struct CSVTableTests {
    let bom = "\u{FEFF}"

    @Test func readsQuotedCellsWithLineBreaksSemicolonsAndQuotes() throws {
        let table = try CSVTable(bytes: Array((bom + "a;b\r\n\"x;y\";\"zeg \"\"hoi\"\"\nregel 2\"\r\n\" rand\";c\r\n").utf8))
        #expect(table.rows.map { $0.map(\.text) } == [["a", "b"], ["x;y", "zeg \"hoi\"\nregel 2"], [" rand", "c"]])
        // The line break inside a cell is a line of the file: the next row starts on line 4.
        #expect(table.rows[2][0].line == 4 && table.rows[2][1].column == 9)
    }

    @Test(arguments: [
        ("a;b\r\n", 1, 1, "byte-order mark"),
        ("\u{FEFF}a;b\n", 1, 4, "LF alone"),
        ("\u{FEFF}a;b\rc\r\n", 1, 4, "CR alone"),
        ("\u{FEFF}a;b\r\nc;d", 2, 4, "no line end"),
        ("\u{FEFF}a;\"b\r\n", 1, 3, "not closed"),
        ("\u{FEFF}a;b\"c\r\n", 1, 4, "quote inside"),
        ("\u{FEFF}a;\"b\"\r\n", 1, 3, "quoted that the page writes without"),
        ("\u{FEFF}a; b\r\n", 1, 3, "white space"),
        ("\u{FEFF}a;\"b;\"c\r\n", 1, 7, "goes on after"),
        ("\u{FEFF}a;", 1, 3, "ends after a ';'"),
    ])
    func refusesWhatThePageNeverWrites(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try CSVTable(bytes: Array(text.utf8))
        } throws: { error in
            guard let problem = error as? CSVTable.Problem else { return false }
            return problem.line == line && problem.column == column && problem.message.english.contains(message)
        }
    }

    /// A download cut off between the CR and the LF of a line end is cut short, not edited: the
    /// participant should download it again.
    @Test func aFileThatEndsInTheMiddleOfCRLFIsCutShort() {
        #expect {
            _ = try CSVTable(bytes: Array("\u{FEFF}a;b\r\nc;d\r".utf8))
        } throws: { error in
            guard let problem = error as? CSVTable.Problem else { return false }
            return problem.isCutShort && problem.line == 2 && problem.message.english.contains("no line end")
        }
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(throws: CSVTable.Problem.self) { _ = try CSVTable(bytes: [0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x0D, 0x0A]) }
    }

    @Test func undoesOnlyTheApostropheThePageAdds() {
        #expect(CSVTable.undefused("'=SOM(1;2)") == "=SOM(1;2)")
        #expect(CSVTable.undefused("'-- hoi") == "-- hoi")
        #expect(CSVTable.undefused("'t is goed") == "'t is goed")
    }

    @Test func aMegabyteOfQuotesIsReadInOnePass() throws {
        let cell = String(repeating: "\"\"", count: 200_000)
        let table = try CSVTable(bytes: Array((bom + "\"" + cell + "\"\r\n").utf8))
        #expect(table.rows[0][0].text.count == 200_000)
    }
}
