import FrontMatter
import SiteModel

extension QuestionnaireLoader {
    /// Points an answer may give: plenty for any scale, and small enough that no sum of them overflows.
    static let pointLimit = -1000...1000

    /// Reads `scales:`, a set of named lists of steps.
    func readScales(_ reader: inout FrontMatterReader) -> [String: NamedScale] {
        guard let node = reader.node("scales"), !node.isNull else { return [:] }
        guard let entries = node.entries else {
            reader.report(.error(node.location, .scalesNotMapping(found: node.kindName), hint: .scalesNotMappingHint()))
            return [:]
        }
        var scales: [String: NamedScale] = [:]
        for entry in entries {
            if scales[entry.key] != nil {
                reader.report(.error(entry.keyLocation, .scaleTwice(entry.key), hint: .scaleTwiceHint()))
                continue
            }
            let steps = readOptions(entry.value, at: entry.keyLocation, what: .scale(entry.key), numbered: true, into: &reader) ?? []
            if !steps.isEmpty && steps.count < 2 {
                reader.report(.error(entry.keyLocation, .scaleOneStep(entry.key), hint: .scaleOneStepHint()))
            }
            scales[entry.key] = NamedScale(name: entry.key, steps: steps, location: entry.keyLocation)
        }
        return scales
    }

    /// Reads a list of options, each a text or `{label: ..., points: ...}`. Points are all or none;
    /// without points, `numbered` lists (scales) count 1, 2, 3 in order.
    func readOptions(_ node: FrontMatterNode?, at location: SourceLocation, what: Phrase, numbered: Bool,
                     into reader: inout FrontMatterReader) -> [QuestionnaireOption]? {
        guard let node, !node.isNull else { return nil }
        guard let items = node.items else {
            reader.report(.error(node.location, .optionsNotList(what, found: node.kindName), hint: .optionsHint()))
            return nil
        }
        if items.isEmpty {
            reader.report(.error(node.location, .optionsEmpty(what), hint: .optionsHint()))
            return nil
        }
        var options: [QuestionnaireOption] = []
        var labels: [String: SourceLocation] = [:]
        for (number, item) in items.enumerated() {
            var option: QuestionnaireOption?
            if let text = item.scalar, !item.isNull {
                option = QuestionnaireOption(label: text, points: nil, location: item.location)
                if text.trimmingWhitespaces().isEmpty {
                    reader.report(.error(item.location, .optionEmpty(number + 1, of: what), hint: .optionEmptyHint()))
                    option = nil
                }
            } else if item.entries != nil {
                var optionReader = FrontMatterReader(item, at: item.location, context: .answer(number + 1, of: what))
                let label = optionReader.string("label", required: true, example: "Soms")
                var points = optionReader.int("points")
                if let value = points, !Self.pointLimit.contains(value.value) {
                    optionReader.report(.error(value.location, .pointsOutOfRange(value.value),
                                               hint: .pointsOutOfRangeHint(lowest: Self.pointLimit.lowerBound, highest: Self.pointLimit.upperBound)))
                    points = nil
                }
                optionReader.warnUnknownKeys(allowed: Questionnaire.optionKeys)
                reader.absorb(optionReader)
                if let label { option = QuestionnaireOption(label: label.value, points: points?.value, location: label.location) }
            } else {
                reader.report(.error(item.location, .optionWrongShape(what, found: item.kindName), hint: .optionWrongShapeHint()))
            }
            guard let option else { continue }
            if let first = labels[option.label] {
                reader.report(.error(option.location, .optionTwice(what, label: option.label), hint: .optionTwiceHint(firstLine: first.line)))
            } else {
                labels[option.label] = option.location
            }
            options.append(option)
        }
        let withPoints = options.filter { $0.points != nil }
        if !withPoints.isEmpty && withPoints.count < options.count {
            let missing = options.first { $0.points == nil }!
            reader.report(.error(missing.location, .optionNoPoints(missing.label, of: what), hint: .optionNoPointsHint()))
        } else if withPoints.isEmpty && numbered {
            for index in options.indices { options[index].points = index + 1 }
        }
        return options
    }

    func readQuestion(_ item: inout FrontMatterReader, scales: inout [String: NamedScale], scaleNames: ScaleNames,
                      seen: inout [String: SourceLocation]) -> QuestionnaireQuestion? {
        let id = readID(&item, kind: "question", example: "regels-taal", seen: &seen)
        let type: QuestionnaireAnswerType? = item.choice("type", required: true, example: "scale", what: .questionType)
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
                    let hint: Message = scales.isEmpty ? .noScalesHint() : .scaleMissingHint(scaleNames.index.listed(atMost: 8))
                    let guess = scaleNames.index.closest(to: scaleName.value, budget: scaleNames.budget)
                    item.report(.error(scaleName.location, .scaleMissing(scaleName.value), hint: hint,
                                       fix: guess.map { Fix(replacing: scaleName.value, with: $0) }))
                    // The scale meant is not also reported as unused.
                    if let guess { scales[guess]?.used = true }
                }
            } else if item.isMapping {
                item.report(.error(item.location, .scaleQuestionNeedsScale(), hint: .scaleQuestionNeedsScaleHint()))
            }
            if let optionsNode { reportMisplaced("options", at: optionsNode.location, type: "scale", into: &item) }
        case .single?, .multiple?:
            options = readOptions(optionsNode, at: item.keyLocation("options"), what: .thisQuestion, numbered: false, into: &item) ?? []
            if optionsNode == nil || optionsNode!.isNull {
                item.report(.error(item.location, .choiceNeedsOptions(type!.rawValue), hint: .choiceNeedsOptionsHint()))
            } else if options.count == 1 {
                item.report(.error(item.keyLocation("options"), .choiceTooFewOptions(type!.rawValue), hint: .choiceTooFewOptionsHint()))
            }
            if let scaleName { reportMisplaced("scale", at: scaleName.location, type: type!.rawValue, into: &item) }
        case .open?:
            if let optionsNode { reportMisplaced("options", at: optionsNode.location, type: "open", into: &item) }
            if let scaleName { reportMisplaced("scale", at: scaleName.location, type: "open", into: &item) }
        case nil:
            // The type is wrong, not the scale: it is not also reported as unused.
            if let scaleName { scales[scaleName.value]?.used = true }
        }
        let summary = readSummary(&item, type: type, options: options)
        item.warnUnknownKeys(allowed: Questionnaire.questionKeys)
        guard let id, let type, let text else { return nil }
        return QuestionnaireQuestion(id: id.value, type: type, text: text.value, textLocation: text.location,
                                     help: help?.value, helpLocation: help?.location, scaleName: scaleName?.value,
                                     options: options, summary: summary, location: item.location)
    }

    private func reportMisplaced(_ key: String, at location: SourceLocation, type: String, into item: inout FrontMatterReader) {
        item.report(.error(location, .misplacedKey(type: type, key: key),
                           hint: key == "scale" ? .misplacedScaleHint() : .misplacedOptionsHint()))
    }
}
