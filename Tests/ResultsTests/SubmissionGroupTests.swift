import AnswerReading
import Results
import Testing

@Suite struct SubmissionGroupTests {
    func submission(_ id: String?, _ version: Int?, _ answers: [String: Answer], _ file: String) -> Result<Submission, Rejection> {
        .success(Submission(id: id, version: version, answers: answers, file: file))
    }

    @Test func aSubmissionSentTwiceCountsOnceAndItsNewestVersionWins() {
        let id = "0123456789abcdef"
        let group = SubmissionGroup(name: "g", read: [
            submission(id, 3, ["a": .choices([0])], "x.csv"),
            submission(id, 3, ["a": .choices([0])], "x.json"),
            submission(id, 7, ["a": .choices([1])], "later.json"),
            submission("fedcba9876543210", 1, ["a": .choices([0])], "other.csv"),
        ])
        #expect(group.counted.count == 2 && group.duplicates == 2 && group.files == 4)
        #expect(group.counted.contains { $0.file == "later.json" })
        #expect(group.notes.isEmpty)
    }

    @Test func oldExportsWithoutIDCountOncePerIdenticalContent() {
        let group = SubmissionGroup(name: "g", read: [
            submission(nil, nil, ["a": .choices([0]), "b": .text("x")], "1.json"),
            submission(nil, nil, ["b": .text("x"), "a": .choices([0])], "1.csv"),
            submission(nil, nil, ["a": .choices([0]), "b": .text("y")], "2.csv"),
            // The same answers with an id are another submission: ids and content are not mixed.
            submission("0123456789abcdef", 1, ["a": .choices([0]), "b": .text("x")], "3.csv"),
        ])
        #expect(group.counted.count == 3 && group.duplicates == 1)
    }

    @Test func twoDifferentAnswersUnderOneVersionAreReportedAndOneCounts() {
        let id = "0123456789abcdef"
        let group = SubmissionGroup(name: "g", read: [
            submission(id, 2, ["a": .choices([0])], "b.csv"),
            submission(id, 2, ["a": .choices([1]), "b": .text("meer")], "a.csv"),
        ])
        #expect(group.counted.map(\.file) == ["a.csv"], "the one with more answers")
        #expect(group.notes.count == 1 && group.notes[0].location.file == "b.csv")
    }

    @Test func theCountedOrderDoesNotFollowTheFiles() {
        let read = (0..<20).map { submission(String(format: "%016x", $0 * 7919), 1, ["a": .choices([$0 % 3])], "f\($0).csv") }
        let forward = SubmissionGroup(name: "g", read: read).counted.map(\.file)
        let backward = SubmissionGroup(name: "g", read: read.reversed()).counted.map(\.file)
        #expect(forward == backward)
        #expect(forward != (0..<20).map { "f\($0).csv" })
    }
}

@Suite struct SmallGroupRuleTests {
    let rule = SmallGroupRule(minimum: 5)

    @Test func countsBelowTheMinimumAreHidden() {
        #expect(rule.cells([12, 3, 0, 7], additive: false) == [.exact(12), .below(5), .below(5), .exact(7)])
    }

    @Test func oneHiddenCellOfATotalHidesTheSmallestOtherAsARange() {
        // 6 + 6 + 2 = 14: with 'Ja' 6 and the total, 'Nee' 2 would follow from an exact 'Misschien'.
        #expect(rule.cells([6, 6, 2], additive: true) == [.exact(6), .range(5, 8), .below(5)])
        #expect(rule.cells([20, 3], additive: true) == [.range(19, 23), .below(5)])
        // The range cannot be narrower than what the total already tells: here nobody is in the small cell.
        #expect(rule.cells([5, 0], additive: true) == [.exact(5), .below(5)])
    }

    @Test func twoHiddenCellsOrAListOfChoicesNeedNoSecondCell() {
        #expect(rule.cells([20, 3, 1], additive: true) == [.exact(20), .below(5), .below(5)])
        #expect(rule.cells([20, 3], additive: false) == [.exact(20), .below(5)])
    }

    @Test func aMinimumOfOneShowsEverything() {
        let all = SmallGroupRule(minimum: 1)
        #expect(all.cells([0, 1, 2], additive: true) == [.exact(0), .exact(1), .exact(2)])
        #expect(!all.tooSmall(1))
        #expect(SmallGroupRule(minimum: -3).minimum == 1)
    }
}

@Suite struct OrdinalStatisticsTests {
    @Test func medianAndNearestRankQuartiles() {
        let odd = OrdinalStatistics([5, 1, 3, 2, 4])!
        #expect(odd.median == 3 && odd.lowerQuartile == 2 && odd.upperQuartile == 4 && odd.interquartileRange == 2)
        let even = OrdinalStatistics([1, 2, 3, 4])!
        #expect(even.median == 2.5 && even.lowerQuartile == 1 && even.upperQuartile == 3)
        let one = OrdinalStatistics([4])!
        #expect(one.median == 4 && one.lowerQuartile == 4 && one.upperQuartile == 4)
        #expect(OrdinalStatistics([]) == nil)
    }
}

@Suite struct SeededShuffleTests {
    @Test func theOrderDependsOnlyOnTheTexts() {
        let texts = (0..<30).map { "antwoord \($0)" }
        let once = SeededShuffle.shuffled(texts, salt: "vraag")
        #expect(once == SeededShuffle.shuffled(texts.reversed(), salt: "vraag"))
        #expect(Set(once) == Set(texts))
        #expect(once != texts && once != texts.sorted())
        #expect(SeededShuffle.shuffled(texts, salt: "andere vraag") != once)
    }
}
