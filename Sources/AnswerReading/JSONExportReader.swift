import SiteModel

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
            return .failure(Rejection(.broken, file: file, line: 1, column: 1, .answersNotUTF8(), hint: .answersAsDownloadedHint()))
        }
        let root: JSONValue.Located
        do {
            root = try JSONReader.parse(text)
        } catch {
            return .failure(Rejection(.broken, file: file, line: error.line, column: error.column, .answersNotJSON(error.message),
                                      hint: .answersDownloadAgainHint()))
        }
        do {
            return .success(try submission(root))
        } catch {
            return .failure(error)
        }
    }

    private func reject(_ reason: Rejection.Reason, _ at: JSONValue.Located, _ message: Message, hint: Message) -> Rejection {
        Rejection(reason, file: file, line: at.line, column: at.column, message, hint: hint)
    }

    private func submission(_ root: JSONValue.Located) throws(Rejection) -> Submission {
        guard case .object = root.value else {
            throw reject(.notAnExport, root, .answersNotAnObject(found: root.value.kindName), hint: .answersJSONShapeHint())
        }
        let key = form.kind == .vragenlijst ? "vragenlijst" : "toets"
        let otherKey = form.kind == .vragenlijst ? "toets" : "vragenlijst"
        guard let name = root.value[key] else {
            if let other = root.value[otherKey], case .string(let slug) = other.value {
                throw reject(.otherForm, other, .answersOtherForm(.answerForm(quiz: otherKey == "toets", slug), form: reader.formName),
                             hint: .answersOnlyOfFormHint(reader.formName))
            }
            throw reject(.notAnExport, root, .answersNoKey(key, form: reader.formName), hint: .answersJSONFilesHint())
        }
        guard case .string(let slug) = name.value else {
            throw reject(.changed, name, .answersKeyNotText(key, found: name.value.kindName), hint: .answersEditedHint())
        }
        guard slug == form.slug else {
            throw reject(.otherForm, name, .answersOtherForm(.answerForm(quiz: form.kind == .toets, slug), form: reader.formName),
                         hint: .answersOnlyOfFormHint(reader.formName))
        }
        var result = Submission(answers: [:], file: file)
        var seen: Set<String> = []
        try readID(root.value, into: &result)
        if form.kind == .toets {
            try readQuestions(root.value["vragen"], theme: nil, parent: root, seen: &seen, into: &result)
            return result
        }
        guard let themes = root.value["themas"], case .array(let items) = themes.value else {
            throw reject(.changed, root.value["themas"] ?? root, .answersThemesNotList(), hint: .answersEditedOrCutHint())
        }
        for item in items {
            guard let id = item.value["id"], case .string(let themeID) = id.value else {
                throw reject(.changed, item, .answersThemeNoID(), hint: .answersEditedHint())
            }
            guard let theme = form.themes.first(where: { $0.id == themeID }) else {
                throw reject(.unknownAnswer, id, .answersUnknownTheme(themeID, form: reader.formName), hint: reader.unknownQuestionHint(themeID))
            }
            try readQuestions(item.value["vragen"], theme: theme, parent: item, seen: &seen, into: &result)
        }
        return result
    }

    private func readID(_ root: JSONValue, into result: inout Submission) throws(Rejection) {
        let hint = Message.answersEditedHint()
        if let id = root["inzending"] {
            guard case .string(let text) = id.value, SubmissionID.isValid(text) else {
                throw reject(.changed, id, .answersBadSubmissionID(), hint: hint)
            }
            result.id = text
            guard let version = root["versie"], case .number(_, let number) = version.value, let value = SubmissionID.version(number) else {
                throw reject(.changed, root["versie"] ?? id, .answersVersionNextToID(), hint: hint)
            }
            result.version = value
        } else if let version = root["versie"] {
            throw reject(.changed, version, .answersVersionWithoutID(), hint: hint)
        }
    }

    private func readQuestions(_ node: JSONValue.Located?, theme: AnswerTheme?, parent: JSONValue.Located,
                               seen: inout Set<String>, into result: inout Submission) throws(Rejection) {
        guard let node, case .array(let items) = node.value else {
            throw reject(.changed, node ?? parent, .answersQuestionsNotList(), hint: .answersEditedOrCutHint())
        }
        let questions = theme?.questions ?? form.questions
        for item in items {
            guard let id = item.value["id"], case .string(let questionID) = id.value else {
                throw reject(.changed, item, .answersQuestionNoID(), hint: .answersEditedHint())
            }
            guard let question = questions.first(where: { $0.id == questionID }) else {
                if let theme, let elsewhere = form.theme(holding: questionID) {
                    throw reject(.unknownAnswer, id, .answersQuestionInOtherTheme(questionID, theme: elsewhere.id, found: theme.id),
                                 hint: .answersOtherVersionHint(reader.formName))
                }
                throw reject(.unknownAnswer, id, .answersUnknownQuestion(questionID, form: reader.formName), hint: reader.unknownQuestionHint(questionID))
            }
            guard seen.insert(questionID).inserted else {
                throw reject(.changed, id, .answersQuestionTwice(questionID), hint: .answersEditedHint())
            }
            if let kind = item.value["soort"], kind.value != .string(question.kind.rawValue) {
                throw reject(.unknownAnswer, kind, .answersWrongKind(questionID, kind: question.kind.rawValue, found: Self.shown(kind.value)),
                             hint: .answersOtherVersionHint(reader.formName))
            }
            let answer = item.value["antwoord"] ?? JSONValue.Located(value: .null, line: item.line, column: item.column)
            if let parsed = try decode(answer, question: question), !parsed.isEmpty { result.answers[questionID] = parsed }
        }
    }

    /// A value as a message names it: a text quoted, anything else by its kind.
    private static func shown(_ value: JSONValue) -> Phrase {
        if case .string(let text) = value { return .quoted(text) }
        return value.kindName
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
                    throw reject(.changed, item, .answersAnswerNotText(question.id, found: item.value.kindName), hint: .answersEditedHint())
                }
                guard let position = question.options.firstIndex(where: { $0.text == label }) else {
                    throw reject(.unknownAnswer, item, .answersNoSuchAnswer(question.id, answer: label), hint: ExportReader.answerHint(question))
                }
                if chosen.contains(position) {
                    throw reject(.changed, item, .answersAnswerTwice(label, question: question.id), hint: .answersEditedHint())
                }
                chosen.append(position)
            }
            if !question.kind.isMultiple && chosen.count > 1 {
                throw reject(.changed, node, .answersTooManyChosen(question.id, count: chosen.count), hint: .answersEditedHint())
            }
            return .choices(chosen.sorted())
        case (.single, .string(let label)), (.scale, .string(let label)):
            guard let position = question.options.firstIndex(where: { $0.text == label }) else {
                throw reject(.unknownAnswer, node, .answersNoSuchAnswer(question.id, answer: label), hint: ExportReader.answerHint(question))
            }
            return .choices([position])
        default:
            let want: Phrase = question.kind == .open || (form.kind == .vragenlijst && question.kind != .multiple) ? .textOrNull : .listOfTexts
            throw reject(.changed, node, .answersWrongShape(question.id, wanted: want, found: node.value.kindName), hint: .answersEditedHint())
        }
    }
}
