import SiteModel

/// A scale from a questionnaire's `scales:` ('nooit, soms, vaak, altijd'), shared by its scale
/// questions; `used` is set when a question refers to it, so unused scales can be reported.
struct NamedScale: Sendable {
    var name: String
    var steps: [QuestionnaireOption]
    var location: SourceLocation
    var used = false
}
