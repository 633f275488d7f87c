import SiteModel

/// Reads the text of a mailed answer: what the page's 'Mail je antwoorden' link puts in a new
/// message ('Vragenlijst: ...', 'Inzending: ...', then per theme its title and per question
/// 'N. question' with '   Antwoord: ...', or 'N. answer' when the page left the questions out to
/// fit the link), as a `.txt` or a saved `.eml` (`MailText`). Text a participant or mail program
/// adds before the first line or after 'Einde van de antwoorden.' is ignored. A mail the page cut
/// short to fit a mail link counts with the answers it has.
struct MailExportReader {
    let form: AnswerForm
    let file: String

    static let titlePrefix = "Vragenlijst: "
    static let idPrefix = "Inzending: "
    static let endLine = "Einde van de antwoorden."
    static let cutNote = "Lange antwoorden zijn ingekort."
    static let compactNote = "De nummers zijn die van de vragen in de vragenlijst."
    static let truncatedNote = "(Ingekort."
    static let unanswered = "(niet beantwoord)"

    private var reader: ExportReader { ExportReader(form: form) }

    func read(_ bytes: [UInt8]) -> Result<Submission, Rejection> {
        guard form.kind == .vragenlijst else {
            return .failure(Rejection(.notAnExport, file: file, .mailQuiz(reader.formName), hint: .mailQuizHint()))
        }
        guard let lines = MailText.lines(of: bytes) else {
            return .failure(Rejection(.broken, file: file, .mailUndecodable(), hint: .mailUndecodableHint()))
        }
        do {
            return .success(try submission(lines))
        } catch {
            return .failure(error)
        }
    }

    private func reject(_ reason: Rejection.Reason, _ line: MailLine?, _ message: Message, hint: Message) -> Rejection {
        Rejection(reason, file: file, line: line?.line ?? 0, column: line == nil ? 0 : 1, message, hint: hint)
    }

    private static func stripped(_ text: String) -> String { text.trimmingWhitespaces() }

    private func submission(_ lines: [MailLine]) throws(Rejection) -> Submission {
        guard let start = lines.firstIndex(where: { Self.stripped($0.text).hasPrefix(Self.titlePrefix) }) else {
            throw reject(.notAnExport, nil, .mailNoTitle(), hint: .mailNoTitleHint())
        }
        let title = String(Self.stripped(lines[start].text).dropFirst(Self.titlePrefix.count))
        guard title == Self.stripped(form.title) else {
            throw reject(.otherForm, lines[start], .mailOtherForm(title, form: form.title), hint: .answersOnlyOfFormHint(reader.formName))
        }
        var result = Submission(answers: [:], file: file)
        var cut = false, compact = false
        var index = start + 1
        let edited = Message.mailEditedHint()
        while index < lines.count, !Self.stripped(lines[index].text).isEmpty {
            let text = Self.stripped(lines[index].text)
            if text.hasPrefix(Self.idPrefix) {
                let parts = text.dropFirst(Self.idPrefix.count).split(separator: " ")
                guard parts.count == 3, SubmissionID.isValid(String(parts[0])), parts[1] == "(versie",
                      parts[2].hasSuffix(")"), let version = SubmissionID.version(String(parts[2].dropLast())) else {
                    throw reject(.changed, lines[index], .mailIDLine(), hint: edited)
                }
                result.id = String(parts[0])
                result.version = version
            } else if text.hasPrefix(Self.cutNote) {
                cut = true
            } else if text == Self.compactNote {
                compact = true
            }
            index += 1
        }
        var end = lines.count
        var truncated = false
        if let last = lines[index...].firstIndex(where: { Self.stripped($0.text) == Self.endLine }) {
            end = last
        } else if let note = lines[index...].firstIndex(where: { Self.stripped($0.text).hasPrefix(Self.truncatedNote) }) {
            end = note
            truncated = true
        }
        let body = Array(lines[index..<end])
        var cursor = 0
        let themes = form.themes
        func skipBlank() { while cursor < body.count && Self.stripped(body[cursor].text).isEmpty { cursor += 1 } }
        for (themeIndex, theme) in themes.enumerated() {
            skipBlank()
            if cursor >= body.count {
                if truncated { result.missing += themes[themeIndex...].flatMap { $0.questions.map(\.id) }; break }
                throw reject(.broken, lines.last, .mailEndsBeforeTheme(theme.title), hint: .mailCutShortHint())
            }
            guard Self.stripped(body[cursor].text) == Self.stripped(theme.title) else {
                throw reject(.unknownAnswer, body[cursor], .mailExpectedTheme(theme.title, found: String(Self.stripped(body[cursor].text).prefix(60))),
                             hint: .mailOtherVersionHint(reader.formName))
            }
            cursor += 1
            let nextTitle = themeIndex + 1 < themes.count ? Self.stripped(themes[themeIndex + 1].title) : nil
            for (questionIndex, question) in theme.questions.enumerated() {
                let isLastInTheme = questionIndex == theme.questions.count - 1
                if cursor >= body.count || (truncated && !Self.stripped(body[cursor].text).hasPrefix("\(question.number). ")) {
                    if truncated {
                        result.missing += theme.questions[questionIndex...].map(\.id) + themes[(themeIndex + 1)...].flatMap { $0.questions.map(\.id) }
                        result.shortened = true
                        return finish(result)
                    }
                    throw reject(.broken, body.last ?? lines[start], .mailEndsBeforeQuestion(question.number),
                                 hint: .mailCutShortHint())
                }
                let marker = "\(question.number). "
                let line = body[cursor]
                let text = Self.stripped(line.text)
                guard text.hasPrefix(marker) || text == "\(question.number)." else {
                    throw reject(.unknownAnswer, line, .mailExpectedQuestion(question.number, marker: marker, found: String(text.prefix(60))),
                                 hint: .mailOtherVersionHint(reader.formName))
                }
                var first: String
                cursor += 1
                if compact {
                    first = String(text.dropFirst(min(marker.count, text.count)))
                } else {
                    guard cursor < body.count, Self.stripped(body[cursor].text).hasPrefix("Antwoord:") else {
                        if truncated { result.missing.append(question.id); result.shortened = true; continue }
                        throw reject(.changed, cursor < body.count ? body[cursor] : line, .mailNoAnswerLine(question.number), hint: edited)
                    }
                    first = String(Self.stripped(body[cursor].text).dropFirst("Antwoord:".count))
                    if first.hasPrefix(" ") { first.removeFirst() }
                    cursor += 1
                }
                var parts = [first]
                while cursor < body.count && !isBoundary(body, cursor, after: question, lastInTheme: isLastInTheme, scored: theme.isScored,
                                                         nextTitle: nextTitle, hasEnd: end < lines.count, compact: compact) {
                    parts.append(body[cursor].text)
                    cursor += 1
                }
                while parts.count > 1 && Self.stripped(parts.last!).isEmpty { parts.removeLast() }
                try take(parts.joined(separator: "\n"), for: question, at: line, cut: cut, into: &result)
            }
            if theme.isScored, cursor < body.count, Self.stripped(body[cursor].text).hasPrefix("Uitkomst:") { cursor += 1 }
        }
        if truncated { result.shortened = true }
        return finish(result)
    }

    private func finish(_ result: Submission) -> Submission {
        var result = result
        for id in result.missing { result.answers[id] = nil }
        return result
    }

    /// Whether the line at `index` ends the answer to `question`: the next question's line, the
    /// theme's outcome, or a blank line before the next theme (the last theme: any blank line when
    /// the mail has no end line, as older pages wrote it).
    private func isBoundary(_ body: [MailLine], _ index: Int, after question: AnswerQuestion, lastInTheme: Bool, scored: Bool,
                            nextTitle: String?, hasEnd: Bool, compact: Bool) -> Bool {
        let text = Self.stripped(body[index].text)
        if !lastInTheme {
            guard text.hasPrefix("\(question.number + 1). ") || text == "\(question.number + 1)." else { return false }
            return compact || (index + 1 < body.count && Self.stripped(body[index + 1].text).hasPrefix("Antwoord:"))
        }
        if scored && text.hasPrefix("Uitkomst:") { return true }
        guard text.isEmpty else { return false }
        guard let nextTitle else { return !hasEnd || body[index...].allSatisfy { Self.stripped($0.text).isEmpty } }
        let next = body[index...].first { !Self.stripped($0.text).isEmpty }
        return next.map { Self.stripped($0.text) == nextTitle } ?? true
    }

    private func take(_ text: String, for question: AnswerQuestion, at line: MailLine, cut: Bool, into result: inout Submission) throws(Rejection) {
        if Self.stripped(text) == Self.unanswered || text.isEmpty { return }
        if question.kind == .open {
            result.answers[question.id] = .text(text)
            if cut && text.hasSuffix("\u{2026}") { result.shortened = true }
            return
        }
        if let chosen = ExportReader.choices(Self.stripped(text), of: question, separator: "; ") {
            if !chosen.isEmpty { result.answers[question.id] = .choices(chosen) }
            return
        }
        if cut && text.hasSuffix("\u{2026}") {
            result.missing.append(question.id)
            result.shortened = true
            return
        }
        throw reject(.unknownAnswer, line, .mailNoSuchAnswer(question.number, id: question.id, answer: String(Self.stripped(text).prefix(80))),
                     hint: ExportReader.answerHint(question))
    }
}
