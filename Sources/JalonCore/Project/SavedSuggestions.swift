/// The ranked métier suggestions as the person saw them at step 4, with what produced them. A record,
/// deliberately independent of the scoring engine's live types: it is never recomputed, so a
/// counsellor later reads what the person read, even after the catalogue or the engine changed.
public struct SavedSuggestions: Hashable, Sendable {
    public var stamp: ComputationStamp
    /// Best first; fiches and ranks are unique.
    public var suggestions: [SavedSuggestion]

    public init(stamp: ComputationStamp, suggestions: [SavedSuggestion]) {
        self.stamp = stamp
        self.suggestions = suggestions
    }
}
