@testable import AnswerReading
import Foundation
import Testing

@Suite struct LabelMatcherTests {
    @Test func labelsThatHoldTheSeparatorStillMatch() {
        let labels = ["A | B", "A", "B", "C"]
        #expect(LabelMatcher.match("A | B | C", labels: labels, separator: " | ", multiple: true) == [0, 3])
        #expect(LabelMatcher.match("A | C", labels: labels, separator: " | ", multiple: true) == [1, 3])
        #expect(LabelMatcher.match("C | A", labels: labels, separator: " | ", multiple: true) == nil, "the page writes options in order")
        #expect(LabelMatcher.match("A | B", labels: ["A", "B"], separator: " | ", multiple: false) == nil)
    }

    @Test func aHostileTextCostsLittle() {
        let labels = (0..<60).map { String(repeating: "a", count: $0 + 1) }
        let text = String(repeating: "a | ", count: 500) + "b"
        #expect(LabelMatcher.match(text, labels: labels, separator: " | ", multiple: true) == nil)
    }
}

@Suite struct JSONReaderTests {
    @Test func valuesKeepWhereTheyStart() throws {
        let root = try JSONReader.parse("{\n  \"a\": [1, \"é\\u00e9\\ud83d\\ude00\"],\n  \"b\": null\n}")
        #expect(root.value["a"]?.line == 2 && root.value["a"]?.column == 8)
        guard case .array(let items)? = root.value["a"]?.value else { Issue.record("no list"); return }
        #expect(items[1].value == .string("éé😀"))
    }

    @Test(arguments: ["{\"a\": 1, \"a\": 2}", "[1,]", "{'a': 1}", "\"\\ud800\"", "01", "[1] 2", "\"a\u{1}\"", "tru"])
    func refusesWhatIsNotStrictJSON(text: String) {
        #expect(throws: JSONReader.Problem.self) { _ = try JSONReader.parse(text) }
    }
}

@Suite struct MailTextTests {
    @Test func quotedPrintableSoftBreaksJoinAndKeepTheirFirstLine() throws {
        let message = "From: a@b\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Eerste =\r\nregel met =C3=A9\r\n   Antwoord: =3D1\r\n"
        let lines = try #require(MailText.lines(of: Array(message.utf8)))
        #expect(lines == [MailLine("Eerste regel met é", line: 6), MailLine("   Antwoord: =1", line: 8)])
    }

    @Test func flowedLinesJoinAndSpaceStuffingGoes() throws {
        let message = "From: a@b\r\nContent-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\r\n\r\n"
            + "Een lange regel \r\ndie doorloopt\r\n    Antwoord: ja\r\n-- \r\nnaam\r\n"
        let lines = try #require(MailText.lines(of: Array(message.utf8)))
        #expect(lines.map(\.text) == ["Een lange regeldie doorloopt", "   Antwoord: ja", "-- ", "naam"])
    }

    @Test func thePlainPartOfANestedMultipartIsFoundInWindows1252() throws {
        let message = "From: a@b\r\nContent-Type: multipart/mixed; boundary=\"buiten\"\r\n\r\n--buiten\r\n"
            + "Content-Type: multipart/alternative; boundary=binnen\r\n\r\n--binnen\r\nContent-Type: text/html\r\n\r\n<p>HTML</p>\r\n"
            + "--binnen\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n1 =96 oneens\r\n"
            + "--binnen--\r\n--buiten--\r\n"
        let lines = try #require(MailText.lines(of: Array(message.utf8)))
        #expect(lines.map(\.text) == ["1 \u{2013} oneens"])
    }

    /// What Outlook, Thunderbird and Gmail put in saved messages: folded header parameters, a
    /// preamble before the first part, a part without Content-Type (plain text by default), mixed-case
    /// parameter names, a charset followed by ';', an 8bit spelt '8-bit', an attachment before the text.
    @Test func readsTheWaysMailProgramsWriteMessages() throws {
        let outlook = "From: a@b\nMIME-Version: 1.0\nContent-Type: multipart/mixed;\n\tBoundary=\"----=_NextPart_000_01\"\n\n"
            + "This is a multi-part message in MIME format.\n\n------=_NextPart_000_01\nContent-Type: image/png;\n\tname=\"a.png\"\n"
            + "Content-Disposition: attachment\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n\n------=_NextPart_000_01\n"
            + "Content-Type: text/plain;\n\tcharset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\nFr=F6sche=20\n=20\n\n"
            + "------=_NextPart_000_01--\n"
        #expect(try #require(MailText.lines(of: Array(outlook.utf8))).map(\.text) == ["Fr\u{F6}sche ", " ", ""])
        let defaults = "Subject: x\nContent-Type: multipart/alternative; boundary=\"==_ALT\"\n\n--==_ALT\nContent-Transfer-Encoding: quoted-printable\n\n"
            + "Tekst=\n zonder kop\n\n--==_ALT\nContent-Type: text/html\n\n<p>HTML</p>\n--==_ALT--\n"
        #expect(try #require(MailText.lines(of: Array(defaults.utf8))).map(\.text) == ["Tekst zonder kop", ""])
        let base64 = "From: a@b\nContent-Type: text/plain; charset=utf-8;\nContent-Transfer-Encoding: base64\n\n"
            + Data("Vragenlijst: \u{E9}\r\n".utf8).base64EncodedString() + "\n"
        #expect(try #require(MailText.lines(of: Array(base64.utf8))).map(\.text) == ["Vragenlijst: \u{E9}"])
        let eightBit = "From: a@b\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8-bit\n\n\u{E9}\n"
        #expect(try #require(MailText.lines(of: Array(eightBit.utf8))).map(\.text) == ["\u{E9}"])
    }

    @Test func aTextThatStartsLikeAHeaderIsABody() throws {
        let lines = try #require(MailText.lines(of: Array("Vragenlijst: X\r\nInzending: y\r\n\r\nZ\r\n".utf8)))
        #expect(lines.count == 4 && lines[0].text == "Vragenlijst: X")
    }

    @Test func brokenBase64IsNoText() {
        let message = "From: a@b\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@@ not base64 @@@\r\n"
        #expect(MailText.lines(of: Array(message.utf8)) == nil)
    }
}
