import ArgumentParser
import Foundation
import JalonDossier

/// `jalon review PATH…`: a counsellor's view of a caseload of dossiers and project documents.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: L(
            "Passe en revue un portefeuille de dossiers (une ligne par dossier).",
            "Reviews a caseload of dossiers (one row per dossier)."),
        discussion: L(
            """
            CHEMIN : un dossier XML, un document projet, ou un répertoire (tous les *.xml dedans, récursivement, triés).
            Chaque ligne : personne, étape courante, pistes retenues, dernière modification, étapes à revoir, signaux \
            (aucune piste retenue, plan vide, sans activité depuis --stalled-days jours, données incohérentes, \
            empreinte altérée). Un fichier illisible est listé avec son erreur (ligne:colonne), la revue continue.
            Code de sortie 0 si tout a été lu, 65 si au moins un fichier est illisible (la sortie est complète).
            Exemple : jalon review ~/dossiers --format html -o revue.html
            """,
            """
            PATH: an XML dossier, a project document, or a folder (every *.xml inside, recursively, sorted).
            Each row: person, current step, kept targets, last change, steps to review, flags (no target kept, \
            empty plan, no activity for --stalled-days days, inconsistent data, fingerprint altered). An \
            unreadable file is listed with its error (line:column) and the review goes on.
            Exit code 0 when every file was read, 65 when some could not be (the output is still complete).
            Example: jalon review ~/dossiers --format html -o review.html
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, csv, json }

    @OptionGroup var global: GlobalOptions
    @Argument(
        help: ArgumentHelp(
            L("Dossiers, documents projet ou répertoires.", "Dossiers, project documents or folders."),
            valueName: L("CHEMIN", "PATH")))
    var paths: [String] = []
    @Option(name: .long, help: ArgumentHelp(L("Format : text, html, csv ou json.", "Format: text, html, csv or json.")))
    var format: Format = .text
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Jours sans modification au-delà desquels un dossier est signalé.",
                "Days without a change after which a dossier is flagged."), valueName: "N"))
    var stalledDays: Int = CaseloadReview.defaultStalledDays
    @Option(
        name: .long,
        help: ArgumentHelp(
            L(
                "Ordre des lignes : file, person, step, last-change ou flags.",
                "Row order: file, person, step, last-change or flags."), valueName: "COLUMN"))
    var sort: CaseloadOrder = .file
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            L("Fichier de sortie (sinon la sortie standard).", "Output file (else standard output)."),
            valueName: "FILE"))
    var output: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError(L("indiquez au moins un dossier ou un répertoire.", "name at least one dossier or folder.")) }
        if stalledDays < 1 {
            throw ValidationError(L("--stalled-days attend un nombre de jours (1 ou plus).", "--stalled-days expects a number of days (1 or more)."))
        }
    }

    func run() throws {
        var someUnreadable = false
        try reportingFailures {
            let language = RunLanguage.current
            let review = CaseloadReview(stalledDays: stalledDays)
            let files = CaseloadFiles.expand(paths)
            if files.isEmpty { printError(L("aucun fichier .xml dans \(paths.joined(separator: ", ")).", "no .xml file in \(paths.joined(separator: ", ")).")) }
            let progress = ReviewProgress(total: files.count)
            let report: (@Sendable (Int) -> Void)? = progress.map { progress in { @Sendable done in progress.show(done) } }
            let reader = CaseloadReader(review: review, language: language)
            let bytes: [UInt8]
            if format == .csv && sort == .file {
                // Nothing to sort or total: each row becomes its line as soon as it is read, and is dropped.
                var text = CaseloadCSV.headerLine(in: language)
                reader.forEachRow(of: files, progress: report) { row in
                    if row.summary == nil { someUnreadable = true }
                    text += CaseloadCSV.line(of: row, in: language)
                }
                bytes = Array(text.utf8)
            } else {
                let rows = sort.sorted(reader.rows(for: files, progress: report))
                someUnreadable = rows.contains { $0.summary == nil }
                bytes =
                    switch format {
                    case .text: Array(CaseloadText.render(rows, review: review, language: language).utf8)
                    case .html: Array(CaseloadHTML.render(rows, review: review, order: sort, language: language).utf8)
                    case .csv: Array(CaseloadCSV.render(rows, language: language).utf8)
                    case .json: try CaseloadJSON.render(rows, review: review, order: sort, language: language)
                    }
            }
            progress?.finish()
            try writeOutput(bytes, to: output)
        }
        if someUnreadable { throw ExitCode(JalonExitCode.unreadableInput) }
    }
}

extension CaseloadOrder: ExpressibleByArgument {}

/// `count/total` on stderr while files are read, only when stderr is a terminal (never in a pipe or
/// a log), redrawn at most every 1 % of the files.
final class ReviewProgress: Sendable {
    let total: Int
    private let step: Int

    init?(total: Int) {
        guard isatty(STDERR_FILENO) == 1, total > 1 else { return nil }
        self.total = total
        step = max(1, total / 100)
    }

    func show(_ done: Int) {
        guard done % step == 0 || done == total else { return }
        try? FileHandle.standardError.write(contentsOf: Data("\r\(done)/\(total)".utf8))
    }

    /// Clears the counter so the review starts on a clean line.
    func finish() {
        try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8))
    }
}
