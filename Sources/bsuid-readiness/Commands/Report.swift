import ArgumentParser
import Foundation
import ReadinessCore
import ReadinessRender

extension BSUIDReadiness {
  /// `report`: scores an inventory at a date and writes the report files.
  struct Report: CLICommand {
    static let configuration = CommandConfiguration(
      abstract: "Score an inventory and write the report files.",
      discussion: """
        Loads the inventory, scores it at --as-of and writes the chosen files into --out, \
        atomically: a failed run leaves no partial file behind. Every workbook.xml is checked \
        against Schemas/workbook.xsd before it is written. An invalid inventory prints the same \
        diagnostics as `validate` and writes nothing.

        Examples:
          bsuid-readiness report inventory.yaml
          bsuid-readiness report inventory.yaml --as-of 2026-11-25 --out week-48
          bsuid-readiness report inventory.json --format xml
          bsuid-readiness report inventory.yaml --templates my-templates
          bsuid-readiness report inventory.yaml --fail-under 60 --fail-on red --quiet
          bsuid-readiness report inventory.yaml --baseline plan-2026-03

        Each report is recorded in a history (an SQLite file, by default \
        Output/<programme-slug>/history.sqlite, or a PostgreSQL database: --history \
        postgres://user@host/db or BSUID_READINESS_HISTORY) and compared with the latest \
        earlier one. The \
        forecast finish is compared with a baseline saved by `bsuid-readiness baseline`: \
        --baseline NAME, else programme.baseline, else the first one saved.

        Exit codes: 0 written; 1 a gate failed (every file written); 64 usage; 65 invalid inventory (nothing written); \
        66 inventory, observed adoption file, --templates folder or named baseline missing \
        (nothing written); 70 internal error: a generated file failed its own checks \
        (nothing written); 73 output folder cannot be created; 74 I/O error (a history file that \
        cannot be used is left untouched, the report files are still written).
        """)

    @Argument(
      help: ArgumentHelp(
        "The inventory file (YAML or JSON), or - to read standard input.", valueName: "inventory"))
    var inventoryPath: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var csvRoot: CSVRootOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var gates: GateOptions
    @OptionGroup var language: LanguageOption

    @Option(
      help: ArgumentHelp(
        "Saved baseline to compare the forecast with (default: the inventory's"
          + " programme.baseline, else the first one saved).", valueName: "name"))
    var baseline: String?

    func validate() throws {
      guard let baseline else { return }
      guard InputLimits.isID(baseline) else {
        throw ValidationError(
          "--baseline '\(TerminalText.clean(baseline, limit: 40))' is not a name: \(InputLimits.idRule)"
        )
      }
      if history.noHistory {
        throw ValidationError("--baseline needs a history: drop --no-history")
      }
    }

    func execute() throws(CLIError) {
      // A missing --templates folder stops the run before the inventory is read, whatever
      // formats are asked for.
      if let templates = output.templates { try TemplateLoading.requireFolder(templates) }
      // The templates and schema load while the inventory is read; a problem with the inventory
      // is still reported first.
      let (formats, printer, unavailable) = printing.prepare(output.formats)
      let (templates, paper) = (output.templates, printing.paper)
      let kit = Pending {
        Result { () throws(CLIError) in
          try ReportFiles.Kit(
            formats: formats, templates: templates, paper: paper, printer: printer)
        }
      }
      let named = try history.named()
      let choice = LanguageChoice(lang: language.lang, langWins: true)
      let evaluated = try InventoryInput.load(
        path: inventoryPath, asOf: asOf.choice, csvRoot: csvRoot.path, language: choice,
        printWarnings: !gates.quiet
      ).evaluated
      let day = evaluated.asOf
      let run = try ReportRun(
        evaluated, gates: gates.gates,
        history: { history.place(slug: $0.programme.slug, named: named) }, baseline: baseline,
        kit: kit.value.get(), language: choice,
        folder: { output.folder(slug: $0.programme.slug, asOf: day) })
      let folder = output.folder(slug: run.assessment.programme.slug, asOf: day)
      if !gates.quiet {
        Console.report(run.assessment.warnings, in: run.language)
        let summary = TerminalSummary(
          w: Wording(language: run.language), colour: Console.useColour
        ).lines(for: run.assessment, folder: folder.path, files: run.files)
        for line in summary { Console.out(line) }
      }
      try GateCheck.finish(
        run.snapshot.gates, programme: run.assessment.programme.name, folder: folder.path,
        historyError: run.historyError)
      if let unavailable { throw unavailable }
    }
  }
}
