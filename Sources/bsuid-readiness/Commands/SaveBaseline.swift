import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessHistory

extension BSUIDReadiness {
  /// `baseline INVENTORY --name NAME`: saves the plan's dates in the history database.
  struct SaveBaseline: CLICommand {
    static let configuration = CommandConfiguration(
      commandName: "baseline",
      abstract: "Save the plan's dates as a named baseline in the history.",
      discussion: """
        Schedules the inventory at --as-of and saves, under NAME, each task's planned start and \
        end (milestones included) and the programme's planned finish in the history database \
        (the file `report` records into). Later reports compare their forecast with a \
        baseline: --baseline NAME, else the inventory's programme.baseline, else the first one \
        saved. Re-baselining is explicit: a name already saved is kept unless --replace is given.

        Examples:
          bsuid-readiness baseline inventory.yaml --name plan-2026-03
          bsuid-readiness baseline inventory.yaml --name plan-2026-03 --replace
          bsuid-readiness baseline inventory.yaml --name q2 --as-of 2026-04-01

        Exit codes: 0 saved; 64 usage: NAME is not an id, or it is already saved and --replace \
        was not given (nothing written); 65 invalid inventory; 66 inventory missing; 74 I/O \
        error: a history file that is not this tool's, or that a newer version wrote, is left \
        untouched.
        """)

    @Argument(
      help: ArgumentHelp(
        "The inventory file (YAML or JSON), or - to read standard input.", valueName: "inventory"))
    var inventoryPath: String

    @Option(help: ArgumentHelp("The baseline's name, an id (plan-2026-03).", valueName: "name"))
    var name: String

    @Flag(help: "Overwrite a baseline already saved under this name.")
    var replace = false

    @Option(
      name: .customLong("history"),
      help: ArgumentHelp(
        "SQLite file or postgres:// URL to save into (default: the history `report` uses,"
          + " $BSUID_READINESS_HISTORY, else Output/<programme-slug>/history.sqlite).",
        valueName: "file-or-url"))
    var history: String?

    func validate() throws { try HistoryOptions.check(history) }

    @OptionGroup var client: ClientOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var csvRoot: CSVRootOption

    func execute() throws(CLIError) {
      guard InputLimits.isID(name) else {
        throw CLIError(
          .usage, "'\(TerminalText.clean(name, limit: 40))' is not a baseline name",
          hint: "\(InputLimits.idRule), e.g. --name plan-2026-03")
      }
      let named = try client.apply(to: try HistoryPlace.named(history)?.absolute)
      let evaluated = try InventoryInput.load(
        path: inventoryPath, asOf: asOf.choice, csvRoot: csvRoot.path
      ).evaluated
      let assessment = Assessor.assess(evaluated)
      let slug = assessment.programme.slug
      let place = named ?? .file(HistoryOptions.defaultFile(slug: slug).path)
      let baseline = Baseline(name: name, savedOn: evaluated.asOf, schedule: assessment.schedule)
      let outcome = try Self.save(baseline, of: slug, into: place, replace: replace)
      let finish = baseline.finish.map { ", finish \($0.iso)" } ?? ""
      let verb = outcome == .replaced ? "Replaced" : "Saved"
      let what = "\(verb) baseline \(name) of \(slug) as of \(baseline.savedOn.iso)\(finish)"
      Console.out(
        "\(what, limit: 600) (\(baseline.tasks.count) tasks) in \(place.name, limit: 200)")
    }

    /// Saves into the history at `place`, creating it (and a file's folder) when there is none.
    private static func save(
      _ baseline: Baseline, of slug: String, into place: HistoryPlace, replace: Bool
    ) throws(CLIError) -> HistoryStore.BaselineSaving {
      let instead = "pass --history with another file"
      if case .file(let path) = place { try HistoryRecording.createFolder(of: path) }
      do {
        let store = try place.open(forWriting: true)
        // Asked before the file is opened for writing, which would leave it rewritten.
        let saved = try store.baselineNames(of: slug)
        let outcome =
          saved.contains(baseline.name) && !replace
          ? .exists
          : try store.save(
            baseline, of: slug, replace: replace, toolVersion: BSUIDReadiness.version)
        if outcome == .exists {
          throw CLIError(
            .usage, "\(slug) already has a baseline named '\(baseline.name)'; nothing was written",
            at: place.name,
            hint:
              "re-baselining is explicit: pass --replace, or choose another --name (saved: \(saved.joined(separator: ", ")))"
          )
        }
        return outcome
      } catch let error as HistoryError {
        throw CLIError(history: error, instead: instead)
      } catch let error as CLIError {
        throw error
      } catch {
        throw CLIError(.internalError, "\(error)")
      }
    }
  }
}
