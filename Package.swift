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
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
  ],
  targets: [
    // Core: model, key declarations, rules, scoring, scheduling. No I/O.
    .target(name: "ReadinessCore"),

    // Input: reads YAML, JSON and CSV into positioned trees, decodes them against the key
    // declarations and builds the model; generates the JSON Schema and the key docs. No I/O:
    // files come through a reader the caller gives.
    // ICS holiday calendars are read with libical (CLibical, declared below).
    .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
    .target(
      name: "ReadinessInput", dependencies: ["ReadinessCore", "CYAML", "CLibical", "CLibXML2"]),

    // Rendering: assessment in, bytes out.
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
    .target(
      name: "ReadinessRender",
      dependencies: [
        "ReadinessCore", "CLibXML2", "CLibical",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),

    // XLSX: an adapter beside the renderers, since libxlsxwriter writes to a file path.
    .systemLibrary(
      name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    .target(
      name: "ReadinessXLSX", dependencies: ["ReadinessCore", "ReadinessRender", "CXLSXWriter"]),

    // Report formats: the one list of files `report` can write, over the renderers above.
    .target(
      name: "ReadinessReport", dependencies: ["ReadinessCore", "ReadinessRender", "ReadinessXLSX"]),

    // Languages: catalogues (gettext PO) read into the core's `MessageLanguage`, with CLDR
    // plural rules and list patterns from the system's ICU (CICU over Debian libicu-dev) and
    // figures from Foundation. No I/O: the CLI reads the files.
    .target(name: "CICU", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
    .target(name: "ReadinessLocale", dependencies: ["ReadinessCore", "CICU"]),

    // History: snapshots of assessments in SQLite (GRDB over the system's libsqlite3) or in
    // PostgreSQL (PostgresNIO), with the same queries.
    .target(
      name: "ReadinessHistory",
      dependencies: [
        "ReadinessCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ]),

    // Webhooks: fixture bodies for every flow and user state, and adoption counted from logs. No I/O.
    // A body logging middleware kept as JSON text is found by simdjson (Debian libsimdjson-dev),
    // through a small C++ shim, so it is parsed once.
    .target(
      name: "CSimdjsonBody", cxxSettings: [.unsafeFlags(["-std=c++17"])],
      linkerSettings: [.linkedLibrary("simdjson")]),
    .target(name: "ReadinessWebhooks", dependencies: ["ReadinessCore", "CSimdjsonBody"]),

    // zlib, to read gzip-compressed webhook logs.
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),

    // libcurl, for the webhook replay: a write callback that stops reading an answer, and a
    // timeout over the whole exchange (URLSession on Linux honours neither).
    .systemLibrary(
      name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

    // CLI: the only target that reads, writes and prints.
    .executableTarget(
      name: "bsuid-readiness",
      dependencies: [
        "ReadinessCore", "ReadinessInput", "ReadinessRender", "ReadinessHistory", "ReadinessXLSX",
        "ReadinessReport", "ReadinessWebhooks", "ReadinessLocale", "CZlib", "CCurl",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    // A seeded, time-bounded mutation run over loading, assessment and the renderers
    // (run by EndToEndTests' FuzzTests; see Tests/Fixtures/hostile-corpus).
    .executableTarget(
      name: "bsuid-fuzz",
      dependencies: ["ReadinessCore", "ReadinessInput", "ReadinessRender", "ReadinessReport"]),

    // Tests. The builders every test target shares (inventory { … }, flow(…), assess(…)).
    .target(
      name: "ReadinessTestSupport", dependencies: ["ReadinessCore"],
      path: "Tests/ReadinessTestSupport"),
    .testTarget(
      name: "ReadinessCoreTests", dependencies: ["ReadinessCore", "ReadinessTestSupport"]),
    .testTarget(
      name: "ReadinessInputTests",
      dependencies: ["ReadinessInput", "ReadinessCore", "ReadinessTestSupport"]),
    .testTarget(
      name: "ReadinessWebhooksTests",
      dependencies: ["ReadinessWebhooks", "ReadinessCore", "ReadinessTestSupport"]),
    .testTarget(
      name: "ReadinessRenderTests",
      dependencies: [
        "ReadinessRender", "ReadinessCore", "ReadinessInput", "ReadinessTestSupport", "CLibXML2",
        // To render the views in the pseudo-locale.
        "ReadinessLocale",
        // To compare the renderer of our own with swift-mustache, byte for byte.
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .testTarget(name: "ReadinessXLSXTests", dependencies: ["ReadinessXLSX", "ReadinessRender"]),
    .testTarget(
      name: "ReadinessLocaleTests",
      dependencies: [
        "ReadinessLocale", "ReadinessCore", "ReadinessInput", "ReadinessRender", "ReadinessXLSX",
      ]),
    .testTarget(
      name: "ReadinessReportTests",
      dependencies: ["ReadinessReport", "ReadinessRender", "ReadinessCore", "ReadinessTestSupport"]),
    .testTarget(
      name: "ReadinessHistoryTests",
      dependencies: [
        "ReadinessHistory", "ReadinessCore", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["ReadinessCore", "ReadinessTestSupport"],
      exclude: [
        "Fixtures", "Support/check_schema.py", "Support/check_xlsx.py", "Support/check_ics.py",
        "Support/check_portfolio_xlsx.py", "Support/check_xlsx_language.py",
        "Support/webhook_receiver.py", "Support/webhook_frameworks.py", "Support/check_mspdi.py",
        "Support/mpxj_plan.py", "Support/make_jira_export.py", "Support/check_jira.py",
        "Support/print_pages.py",
        "Support/mutate_history.py", "Support/mutate_shards.py", "Support/mutate_log.py",
        "Support/mutate_templates.py", "Support/tj3_compare.py", "Support/checks.py",
      ]),
  ]
)
