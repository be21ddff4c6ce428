// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "bsuid-readiness",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "bsuid-readiness", targets: ["bsuid-readiness"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
  ],
  targets: [
    // Core: model, loading, rules, scoring, scheduling. No I/O.
    .target(name: "ReadinessCore", dependencies: ["Yams"]),

    // Rendering: assessment in, bytes out.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "ReadinessRender",
      dependencies: [
        "ReadinessCore", "CLibXML2",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),

    // History: snapshots of assessments in SQLite (GRDB over the system's libsqlite3).
    .target(
      name: "ReadinessHistory",
      dependencies: ["ReadinessCore", .product(name: "GRDB", package: "GRDB.swift")]),

    // Webhooks: fixture bodies for every flow and user state, and adoption counted from logs. No I/O.
    .target(name: "ReadinessWebhooks", dependencies: ["ReadinessCore"]),

    // zlib, to read gzip-compressed webhook logs.
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

    // CLI: the only target that reads, writes and prints.
    .executableTarget(
      name: "bsuid-readiness",
      dependencies: [
        "ReadinessCore", "ReadinessRender", "ReadinessHistory", "ReadinessWebhooks", "CZlib",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // Tests
    .testTarget(name: "ReadinessCoreTests", dependencies: ["ReadinessCore", "ReadinessWebhooks"]),
    .testTarget(
      name: "ReadinessRenderTests", dependencies: ["ReadinessRender", "ReadinessCore", "CLibXML2"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["ReadinessCore"],
      exclude: ["Fixtures", "Support/check_schema.py", "Support/webhook_receiver.py"]),
  ]
)
