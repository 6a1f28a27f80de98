// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dailypapers",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dailypapers", targets: ["dailypapers"]),
        .library(name: "DailyPapersCore", targets: ["DailyPapersCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Knows nothing of terminals, SQLite or argument parsing: Foundation, and two C
        // loops run 32 bytes at a time with AVX2 (the UTF-8 check, the index's ASCII fold).
        .target(name: "DailyPapersCore", dependencies: ["CByteLoops"]),
        .target(name: "CByteLoops"),
        // The user's own state (read, starred, notes, session) in SQLite, and settings.
        .target(
            name: "DailyPapersStore",
            dependencies: [
                "DailyPapersCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Fetches days from the Hugging Face Daily Papers API and writes them as digests.
        .target(name: "DailyPapersFetch", dependencies: ["DailyPapersCore"]),
        // Reader state, reducer, effects, canvas and views: pure, testable without a terminal.
        .target(name: "DailyPapersReader", dependencies: ["DailyPapersCore"]),
        // Debian's libncursesw5-dev, through a shim for the macros Swift cannot import.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Copies the canvas to the screen, turns input into events, restores the terminal.
        .target(name: "DailyPapersTerminal", dependencies: ["DailyPapersReader", "CNcursesw"]),
        .executableTarget(
            name: "dailypapers",
            dependencies: [
                "DailyPapersCore",
                "DailyPapersReader",
                "DailyPapersTerminal",
                "DailyPapersStore",
                "DailyPapersFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generates synthetic corpora and measures load, queries, sorts, rendering, start-up.
        .executableTarget(
            name: "dailypapers-bench",
            dependencies: ["DailyPapersCore", "DailyPapersReader", "DailyPapersStore"]
        ),
        // Fuzz targets (Scripts/fuzz.sh builds them with libFuzzer); built normally they
        // replay inputs from files.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
        .executableTarget(name: "dailypapers-fuzz-parser", dependencies: ["DailyPapersCore", "FuzzSupport"]),
        .executableTarget(name: "dailypapers-fuzz-query", dependencies: ["DailyPapersCore", "FuzzSupport"]),
        .testTarget(
            name: "DailyPapersCoreTests",
            dependencies: ["DailyPapersCore", "CByteLoops"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DailyPapersReaderTests",
            dependencies: ["DailyPapersReader", "DailyPapersCore"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "DailyPapersStoreTests",
            dependencies: ["DailyPapersStore", "DailyPapersCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "DailyPapersFetchTests",
            dependencies: ["DailyPapersFetch", "DailyPapersCore"]
        ),
        .testTarget(
            name: "DailyPapersTerminalTests",
            dependencies: ["DailyPapersTerminal"]
        ),
        .testTarget(
            name: "DailyPapersCLITests",
            dependencies: ["DailyPapersCore"]
        ),
    ]
)
