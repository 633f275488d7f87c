/// Reads the JSON download of a vragenlijst (`{"vragenlijst", "inzending", "versie", "titel",
/// "themas": [{"id", "vragen": [{"id", "soort", "antwoord"}]}]}`) or of a quiz (`{"toets", ...,
/// "vragen": [...]}`), checking every id, kind and answer against the form.
struct JSONExportReader {
    let form: AnswerForm
    let file: String

    private var reader: ExportReader { ExportReader(form: form) }

    func read(_ bytes: [UInt8]) -> Result<Submission, Rejection> {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(Rejection(.broken, file: file, line: 1, column: 1, "the file is not UTF-8 text",
                                      hint: "give kennisbank resultaten the file as the page downloaded it"))
        }
        let root: JSONValue.Located
        do {
            root = try JSONReader.parse(text)
        } catch {
            return .failure(Rejection(.broken, file: file, line: error.line, column: error.column, "the file is not valid JSON: \(error.message)",
                                      hint: "the file is cut short or was edited; ask the participant to download it again"))
        }
        do {
            return .success(try submission(root))
        } catch {
            return .failure(error)
        }
    }

    private func reject(_ reason: Rejection.Reason, _ at: JSONValue.Located, _ message: String, hint: String) -> Rejection {
        Rejection(reason, file: file, line: at.line, column: at.column, message, hint: hint)
    }

    private func submission(_ root: JSONValue.Located) throws(Rejection) -> Submission {
        guard case .object = root.value else {
            throw reject(.notAnExport, root, "the file is \(root.value.kindName), not an export of the page",
                         hint: "the page's JSON download is an object with 'vragenlijst' or 'toets'")
        }
        let key = form.kind == .vragenlijst ? "vragenlijst" : "toets"
        let otherKey = form.kind == .vragenlijst ? "toets" : "vragenlijst"
        guard let name = root.value[key] else {
            if let other = root.value[otherKey], case .string(let slug) = other.value {
                throw reject(.otherForm, other, "these are the answers of \(otherKey == "toets" ? "quiz" : "vragenlijst") '\(slug)', not of \(reader.formName)",
                             hint: "give kennisbank resultaten only the answers of \(reader.formName)")
            }
            throw reject(.notAnExport, root, "the file has no '\(key)', so it is not an export of \(reader.formName)",
                         hint: "give kennisbank resultaten the JSON files the page downloads")
        }
        guard case .string(let slug) = name.value else {
            throw reject(.changed, name, "'\(key)' must be a text, found \(name.value.kindName)", hint: "the file was edited; use the file as the page downloaded it")
        }
        guard slug == form.slug else {
            throw reject(.otherForm, name, "these are the answers of \(form.kind == .vragenlijst ? "vragenlijst" : "quiz") '\(slug)', not of \(reader.formName)",
                         hint: "give kennisbank resultaten only the answers of \(reader.formName)")
        }
        var result = Submission(answers: [:], file: file)
        var seen: Set<String> = []
        try readID(root.value, into: &result)
        if form.kind == .toets {
            try readQuestions(root.value["vragen"], theme: nil, parent: root, seen: &seen, into: &result)
            return result
        }
        guard let themes = root.value["themas"], case .array(let items) = themes.value else {
            throw reject(.changed, root.value["themas"] ?? root, "'themas' must be a list of themes", hint: "the file was edited or cut; use the file as the page downloaded it")
        }
        for item in items {
            guard let id = item.value["id"], case .string(let themeID) = id.value else {
                throw reject(.changed, item, "a theme without 'id'", hint: "the file was edited; use the file as the page downloaded it")
            }
            guard let theme = form.themes.first(where: { $0.id == themeID }) else {
                throw reject(.unknownAnswer, id, "theme '\(themeID)' is not in \(reader.formName)", hint: reader.unknownQuestionHint(themeID))
            }
            try readQuestions(item.value["vragen"], theme: theme, parent: item, seen: &seen, into: &result)
        }
        return result
    }

    private func readID(_ root: JSONValue, into result: inout Submission) throws(Rejection) {
        let hint = "the file was edited; use the file as the page downloaded it"
        if let id = root["inzending"] {
            guard case .string(let text) = id.value, SubmissionID.isValid(text) else {
                throw reject(.changed, id, "'inzending' is not a code the page makes (16 letters a-f and digits)", hint: hint)
            }
            result.id = text
            guard let version = root["versie"], case .number(_, let number) = version.value, let value = SubmissionID.version(number) else {
                throw reject(.changed, root["versie"] ?? id, "'versie' must be a whole number from 1 next to 'inzending'", hint: hint)
            }
            result.version = value
        } else if let version = root["versie"] {
            throw reject(.changed, version, "'versie' without 'inzending'", hint: hint)
        }
    }

    private func readQuestions(_ node: JSONValue.Located?, theme: AnswerTheme?, parent: JSONValue.Located,
                               seen: inout Set<String>, into result: inout Submission) throws(Rejection) {
        guard let node, case .array(let items) = node.value else {
            throw reject(.changed, node ?? parent, "'vragen' must be a list of questions", hint: "the file was edited or cut; use the file as the page downloaded it")
        }
        let questions = theme?.questions ?? form.questions
        for item in items {
            guard let id = item.value["id"], case .string(let questionID) = id.value else {
                throw reject(.changed, item, "a question without 'id'", hint: "the file was edited; use the file as the page downloaded it")
            }
            guard let question = questions.first(where: { $0.id == questionID }) else {
                if let theme, let elsewhere = form.theme(holding: questionID) {
                    throw reject(.unknownAnswer, id, "question '\(questionID)' belongs to theme '\(elsewhere.id)', not '\(theme.id)'",
                                 hint: "the file is from another version of \(reader.formName)")
                }
                throw reject(.unknownAnswer, id, "question '\(questionID)' is not in \(reader.formName)", hint: reader.unknownQuestionHint(questionID))
            }
            guard seen.insert(questionID).inserted else {
                throw reject(.changed, id, "question '\(questionID)' appears twice", hint: "the file was edited; use the file as the page downloaded it")
            }
            if let kind = item.value["soort"], kind.value != .string(question.kind.rawValue) {
                throw reject(.unknownAnswer, kind, "question '\(questionID)' is a '\(question.kind.rawValue)' question, the file says \(kind.value.kindName == "a text" ? "'\(Self.text(kind.value))'" : kind.value.kindName)",
                             hint: "the file is from another version of \(reader.formName)")
            }
            let answer = item.value["antwoord"] ?? JSONValue.Located(value: .null, line: item.line, column: item.column)
            if let parsed = try decode(answer, question: question), !parsed.isEmpty { result.answers[questionID] = parsed }
        }
    }

    private static func text(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return ""
    }

    private func decode(_ node: JSONValue.Located, question: AnswerQuestion) throws(Rejection) -> Answer? {
        switch (question.kind, node.value) {
        case (_, .null):
            return nil
        case (.open, .string(let text)):
            return .text(text)
        case (_, .array(let items)) where question.kind == .multiple || form.kind == .toets:
            var chosen: [Int] = []
            for item in items {
                guard case .string(let label) = item.value else {
                    throw reject(.changed, item, "an answer to question '\(question.id)' is \(item.value.kindName), not a text", hint: "the file was edited; use the file as the page downloaded it")
                }
                guard let position = question.options.firstIndex(where: { $0.text == label }) else {
                    throw reject(.unknownAnswer, item, "question '\(question.id)' has no answer '\(label)'", hint: ExportReader.answerHint(question))
                }
                if chosen.contains(position) {
                    throw reject(.changed, item, "the answer '\(label)' to question '\(question.id)' appears twice", hint: "the file was edited; use the file as the page downloaded it")
                }
                chosen.append(position)
            }
            if !question.kind.isMultiple && chosen.count > 1 {
                throw reject(.changed, node, "question '\(question.id)' has one answer, the file gives \(chosen.count)", hint: "the file was edited; use the file as the page downloaded it")
            }
            return .choices(chosen.sorted())
        case (.single, .string(let label)), (.scale, .string(let label)):
            guard let position = question.options.firstIndex(where: { $0.text == label }) else {
                throw reject(.unknownAnswer, node, "question '\(question.id)' has no answer '\(label)'", hint: ExportReader.answerHint(question))
            }
            return .choices([position])
        default:
            let want = question.kind == .open || (form.kind == .vragenlijst && question.kind != .multiple) ? "a text or null" : "a list of texts"
            throw reject(.changed, node, "the answer to question '\(question.id)' must be \(want), found \(node.value.kindName)",
                         hint: "the file was edited; use the file as the page downloaded it")
        }
    }
}
