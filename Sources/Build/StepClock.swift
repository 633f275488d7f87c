import Dispatch
import SiteModel

/// Measures steps and reports them as they finish.
struct StepClock {
    let progress: (StepTiming) -> Void
    private var start = DispatchTime.now()
    /// The site's language, known once the config is read.
    var language: Language = .dutch

    init(progress: @escaping (StepTiming) -> Void) { self.progress = progress }

    mutating func finish(_ step: BuildStep, _ detail: Message, into result: inout BuildResult) {
        let now = DispatchTime.now()
        let timing = StepTiming(step: step, detail: detail, seconds: Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
                                language: language)
        result.timings.append(timing)
        progress(timing)
        start = now
    }
}
