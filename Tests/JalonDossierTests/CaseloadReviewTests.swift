import JalonCore
import JalonDossier
import Testing

/// The review's rules on project values, where exact boundaries are easy to set: the inactive
/// threshold, the order of kept targets, ties in sorting, CSV quoting of what the binary's fixtures
/// cannot hold (a line break).
@Suite("Caseload review rules")
struct CaseloadReviewTests {
    static let now = Timestamp(iso8601: "2026-11-29T12:00:00Z")!

    static func project(updatedDaysAgo days: Int64) -> Project {
        var project = Project.started(displayName: "Camille", at: Timestamp(secondsSince1970: now.secondsSince1970 - 400 * 86_400))
        project.metadata.updated = Timestamp(secondsSince1970: now.secondsSince1970 - days * 86_400)
        return project
    }

    @Test(arguments: [(29, false), (30, true), (31, true)])
    func inactiveFromTheThresholdDayOn(days: Int64, inactive: Bool) {
        let summary = CaseloadReview(stalledDays: 30, now: Self.now).summary(ofProjectDocument: Self.project(updatedDaysAgo: days))
        #expect(summary.flags.contains(.inactive) == inactive)
        #expect(summary.daysSinceChange == Int(days))
    }

    @Test func keptTargetsByRankUnrankedLast() {
        var project = Self.project(updatedDaysAgo: 1)
        project.pistes = Pistes(retenues: [
            Piste(fiche: RomeCode("K2111")!), Piste(fiche: RomeCode("J1501")!, rang: 2),
            Piste(fiche: RomeCode("D1106")!, rang: 1)
        ])
        let summary = CaseloadReview(now: Self.now).summary(ofProjectDocument: project)
        #expect(summary.keptTargets.map(\.fiche.description) == ["D1106", "J1501", "K2111"])
        #expect(summary.flags == [.emptyPlan, .inconsistent], "an unranked kept piste breaks a rule")
        #expect(summary.fingerprintIntact == nil)
    }

    @Test func sortingKeepsFileOrderOnTies() {
        let review = CaseloadReview(now: Self.now)
        let rows =
            ["c.xml", "a.xml", "b.xml"].enumerated().map { index, file in
                CaseloadRow(file: file, content: .summary(review.summary(ofProjectDocument: Self.project(updatedDaysAgo: index == 1 ? 50 : 5))))
            } + [CaseloadRow(file: "z.xml", content: .unreadable(CaseloadReadError(line: 3, column: 1, message: "XML mal formé")))]
        #expect(CaseloadOrder.lastChange.sorted(rows).map(\.file) == ["a.xml", "c.xml", "b.xml", "z.xml"])
        #expect(CaseloadOrder.flags.sorted(rows).map(\.file) == ["z.xml", "a.xml", "c.xml", "b.xml"])
        #expect(CaseloadOrder.file.sorted(rows).map(\.file) == ["c.xml", "a.xml", "b.xml", "z.xml"])
    }

    @Test func csvQuotesLineBreaksAndQuotes() {
        var project = Self.project(updatedDaysAgo: 1)
        project.metadata.titre = "Ligne 1\r\nLigne \"2\""
        let row = CaseloadRow(file: "a,b.xml", content: .summary(CaseloadReview(now: Self.now).summary(ofProjectDocument: project)))
        let csv = CaseloadCSV.render([row], language: .fr)
        #expect(csv.contains("\r\n\"a,b.xml\",project,"))
        #expect(csv.contains(",\"Ligne 1\r\nLigne \"\"2\"\"\","))
    }
}
