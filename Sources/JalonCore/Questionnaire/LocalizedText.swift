import JalonLocale

/// A sentence Jalon ships in both of its languages (questionnaire items, scale labels).
public struct LocalizedText: Hashable, Sendable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(in language: Language) -> String { language.pick(fr: fr, en: en) }
}
