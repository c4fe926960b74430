import ArgumentParser
import JalonCore

/// A ROME fiche code typed by the person (`j1501` is read as `J1501`); a malformed one is a usage
/// error with a sentence saying what a code looks like.
func parseFicheCode(_ text: String) throws -> RomeCode {
    guard let code = RomeCode(text.trimmingCharacters(in: .whitespaces).uppercased()) else {
        throw ValidationError(
            L(
                "« \(text) » n’est pas un code de fiche ROME (attendu : une lettre A–N et quatre chiffres, comme J1501)",
                "'\(text)' is not a ROME fiche code (expected a letter A–N and four digits, such as J1501)"))
    }
    return code
}

/// The `CODE` argument of the commands that act on one piste.
struct FicheCodeArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(L("Code de la fiche ROME (J1501).", "ROME fiche code (J1501)."), valueName: "CODE"), transform: parseFicheCode)
    var code: RomeCode
}
