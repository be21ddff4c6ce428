import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessReport

extension BSUIDReadiness {
  /// `portfolio`: a report for every client's inventory, in parallel, and a roll-up of them all.
  struct Portfolio: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Report on many inventories at once and roll them up.",
      discussion: """
        Evaluates every inventory named (or every .yaml, .yml and .json file directly inside \
        each folder named) in parallel, writes each client's report.html and workbook.xml into \
        <out>/<client>/<as-of>/ with its history in <out>/<client>/history.sqlite, then writes \
        the roll-up: <out>/index.html (one row per client, worst first), <out>/portfolio.xml \
        (checked against Schemas/portfolio.xsd) and <out>/portfolio.xlsx. Each run is recorded \
        in <out>/portfolio.sqlite (by its date: the latest client as-of; a rerun of a date \
        replaces it), and the roll-up shows each client's change since the previous run and \
        the portfolio's trend; --no-history skips it and the clients' histories. \
        With --history postgres://… (or BSUID_READINESS_HISTORY), the clients' histories and \
        the runs are kept in that database instead, each client's in the schema \
        client_<folder> (`-` written `_`), the runs in the URL's schema; shards on many \
        machines can then write into it at once. A client's folder is its file name's slug, \
        with -2, -3… when two files share one; a file recorded in portfolio.sqlite keeps the \
        folder earlier runs gave it, and a new file never takes one recorded for another. An inventory that does not load is listed with \
        its diagnostics and the others go on; the run then exits 65.

        Across machines: `--shard K/N` evaluates every N-th inventory (by sorted path) and leaves \
        its entries in <out>/portfolio-shard-K-of-N.json instead of a roll-up (and records no \
        portfolio run); `--rollup` then reads the shard files in the folders named and writes \
        the same roll-up, and records the same run, that one run would.

        Examples:
          bsuid-readiness portfolio clients/ --out Output/portfolio
          bsuid-readiness portfolio clients/ --shard 2/3 --out shared/
          bsuid-readiness portfolio --rollup shared/ --out shared/
          bsuid-readiness portfolio clients/ --history postgres://ops@db/readiness

        Exit codes: 0 written; 64 usage; 65 an inventory or shard file is invalid (every other \
        client written); 66 input missing; 70 internal error; 73 output folder cannot be created; \
        74 I/O error (also when portfolio.sqlite, or the PostgreSQL database, is not one this \
        version can use or cannot be reached: it is left untouched and every other file is \
        written).
        """)

    @Argument(
      help: ArgumentHelp(
        "Inventory files or folders of them (with --rollup: shard output folders).",
        valueName: "path"))
    var paths: [String]

    @Option(
      name: .customLong("out"),
      help: ArgumentHelp("Folder to write into (default: Output/portfolio).", valueName: "dir"))
    var out = "Output/portfolio"

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var language: LanguageOption

    @Option(
      name: .customLong("jobs"),
      help: ArgumentHelp(
        "Inventories evaluated at once (default: the number of cores).", valueName: "n"))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(
      name: .customLong("templates"),
      help: ArgumentHelp(
        "Folder of report templates that override the bundled Templates/.", valueName: "dir"))
    var templates: String?

    @Option(
      name: .customLong("shard"),
      help: ArgumentHelp(
        "Evaluate only the K-th of N shares (\(PortfolioShard.rangeText)), leaving its entries for --rollup.",
        valueName: "k/n"),
      transform: Portfolio.shard)
    var shard: PortfolioShard?

    @Flag(
      name: .customLong("rollup"),
      help: "Merge the shard files in the folders named into one roll-up.")
    var rollup = false

    @Option(
      name: .customLong("history"),
      help: ArgumentHelp(
        "postgres://user@host:port/database URL (no password) holding every client's history"
          + " and the roll-up's runs (default: $BSUID_READINESS_HISTORY, else SQLite files"
          + " under --out).",
        valueName: "url"))
    var history: String?

    @Flag(
      name: .customLong("no-history"), help: "Neither compare with past reports nor record these.")
    var noHistory = false

    @Flag(name: .customLong("quiet"), help: "Print only errors: no progress, no summary.")
    var quiet = false

    func validate() throws {
      if paths.isEmpty { throw ValidationError("name at least one inventory file or folder") }
      if jobs < 1 { throw ValidationError("--jobs takes a number of 1 or more") }
      if out.isEmpty { throw ValidationError("--out needs a folder path") }
      if rollup && shard != nil {
        throw ValidationError("--rollup and --shard cannot be used together")
      }
      if noHistory && history != nil {
        throw ValidationError("--history and --no-history cannot be used together")
      }
      try HistoryOptions.check(history)
    }

    func execute() throws(CLIError) {
      let outFolder = URL(fileURLWithPath: out, isDirectory: true)
      let named = try PortfolioHistory.named(history, noHistory: noHistory, out: outFolder)
      if rollup {
        let entries = try PortfolioRollupFiles.readShards(in: paths, out: outFolder)
        let (place, unusable, _) = PortfolioHistory.usable(named)
        let databaseError = try PortfolioRollupFiles.write(
          entries, into: outFolder, recording: place, fallback: fallback, language: language.lang)
        try finish(
          entries.map { PortfolioRun.Outcome(entry: $0, errors: []) }, shardOnly: false,
          databaseError: unusable ?? databaseError)
        return
      }
      if let templates { try TemplateLoading.requireFolder(templates) }
      let kit = try ReportFiles.Kit(formats: ReportFormat.defaults, templates: templates)
      let found = try PortfolioInputs(paths)  // exit 66 before any database is opened
      let (place, unusable, recorded) = PortfolioHistory.usable(named)
      let inputs = found.keeping(recorded)
      let clients = inputs.share(shard)
      let outcomes = PortfolioRun.evaluate(
        clients, of: inputs, out: outFolder, asOf: asOf, history: place, kit: kit,
        language: LanguageChoice(lang: language.lang, langWins: false), jobs: jobs,
        progress: Progress(total: clients.count, quiet: quiet))
      var databaseError = unusable
      if let shard {
        try PortfolioRollupFiles.writeShard(outcomes.map(\.entry), shard: shard, into: outFolder)
      } else {
        databaseError =
          try PortfolioRollupFiles.write(
            outcomes.map(\.entry), into: outFolder, recording: place, fallback: fallback,
            language: language.lang)
          ?? databaseError
      }
      try finish(outcomes, shardOnly: shard != nil, databaseError: databaseError)
    }

    /// The run's date when no client was evaluated: `--as-of`, else today.
    private var fallback: Day { asOf.asOf ?? AsOfOption.today() }

    private static func shard(_ text: String) throws -> PortfolioShard {
      guard let shard = PortfolioShard(text) else {
        throw ValidationError(
          "--shard takes K/N with \(PortfolioShard.rangeText), e.g. 2/3, not '\(text)'")
      }
      return shard
    }
  }
}
