/// How many 'did you mean' look-ups the mistakes of one file may still make. A look-up measures
/// every candidate of similar length, and in a large site thousands of paths are of similar length:
/// a 900 KB page with 35,000 different broken links into a 10,000-page site took 10 s. Past the
/// budget, mistakes are still reported, without a suggestion; a look-up counts whether or not its
/// answer was remembered, so which mistakes get one does not depend on the order of the tasks.
/// Used by one task at a time.
///
/// Unchecked `Sendable`: a budget belongs to one file's work, and that work runs in one task (the parallel steps
/// hand each task its own files), so its counter is never touched by two threads at once.
public final class SuggestionBudget: @unchecked Sendable {
    private var left: Int

    /// A budget of `lookUps` look-ups.
    public init(lookUps: Int = InputLimits.maxSuggestionsPerFile) { left = lookUps }

    /// Takes one look-up; false when none are left.
    func take() -> Bool {
        guard left > 0 else { return false }
        left -= 1
        return true
    }
}
