import Foundation
import Testing

/// `history copy` of a whole portfolio between a folder of SQLite files and PostgreSQL.
@Suite("history copy of a portfolio: files to PostgreSQL and back")
struct PostgresPortfolioCopyTests {
  typealias Shared = PostgresPortfolioTests

  @Test("history copy moves a portfolio into PostgreSQL and back; the next run's trend goes on")
  func copyPortfolio() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    for (week, day) in Shared.days.enumerated() {
      try Shared.clients(in: space, week: week + 1, count: 6)
      let run = try Shared.portfolio(["clients", "--out", "sqlite"], day: day, in: space)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for _ in 0..<2 {
      let copy = try BinaryRunner.run(["history", "copy", "sqlite", cluster.url()], in: space)
      #expect(copy.status == 0, "\(copy.stderr)")
      #expect(
        copy.stdout.hasPrefix(
          "Copied 2 portfolio runs, and 12 snapshots and 0 baselines of 6 clients' histories"),
        "\(copy.stdout)")
    }
    #expect(try cluster.query("SELECT count(*) FROM clients") == ["12"])
    let third = "2026-03-16"
    #expect(
      try Shared.portfolio(["clients", "--out", "sqlite"], day: third, in: space).status == 0)
    let moved = try Shared.portfolio(
      ["clients", "--out", "pg", "--history", cluster.url()], day: third, in: space)
    #expect(moved.status == 0, "\(moved.stderr)")
    for file in ["index.html", "portfolio.xml", "client-03/\(third)/workbook.xml"] {
      #expect(try Shared.same(file, in: space), "\(file) differs")
    }
    let index = try String(
      contentsOf: space.appendingPathComponent("pg/index.html"), encoding: .utf8)
    #expect(index.contains("last 3 runs"), "\(index)")
    let file = try BinaryRunner.run(["history", "copy", "sqlite", "copy.sqlite"], in: space)
    #expect(file.status == 64 && file.stderr.contains("copied into a postgres:// URL"))

    // And back into files: the fourth week from them is the fourth week from the database.
    let back = try BinaryRunner.run(["history", "copy", cluster.url(), "back/"], in: space)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(
      back.stdout.hasPrefix(
        "Copied 3 portfolio runs, and 18 snapshots and 0 baselines of 6 clients' histories"),
      "\(back.stdout)")
    // A role that may read the roll-up's tables but no client's schema copies nothing it
    // cannot read: exit 74, never "0 clients' histories".
    try cluster.query(
      "CREATE ROLE bi LOGIN PASSWORD 'bi-pass'; GRANT USAGE ON SCHEMA public TO bi;"
        + " GRANT SELECT ON ALL TABLES IN SCHEMA public TO bi")
    let partial = try BinaryRunner.run(
      ["history", "copy", cluster.url(user: "bi"), "bi-back/"], in: space,
      environment: ["PGPASSWORD": "bi-pass"])
    #expect(partial.status == 74, "\(partial.stdout) \(partial.stderr)")
    let fourth = "2026-03-23"
    for (out, history) in [("back", [String]()), ("pg", ["--history", cluster.url()])] {
      let run = try Shared.portfolio(["clients", "--out", out] + history, day: fourth, in: space)
      #expect(run.status == 0, "\(run.stderr)")
    }
    for file in ["index.html", "portfolio.xml", "client-05/\(fourth)/workbook.xml"] {
      #expect(try Shared.same(file, in: space, files: "back"), "\(file) differs")
    }
  }
}
