// swift-tools-version: 6.1
import PackageDescription

// Dependencies are chosen on purpose (docs/dependances.md): only packages available as local copies.
// Linux only: the file store calls glibc directly (readdir, fsync, O_DIRECTORY), and Jalon is built and
// tested on Debian alone. No macOS platform or Homebrew provider is declared that nobody builds.
let package = Package(
    name: "Jalon",
    products: [
        .executable(name: "jalon", targets: ["jalon"]),
        .library(name: "JalonCore", targets: ["JalonCore"]),
        .library(name: "JalonXML", targets: ["JalonXML"]),
        .library(name: "JalonStore", targets: ["JalonStore"]),
        .library(name: "JalonDossier", targets: ["JalonDossier"]),
        .library(name: "JalonServer", targets: ["JalonServer"]),
        .library(name: "JalonPostgresStore", targets: ["JalonPostgresStore"]),
        .library(name: "JalonCatalogue", targets: ["JalonCatalogue"]),
        // Seeded generators and page readers for tests, and for the Benchmarks package's generated inputs
        // (as Hummingbird ships HummingbirdTesting); not part of the product.
        .library(name: "JalonTestSupport", targets: ["JalonTestSupport"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server (`jalon serve`) and its structured logs.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The web workbook's pages: Mustache templates (Resources/Templates), HTML-escaped by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The shared store of several servers (`--store postgres://…`): PostgreSQL's own client on NIO, and
        // NIOSSL for TLS to the database.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // `/metrics` in Prometheus text format: the Prometheus client of the Swift server work group.
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Tests only: reads the OpenAPI document (Resources/OpenAPI) to hold it to the router.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // XML Signature (xmlsec1 over OpenSSL, on the same libxml2): dossiers signed by the issuing service.
        .systemLibrary(
            name: "CXMLSec",
            pkgConfig: "xmlsec1-openssl",
            providers: [.apt(["libxmlsec1-dev"])]
        ),
        .target(
            name: "JalonXML",
            dependencies: [
                "CLibXML2", "CXMLSec", "JalonLocale",
                .product(name: "Crypto", package: "swift-crypto")
            ]
        ),
        .target(name: "JalonLocale"),
        .target(name: "JalonCore", dependencies: ["JalonLocale"]),
        .target(
            name: "JalonResources",
            path: "Resources",
            resources: [.copy("Schemas"), .copy("Questionnaires"), .copy("Catalogue"), .copy("OpenAPI"), .copy("Templates"), .copy("Web")]
        ),
        .target(
            name: "JalonCatalogue",
            dependencies: ["JalonCore", "JalonLocale", "JalonResources"]
        ),
        // LHÉO training-offer feeds, streamed (the catalogue itself needs no XML).
        .target(name: "JalonLHEO", dependencies: ["JalonCore", "JalonLocale", "JalonXML"]),
        .target(
            name: "JalonStore",
            // Crypto: the keyed hashes (HMAC) that stand for erased and journalled project ids.
            dependencies: ["JalonXML", "JalonCore", "JalonLocale", "JalonResources", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Shared dossiers: minimisation by consent, fingerprint, and every export format.
        .target(name: "JalonDossier", dependencies: ["JalonCore", "JalonStore", "JalonXML", "JalonLocale", "JalonCatalogue"]),
        // The HTTP API (`jalon serve`): routes, access, limits, journal; reads and writes through ProjectStore only.
        .target(
            name: "JalonServer",
            dependencies: [
                "JalonDossier", "JalonStore", "JalonCore", "JalonCatalogue", "JalonXML", "JalonLocale", "JalonResources",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus")
            ]
        ),
        // The PostgreSQL store (projects, revisions, links): its own target, so JalonStore stays free of NIO.
        .target(
            name: "JalonPostgresStore",
            dependencies: [
                "JalonStore", "JalonServer", "JalonCore", "JalonXML", "JalonLocale", "JalonDossier",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log")
            ]
        ),
        .executableTarget(
            name: "jalon",
            dependencies: [
                "JalonPostgresStore", "JalonServer", "JalonDossier", "JalonStore", "JalonCore", "JalonCatalogue", "JalonLHEO",
                "JalonXML", "JalonLocale",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ],
            // A release binary that carries the Swift runtime and Foundation inside is built with
            // `swift build -c release --static-swift-stdlib` (docs/performances.md, « Démarrage »): that option also links
            // Foundation's own static dependencies (ICU, CoreFoundation), which a bare `-static-stdlib`
            // linker flag left undefined.
            linkerSettings: [
                // The static standard library exports every symbol of the executable (-export-dynamic, 46,000 of
                // them): the runtime's start-up `dladdr` then walks them all, and the loader hashes them for
                // every shared library's lookups. Nothing loads code into jalon, so nothing needs them exported.
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // Not a product: a writer process the store's crash and concurrency tests start, kill and race.
        // Speed is measured in its own package, Benchmarks/ (docs/performances.md).
        .executableTarget(name: "JalonStoreStress", dependencies: ["JalonStore", "JalonCore"], path: "Tests/JalonStoreStress"),
        // Helpers every test target and the benchmarks share (seeded generator, HTML pages read as XML); not shipped.
        .target(name: "JalonTestSupport", dependencies: ["JalonXML"], path: "Tests/JalonTestSupport"),
        .testTarget(name: "JalonXMLTests", dependencies: ["JalonXML", "JalonTestSupport"]),
        .testTarget(name: "JalonCoreTests", dependencies: ["JalonCore", "JalonTestSupport"]),
        // posix_openpt and POSIX_SPAWN_SETSID, hidden from Swift's Glibc module, for the CLI's pseudo-terminal tests.
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        // Golden/ holds the expected outputs, read beside the sources (GoldenOutput.swift), not bundled.
        .testTarget(
            name: "JalonCLITests",
            dependencies: [
                "jalon", "JalonPostgresStore", "JalonXML", "JalonDossier", "JalonStore", "JalonCore", "CPseudoTerminal",
                "JalonTestSupport"
            ],
            exclude: ["Golden"]),
        // Métier matching on the real bundled catalogue: personas and the samples.
        .testTarget(name: "JalonMatchingTests", dependencies: ["JalonCatalogue", "JalonCore", "JalonStore", "JalonXML", "JalonLocale", "JalonTestSupport"]),
        // The experience evaluation set is read from its path, like the shared data.
        .testTarget(
            name: "JalonCatalogueTests", dependencies: ["JalonCatalogue", "JalonCore", "JalonLHEO", "JalonXML", "JalonLocale"],
            exclude: ["Experience/experience-phrases.tsv"]),
        // The dossier's export formats, rendered from the samples; the HTML one also through headless Chromium.
        .testTarget(
            name: "JalonDossierTests",
            dependencies: ["JalonDossier", "JalonCatalogue", "JalonStore", "JalonCore", "JalonXML", "JalonLocale", "JalonTestSupport"]),
        .testTarget(
            name: "JalonServerTests",
            dependencies: [
                "JalonServer", "JalonStore", "JalonCore", "JalonXML", "JalonDossier", "JalonTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams")
            ]
        ),
        .testTarget(
            name: "JalonStoreTests",
            dependencies: [
                "JalonTestSupport", "JalonStore", "JalonPostgresStore", "JalonServer", "JalonXML", "JalonCore", "JalonLocale", "JalonResources",
                "JalonStoreStress"
            ],
            resources: [.copy("Fixtures")]
        )
    ],
    swiftLanguageModes: [.v6]
)
