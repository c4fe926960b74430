import JalonLocale

/// Why the PDF could not be made, as one sentence a person can act on.
public enum DossierPDFError: LocalizedFailure, Equatable {
    /// No `chromium`, `chromium-browser` or `google-chrome` on PATH.
    case chromiumNotFound
    case launch(String, String)
    case timedOut(seconds: Int)
    /// Chromium ended without writing a PDF; its exit status and last diagnostic line.
    case failed(status: Int32, detail: String)
    case workDirectory(String)

    public func message(in language: Language) -> String {
        switch self {
        case .chromiumNotFound:
            language.pick(
                fr:
                    "Chromium introuvable : installez le paquet chromium pour l’export PDF (cherché dans le PATH : \(HeadlessChromium.executableNames.joined(separator: ", "))).",
                en:
                    "Chromium not found: install the chromium package for PDF export (looked for on PATH: \(HeadlessChromium.executableNames.joined(separator: ", ")))."
            )
        case .launch(let path, let detail):
            language.pick(fr: "Impossible de lancer Chromium (\(path)) : \(detail).", en: "Could not start Chromium (\(path)): \(detail).")
        case .timedOut(let seconds):
            language.pick(fr: "Chromium n’a pas produit le PDF en \(seconds) s : arrêté.", en: "Chromium did not produce the PDF within \(seconds) s: stopped.")
        case .failed(let status, let detail):
            language.pick(
                fr: "Chromium n’a pas produit de PDF (code de sortie \(status))\(detail.isEmpty ? "" : " : " + detail).",
                en: "Chromium produced no PDF (exit status \(status))\(detail.isEmpty ? "" : ": " + detail).")
        case .workDirectory(let path):
            language.pick(fr: "Impossible de créer le dossier de travail temporaire \(path).", en: "Could not create the temporary work directory \(path).")
        }
    }
}

extension DossierPDFError {
    public var failureKind: FailureKind {
        switch self {
        case .chromiumNotFound, .launch, .timedOut, .failed: .unavailable
        case .workDirectory: .io
        }
    }
}
