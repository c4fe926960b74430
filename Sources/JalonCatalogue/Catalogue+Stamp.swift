extension Catalogue {
    /// How a saved result names the catalogue that produced it: the catalogue's own version and its
    /// sources' (`2.1 (rome@v460 …)`), as the format 1.1 samples write it.
    public var stampDescription: String { "\(version) (\(sourcesVersion))" }
}
