import Foundation

/// The named steps of a build, in order, so progress reads `[4/7] Rendering 42 pages  0.08 s` and an
/// error can say in which step it arose.
public enum BuildStep: Int, Sendable, CaseIterable, Comparable {
    case configure = 1
    case discover
    case parse
    case index
    case transform
    case render
    case write

    /// The verb shown in the report.
    public var title: String {
        switch self {
        case .configure: return "Configuring"
        case .discover: return "Discovering"
        case .parse: return "Parsing"
        case .index: return "Indexing"
        case .transform: return "Transforming"
        case .render: return "Rendering"
        case .write: return "Writing"
        }
    }

    public static func < (lhs: BuildStep, rhs: BuildStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How long one step took and what it handled.
public struct StepTiming: Sendable {
    public var step: BuildStep
    /// What was counted, e.g. '42 pages'.
    public var detail: String
    public var seconds: Double

    /// The report line, e.g. `[4/7] Rendering 42 pages  0.08 s`.
    public var line: String {
        let label = "[\(step.rawValue)/\(BuildStep.allCases.count)] \(step.title) \(detail)"
        let padded = label.count < 44 ? label + String(repeating: " ", count: 44 - label.count) : label + "  "
        return padded + String(format: "%.3f s", seconds)
    }
}
