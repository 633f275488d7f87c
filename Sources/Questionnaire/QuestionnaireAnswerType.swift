/// How a questionnaire question is answered.
public enum QuestionnaireAnswerType: String, Sendable, CaseIterable {
    /// One step of a named scale ('nooit, soms, vaak, altijd', or 1 to 5); radio buttons.
    case scale
    /// One of the question's own options; radio buttons.
    case single
    /// Any number of the question's own options; checkboxes.
    case multiple
    /// Free text; a text area. Never counts towards a score.
    case open
}
