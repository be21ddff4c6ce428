import ArgumentParser
import ReadinessCore
import ReadinessHistory

/// `--client FOLDER`: one portfolio client's history in a PostgreSQL database that a
/// `portfolio --history postgres://…` run keeps (its schema `client_<folder>`), for `report`,
/// `diff` and `baseline`, instead of spelling the schema in the URL's `options`.
struct ClientOption: ParsableArguments {
  @Option(
    name: .customLong("client"),
    help: ArgumentHelp(
      "A portfolio client's folder: its history in the PostgreSQL history's schema"
        + " client_<folder>.", valueName: "folder"))
  var client: String?

  func validate() throws {
    if let client, !PortfolioClient.isFolderName(client) {
      throw ValidationError(
        "--client takes a client's folder as portfolio names it (a-z, 0-9 and -), not '\(client)'")
    }
  }

  /// `place` narrowed to the client's schema; a usage error when there is a client but no
  /// PostgreSQL history.
  func apply(to place: HistoryPlace?) throws(CLIError) -> HistoryPlace? {
    guard let client else { return place }
    guard case .postgres(let location)? = place else {
      throw CLIError(
        .usage, "--client needs a PostgreSQL history",
        hint: "pass --history postgres://user@host/database (or set \(HistoryPlace.variable)),"
          + " the database the portfolio records into")
    }
    return .postgres(location.client(client))
  }
}
