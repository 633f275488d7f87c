import Foundation
import SiteModel

/// The named steps of a build, in order, so progress reads `[4/7] Indexeren: ...  0.08 s`.
/// Diagnostics do not carry their step: a trainer needs the file and line, not the engine's
/// stage, and the same mistake can be found by more than one step.
public enum BuildStep: Int, Sendable, CaseIterable, Comparable {
    case configure = 1
    case discover
    case parse
    case index
    case transform
    case render
    case write

    /// The step's short name for a terminal line of timings ('index 3'), in `language`.
    public func name(_ language: Language) -> String {
        let names: [(String, String)] = [("configure", "instellingen"), ("discover", "zoeken"), ("parse", "lezen"),
                                         ("index", "indexeren"), ("transform", "verwerken"), ("render", "opmaken"), ("write", "schrijven")]
        let name = names[rawValue - 1]
        return language == .dutch ? name.1 : name.0
    }

    public static func < (lhs: BuildStep, rhs: BuildStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How long one step took and what it handled.
public struct StepTiming: Sendable {
    public var step: BuildStep
    /// What was done, e.g. 'Indexeren: 42 adressen, ...'.
    public var detail: Message
    public var seconds: Double
    /// The language of the site being built, for `line`.
    public var language: Language

    /// The report line, e.g. `[4/7] Indexeren: 42 adressen ...  0.080 s`.
    public var line: String {
        let label = "[\(step.rawValue)/\(BuildStep.allCases.count)] \(detail.text(language))"
        let padded = label.count < 44 ? label + String(repeating: " ", count: 44 - label.count) : label + "  "
        return padded + String(format: "%.3f s", seconds)
    }
}
