import Foundation
import Testing

/// `--client FOLDER` reads and writes one portfolio client's history in the PostgreSQL
/// database the portfolio records into, as `report`, `diff` and `baseline` do with a file.
@Suite("--client: one portfolio client's history in PostgreSQL")
struct PostgresClientOptionTests {
  typealias Shared = PostgresPortfolioTests

  @Test("diff, baseline and report on one client equal the same commands on its SQLite file")
  func oneClient() throws {
    let cluster = try PostgresCluster()
    let space = try BinaryRunner.temporaryFolder()
    for (week, day) in Shared.days.enumerated() {
      try Shared.clients(in: space, week: week + 1, count: 4)
      for (out, history) in [("sqlite", [String]()), ("pg", ["--history", cluster.url()])] {
        let run = try Shared.portfolio(["clients", "--out", out] + history, day: day, in: space)
        #expect(run.status == 0, "\(run.stderr)")
      }
    }
    let file = space.appendingPathComponent("sqlite/client-03/history.sqlite").path
    let database = ["--history", cluster.url(), "--client", "client-03"]
    let span = ["--from", Shared.days[0], "--to", Shared.days[1]]
    let fromFile = try BinaryRunner.run(["diff", "--history", file] + span, in: space)
    let fromDatabase = try BinaryRunner.run(["diff"] + database + span, in: space)
    #expect(fromFile.status == 0 && fromDatabase.status == 0, "\(fromDatabase.stderr)")
    #expect(fromDatabase.stdout == fromFile.stdout && fromFile.stdout.contains("changes from"))

    let inventory = "clients/client-03.yaml"
    let saved = try BinaryRunner.run(
      ["baseline", inventory, "--name", "plan"] + database + ["--as-of", Shared.days[1]],
      in: space)
    #expect(saved.status == 0, "\(saved.stderr)")
    let report = try BinaryRunner.run(
      ["report", inventory, "--quiet", "--format", "xml", "--out", "one", "--as-of", "2026-03-16"]
        + database, in: space)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(
      try cluster.query("SELECT as_of FROM client_client_03.snapshots ORDER BY as_of")
        == Shared.days + ["2026-03-16"])
    #expect(try cluster.query("SELECT name FROM client_client_03.baselines") == ["plan"])
    #expect(try cluster.query("SELECT count(*) FROM client_client_04.baselines") == ["0"])

    for (arguments, says) in [
      (["diff", "--history", file, "--client", "client-03"] + span, "--client needs a PostgreSQL"),
      (["diff", "--history", cluster.url(), "--client", "../x"] + span, "--client takes"),
      (["diff", inventory, inventory, "--client", "client-03"], "go with --history"),
    ] {
      let run = try BinaryRunner.run(arguments, in: space)
      #expect(run.status == 64 && run.stderr.contains(says), "\(arguments): \(run.stderr)")
    }
  }
}
