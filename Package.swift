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
    ],
    targets: [
        // Knows nothing of terminals, SQLite or argument parsing: Foundation only.
        .target(name: "DailyPapersCore"),
        .executableTarget(
            name: "dailypapers",
            dependencies: [
                "DailyPapersCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DailyPapersCoreTests",
            dependencies: ["DailyPapersCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DailyPapersCLITests",
            dependencies: ["DailyPapersCore"]
        ),
    ]
)
