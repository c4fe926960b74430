// swift-tools-version: 6.1
import PackageDescription

// Dependencies are chosen on purpose (README, "Dépendances"): only packages available as local copies.
let package = Package(
    name: "Jalon",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jalon", targets: ["jalon"]),
        .library(name: "JalonCore", targets: ["JalonCore"]),
        .library(name: "JalonXML", targets: ["JalonXML"]),
        .library(name: "JalonStore", targets: ["JalonStore"]),
        .library(name: "JalonDossier", targets: ["JalonDossier"]),
        .library(name: "JalonServer", targets: ["JalonServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server (`jalon serve`) and its structured logs.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Tests only: reads the OpenAPI document (Resources/OpenAPI) to hold it to the router.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // XML Signature (xmlsec1 over OpenSSL, on the same libxml2): dossiers signed by the issuing service.
        .systemLibrary(
            name: "CXMLSec",
            pkgConfig: "xmlsec1-openssl",
            providers: [.apt(["libxmlsec1-dev"]), .brew(["libxmlsec1"])]
        ),
        .target(
            name: "JalonXML",
            dependencies: [
                "CLibXML2", "CXMLSec", "JalonLocale",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "JalonLocale"),
        .target(name: "JalonCore", dependencies: ["JalonLocale"]),
        .target(
            name: "JalonResources",
            path: "Resources",
            resources: [.copy("Schemas"), .copy("Questionnaires"), .copy("Catalogue"), .copy("OpenAPI")]
        ),
        .target(
            name: "JalonCatalog",
            dependencies: ["JalonCore", "JalonLocale", "JalonResources"]
        ),
        // LHÉO training-offer feeds, streamed (the catalogue itself needs no XML).
        .target(name: "JalonLHEO", dependencies: ["JalonCore", "JalonLocale", "JalonXML"]),
        // Times catalogue loading and search against a Python peer (README, "Catalogue").
        // The Python peer it runs lives beside it, not compiled.
        .executableTarget(name: "JalonCatalogBenchmarks", dependencies: ["JalonCatalog"], exclude: ["catalogue_peer.py"]),
        .target(
            name: "JalonStore",
            // Crypto: the keyed hashes (HMAC) that stand for erased and journalled project ids.
            dependencies: ["JalonXML", "JalonCore", "JalonResources", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Shared dossiers: minimisation by consent, fingerprint, and every export format.
        .target(name: "JalonDossier", dependencies: ["JalonCore", "JalonStore", "JalonXML", "JalonLocale", "JalonCatalog"]),
        // The HTTP API (`jalon serve`): routes, access, limits, journal; reads and writes through ProjectStore only.
        .target(
            name: "JalonServer",
            dependencies: [
                "JalonDossier", "JalonStore", "JalonCore", "JalonCatalog", "JalonXML", "JalonLocale", "JalonResources",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "jalon",
            dependencies: [
                "JalonServer", "JalonDossier", "JalonStore", "JalonCore", "JalonCatalog", "JalonLHEO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed is measured here, never in timed unit tests: `swift run -c release JalonBenchmarks`.
        .executableTarget(
            name: "JalonBenchmarks",
            dependencies: ["JalonStore", "JalonCore", "JalonXML", "JalonResources", "CLibXML2", "JalonTestSupport"]
        ),
        // Times métier matching against a NumPy peer (matching_peer.py, next to it):
        // `swift run -c release JalonMatchingBenchmark`.
        .executableTarget(name: "JalonMatchingBenchmark", dependencies: ["JalonCatalog", "JalonCore", "JalonStore"],
                          exclude: ["matching_peer.py"]),
        // Times `jalon status` and `jalon metiers suggest` as whole processes against xmllint (README, "Mesures des commandes"):
        // `swift build -c release --product jalon && swift run -c release JalonCommandBenchmarks`.
        .executableTarget(name: "JalonCommandBenchmarks", dependencies: ["JalonTestSupport"]),
        // Times `jalon review` on a generated caseload of 10,000 dossiers against xmllint:
        // `swift build -c release --product jalon && swift run -c release JalonReviewBenchmark`.
        .executableTarget(name: "JalonReviewBenchmark",
                          dependencies: ["JalonDossier", "JalonStore", "JalonCore", "JalonResources", "JalonTestSupport"]),
        // Loads the release `jalon serve` with wrk on loopback, beside its own /health as the floor:
        // `swift build -c release --product jalon && swift run -c release JalonServerLoadBenchmark`.
        .executableTarget(name: "JalonServerLoadBenchmark", dependencies: ["JalonServer"]),
        // Not a product: a writer process the store's crash and concurrency tests start, kill and race.
        .executableTarget(name: "JalonStoreStress", dependencies: ["JalonStore", "JalonCore"]),
        // Helpers every test target and benchmark shares (seeded generator, timed processes, HTML pages read as XML); not shipped.
        .target(name: "JalonTestSupport", dependencies: ["JalonXML"], path: "Tests/JalonTestSupport"),
        .testTarget(name: "JalonXMLTests", dependencies: ["JalonXML", "JalonTestSupport"]),
        .testTarget(name: "JalonCoreTests", dependencies: ["JalonCore", "JalonTestSupport"]),
        // posix_openpt and POSIX_SPAWN_SETSID, hidden from Swift's Glibc module, for the CLI's pseudo-terminal tests.
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
        // Golden/ holds the expected outputs, read beside the sources (GoldenOutput.swift), not bundled.
        .testTarget(name: "JalonCLITests", dependencies: ["jalon", "JalonXML", "JalonDossier", "JalonStore", "JalonCore", "CPseudoTerminal",
                                                       "JalonTestSupport"],
                    exclude: ["Golden"]),
        // Métier matching on the real bundled catalogue: personas and the samples.
        .testTarget(name: "JalonMatchingTests", dependencies: ["JalonCatalog", "JalonCore", "JalonStore", "JalonXML"]),
        .testTarget(name: "JalonCatalogTests", dependencies: ["JalonCatalog", "JalonCore", "JalonLHEO", "JalonXML"]),
        // The dossier's export formats, rendered from the samples; the HTML one also through headless Chromium.
        .testTarget(name: "JalonDossierTests", dependencies: ["JalonDossier", "JalonCatalog", "JalonStore", "JalonCore", "JalonXML", "JalonLocale", "JalonTestSupport"]),
        .testTarget(
            name: "JalonServerTests",
            dependencies: [
                "JalonServer", "JalonStore", "JalonCore", "JalonXML", "JalonTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "JalonStoreTests",
            dependencies: ["JalonTestSupport", "JalonStore", "JalonXML", "JalonCore", "JalonResources", "JalonStoreStress"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
