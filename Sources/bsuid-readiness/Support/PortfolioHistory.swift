import Foundation
import ReadinessCore
import ReadinessHistory

/// Where a portfolio keeps its histories: SQLite files under the output folder (each client's
/// `<client>/history.sqlite` and the roll-up's `portfolio.sqlite`), or one PostgreSQL database,
/// each client's history in a schema of its own and the roll-up's runs in the URL's schema, so
/// that shards on many machines write into it at once.
enum PortfolioHistory {
  case files(URL)
  case postgres(PostgresLocation)

  /// The history `--history` or the environment names, when it is a PostgreSQL URL, else the
  /// files under `out` (a portfolio's SQLite files are always there: a file `--history` names
  /// is a usage error, one the environment names is for `report` and left to it); nil with
  /// `--no-history`.
  static func named(_ option: String?, noHistory: Bool, out: URL) throws(CLIError)
    -> PortfolioHistory?
  {
    if noHistory { return nil }
    switch try HistoryPlace.named(option) {
    case .postgres(let location)?: return .postgres(location)
    case .file(let path)? where option != nil:
      throw CLIError(
        .usage, "a portfolio's history is a postgres:// URL, not the file '\(path)'",
        hint: "a portfolio keeps its SQLite histories under --out; pass --history"
          + " postgres://user@host/database to share one database between machines")
    default: return .files(out)
    }
  }

  /// What a run may use of `place`: the place itself, or none and why, and the clients earlier
  /// runs recorded. A PostgreSQL database is opened, and its clients read, before any client
  /// writes into it: one that is not this tool's, or that cannot be reached or read, gets no
  /// client's schema, and the run goes on without history (exit 74), rather than give clients
  /// other folders than the database knows them by. SQLite files are per client: an unusable
  /// `portfolio.sqlite` fails only the roll-up's recording.
  static func usable(_ place: PortfolioHistory?)
    -> (place: PortfolioHistory?, error: CLIError?, recorded: [String: PortfolioClient.Recorded])
  {
    guard case .postgres? = place, let place else {
      return (place, nil, PortfolioRecording.recordedClients(place))
    }
    do {
      let recording = try PortfolioRecording(place)
      return (place, nil, try recording.recordedClients())
    } catch {
      return (nil, error, [:])
    }
  }

  /// The history of the client whose folder is `folder`.
  func client(_ folder: String) -> HistoryPlace {
    switch self {
    case .files(let out):
      .file(
        out.appendingPathComponent(folder, isDirectory: true)
          .appendingPathComponent("history.sqlite").path)
    case .postgres(let location): .postgres(location.client(folder))
    }
  }

  /// What messages name: `portfolio.sqlite` under the output folder, or the URL.
  var rollupName: String {
    switch self {
    case .files: PortfolioRecording.fileName
    case .postgres(let location): location.description
    }
  }
}
