import FrontMatter
import SiteModel

extension QuestionnaireLoader {
    /// Points an answer may give: plenty for any scale, and small enough that no sum of them overflows.
    static let pointLimit = -1000...1000

    /// Reads `scales:`, a set of named lists of steps.
    func readScales(_ reader: inout FrontMatterReader) -> [String: NamedScale] {
        guard let node = reader.node("scales"), !node.isNull else { return [:] }
        guard let entries = node.entries else {
            reader.report(.error(node.location, "'scales' must be a set of named scales, found \(node.kindName)",
                                 hint: "write a name on its own line ('  frequentie:') and its steps below it ('    - Nooit')"))
            return [:]
        }
        var scales: [String: NamedScale] = [:]
        for entry in entries {
            if scales[entry.key] != nil {
                reader.report(.error(entry.keyLocation, "scale '\(entry.key)' is defined twice",
                                     hint: "give every scale its own name"))
                continue
            }
            let steps = readOptions(entry.value, at: entry.keyLocation, what: "scale '\(entry.key)'", numbered: true, into: &reader) ?? []
            if !steps.isEmpty && steps.count < 2 {
                reader.report(.error(entry.keyLocation, "scale '\(entry.key)' has only one step",
                                     hint: "a scale needs at least two steps, e.g. 'Nooit' and 'Altijd'"))
            }
            scales[entry.key] = NamedScale(name: entry.key, steps: steps, location: entry.keyLocation)
        }
        return scales
    }

    /// Reads a list of options, each a text or `{label: ..., points: ...}`. Points are all or none;
    /// without points, `numbered` lists (scales) count 1, 2, 3 in order.
    func readOptions(_ node: FrontMatterNode?, at location: SourceLocation, what: String, numbered: Bool,
                     into reader: inout FrontMatterReader) -> [QuestionnaireOption]? {
        guard let node, !node.isNull else { return nil }
        guard let items = node.items else {
            reader.report(.error(node.location, "\(what) must be a list, found \(node.kindName)",
                                 hint: "write each answer on its own line starting with '  - '"))
            return nil
        }
        if items.isEmpty {
            reader.report(.error(node.location, "\(what) has no answers", hint: "write each answer on its own line starting with '  - '"))
            return nil
        }
        var options: [QuestionnaireOption] = []
        var labels: [String: SourceLocation] = [:]
        for (number, item) in items.enumerated() {
            var option: QuestionnaireOption?
            if let text = item.scalar, !item.isNull {
                option = QuestionnaireOption(label: text, points: nil, location: item.location)
                if text.trimmingWhitespaces().isEmpty {
                    reader.report(.error(item.location, "answer \(number + 1) of \(what) is empty", hint: "write the answer's text"))
                    option = nil
                }
            } else if item.entries != nil {
                var optionReader = FrontMatterReader(item, at: item.location, context: "answer \(number + 1) of \(what)")
                let label = optionReader.string("label", required: true, example: "Soms")
                var points = optionReader.int("points")
                if let value = points, !Self.pointLimit.contains(value.value) {
                    optionReader.report(.error(value.location, "points \(value.value) are out of range",
                                               hint: "use whole numbers from \(Self.pointLimit.lowerBound) to \(Self.pointLimit.upperBound)"))
                    points = nil
                }
                optionReader.warnUnknownKeys(allowed: Questionnaire.optionKeys)
                reader.absorb(optionReader)
                if let label { option = QuestionnaireOption(label: label.value, points: points?.value, location: label.location) }
            } else {
                reader.report(.error(item.location, "each answer of \(what) must be a text or 'label: ...', found \(item.kindName)",
                                     hint: "write '  - Soms', or '  - {label: Soms, points: 1}' when the answer gives points"))
            }
            guard let option else { continue }
            if let first = labels[option.label] {
                reader.report(.error(option.location, "\(what) has the answer '\(option.label)' twice",
                                     hint: "give every answer its own text; the first is at line \(first.line)"))
            } else {
                labels[option.label] = option.location
            }
            options.append(option)
        }
        let withPoints = options.filter { $0.points != nil }
        if !withPoints.isEmpty && withPoints.count < options.count {
            let missing = options.first { $0.points == nil }!
            reader.report(.error(missing.location, "answer '\(missing.label)' of \(what) has no points, but other answers do",
                                 hint: "give every answer 'points: ...', or none"))
        } else if withPoints.isEmpty && numbered {
            for index in options.indices { options[index].points = index + 1 }
        }
        return options
    }

    func readQuestion(_ item: inout FrontMatterReader, scales: inout [String: NamedScale], scaleNames: ScaleNames,
                      seen: inout [String: SourceLocation]) -> QuestionnaireQuestion? {
        let id = readID(&item, kind: "question", example: "regels-taal", seen: &seen)
        let type: QuestionnaireAnswerType? = item.choice("type", required: true, example: "scale", what: "question type")
        let text = item.string("text", required: true, example: "We bespreken signalen van discriminatie in het team.")
        let help = item.string("help")
        let scaleName = item.string("scale")
        var options: [QuestionnaireOption] = []
        let optionsNode = item.node("options")
        switch type {
        case .scale?:
            if let scaleName {
                if let scale = scales[scaleName.value] {
                    options = scale.steps
                    scales[scaleName.value]?.used = true
                } else {
                    var hint = scales.isEmpty ? "define the scale under 'scales:' at the top of the front matter"
                                              : "use one of the scales: " + scaleNames.index.listed(atMost: 8)
                    if let guess = scaleNames.index.closest(to: scaleName.value, budget: scaleNames.budget) { hint = "did you mean '\(guess)'? " + hint }
                    item.report(.error(scaleName.location, "scale '\(scaleName.value)' does not exist", hint: hint))
                }
            } else if item.isMapping {
                item.report(.error(item.location, "a 'scale' question needs 'scale:'",
                                   hint: "name one of the scales under 'scales:', e.g. 'scale: frequentie'"))
            }
            if let optionsNode { reportMisplaced("options", at: optionsNode.location, type: "scale", into: &item) }
        case .single?, .multiple?:
            options = readOptions(optionsNode, at: item.keyLocation("options"), what: "this question", numbered: false, into: &item) ?? []
            if optionsNode == nil || optionsNode!.isNull {
                item.report(.error(item.location, "a '\(type!.rawValue)' question needs 'options:'",
                                   hint: "list the answers under 'options:', each on its own line starting with '  - '"))
            } else if options.count == 1 {
                item.report(.error(item.keyLocation("options"), "a '\(type!.rawValue)' question needs at least two options",
                                   hint: "add another option"))
            }
            if let scaleName { reportMisplaced("scale", at: scaleName.location, type: type!.rawValue, into: &item) }
        case .open?:
            if let optionsNode { reportMisplaced("options", at: optionsNode.location, type: "open", into: &item) }
            if let scaleName { reportMisplaced("scale", at: scaleName.location, type: "open", into: &item) }
        case nil:
            break
        }
        let summary = readSummary(&item, type: type, options: options)
        item.warnUnknownKeys(allowed: Questionnaire.questionKeys)
        guard let id, let type, let text else { return nil }
        return QuestionnaireQuestion(id: id.value, type: type, text: text.value, textLocation: text.location,
                                     help: help?.value, helpLocation: help?.location, scaleName: scaleName?.value,
                                     options: options, summary: summary, location: item.location)
    }

    private func reportMisplaced(_ key: String, at location: SourceLocation, type: String, into item: inout FrontMatterReader) {
        let use = key == "scale" ? "'scale' is only for questions with 'type: scale'" : "'options' is only for 'single' and 'multiple' questions"
        let article = type == "open" ? "an" : "a"
        item.report(.error(location, "\(article) '\(type)' question has no '\(key)'", hint: "remove it; \(use)"))
    }
}
