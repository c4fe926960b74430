// swift-tools-version: 6.1
import PackageDescription

// Jalon's benchmarks, in their own package (as swift-nio and Hummingbird keep theirs), so that `swift build`
// at the repository root builds the product and its tests only. Every benchmark measures Jalon against a peer
// in the same run and prints both, the ratio and the machine's load (docs/performances.md). From this folder:
//
//     swift build -c release --static-swift-stdlib --product jalon --scratch-path .build-release   # at the root: the binary the whole-process benchmarks run
//     swift build --package-path Benchmarks -c release && Benchmarks/.build/release/JalonBenchmarkRunner
let package = Package(
    name: "JalonBenchmarks",
    dependencies: [
        .package(name: "Jalon", path: "..")
    ],
    targets: [
        // Process timing, medians, the machine's load, the repository's paths and the comparison table.
        .target(name: "BenchmarkSupport"),
        // libxml2 itself, for the in-process peer that does what `xmllint --noout --schema` does.
        .systemLibrary(name: "CLibXML2Peer", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The project document (load, save) against libxml2 in process and xmllint as a process.
        .executableTarget(
            name: "JalonBenchmarks",
            dependencies: [
                "BenchmarkSupport", "CLibXML2Peer",
                .product(name: "JalonStore", package: "Jalon"), .product(name: "JalonCore", package: "Jalon"),
                .product(name: "JalonXML", package: "Jalon")
            ]),
        // Catalogue loading and search against a CPython peer (catalogue_peer.py beside it).
        .executableTarget(
            name: "JalonCatalogueBenchmarks",
            dependencies: [
                "BenchmarkSupport", .product(name: "JalonCatalogue", package: "Jalon")
            ], exclude: ["catalogue_peer.py"]),
        // Métier matching against a NumPy peer (matching_peer.py beside it).
        .executableTarget(
            name: "JalonMatchingBenchmark",
            dependencies: [
                "BenchmarkSupport", .product(name: "JalonCatalogue", package: "Jalon"), .product(name: "JalonCore", package: "Jalon"),
                .product(name: "JalonStore", package: "Jalon")
            ], exclude: ["matching_peer.py"]),
        // `jalon status` and `jalon pistes suggest` as whole processes against xmllint.
        .executableTarget(name: "JalonCommandBenchmarks", dependencies: ["BenchmarkSupport"]),
        // `jalon review` on a generated caseload of demo-sized dossiers against xmllint.
        .executableTarget(
            name: "JalonReviewBenchmark",
            dependencies: [
                "BenchmarkSupport", .product(name: "JalonDossier", package: "Jalon"), .product(name: "JalonStore", package: "Jalon"),
                .product(name: "JalonCore", package: "Jalon"), .product(name: "JalonTestSupport", package: "Jalon")
            ]),
        // Runs the others, one after the other, into one dated report (docs/performances.md).
        .executableTarget(name: "JalonBenchmarkRunner", dependencies: ["BenchmarkSupport"]),
        // The release `jalon serve` under wrk, beside its own /health as the floor.
        .executableTarget(
            name: "JalonServerLoadBenchmark",
            dependencies: [
                "BenchmarkSupport", .product(name: "JalonServer", package: "Jalon"), .product(name: "JalonStore", package: "Jalon"),
                .product(name: "JalonCore", package: "Jalon"), .product(name: "JalonPostgresStore", package: "Jalon")
            ]),
        // The store at a region's size: concurrent imports (a stress), then list and health against their
        // former selves: `swift run -c release JalonStoreScaleBenchmark [--projects N] [--store DIR|URL]`.
        .executableTarget(
            name: "JalonStoreScaleBenchmark",
            dependencies: [
                "BenchmarkSupport", .product(name: "JalonPostgresStore", package: "Jalon"), .product(name: "JalonStore", package: "Jalon"),
                .product(name: "JalonCore", package: "Jalon")
            ])
    ],
    swiftLanguageModes: [.v6]
)
