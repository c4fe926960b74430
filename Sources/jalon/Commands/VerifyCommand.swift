import ArgumentParser
import JalonStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: L(
            "Vérifie tout le dossier de stockage : chaque révision se relit, est valide et garde son empreinte.",
            "Checks the whole store: every revision reads back, validates and keeps its fingerprint."),
        discussion: L("Code de sortie 1 si un problème est trouvé. Exemple : jalon verify", "Exit code 1 when a problem is found. Example: jalon verify"))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOutputOptions

    struct Output: Encodable {
        var projects: Int
        var revisions: Int
        var intact: Bool
        var problems: [String]
    }

    func run() throws {
        try reportingFailures {
            let report = try global.openStore().verify()
            if output.json {
                try JSONOutput.print(
                    Output(
                        projects: report.projectCount, revisions: report.revisionCount,
                        intact: report.isIntact, problems: report.problems.map { $0.message(in: RunLanguage.current) }))
            } else {
                for problem in report.problems { printError(problem.message(in: RunLanguage.current)) }
                print(
                    L(
                        "\(report.projectCount) projet(s), \(report.revisionCount) révision(s) vérifiée(s) : \(report.isIntact ? "tout est intact" : "\(report.problems.count) problème(s)")",
                        "\(report.projectCount) project(s), \(report.revisionCount) revision(s) checked: \(report.isIntact ? "all intact" : "\(report.problems.count) problem(s)")"
                    ))
            }
            if !report.isIntact { throw ExitCode(JalonExitCode.invalidData) }
        }
    }
}
