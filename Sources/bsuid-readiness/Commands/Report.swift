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

        Each report is recorded in a history (an SQLite file, by default \
        Output/<programme-slug>/history.sqlite) and compared with the latest earlier one.

        Exit codes: 0 written; 1 a gate failed (every file written); 64 usage; 65 invalid inventory (nothing written); \
        66 inventory or --templates folder missing; 70 internal error: a generated file failed its own checks \
        (nothing written); 73 output folder cannot be created; 74 I/O error (a history file that \
        cannot be used is left untouched, the report files are still written).
        """)

    @Argument(
      help: ArgumentHelp(
        "The inventory file (YAML or JSON), or - to read standard input.", valueName: "inventory"))
    var inventoryPath: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var history: HistoryOptions
    @OptionGroup var gates: GateOptions

    func execute() throws(CLIError) {
      // A missing --templates folder stops the run before the inventory is read, whatever
      // formats are asked for.
      if let templates = output.templates { try TemplateLoading.requireFolder(templates) }
      let validated = try InventoryInput.load(path: inventoryPath, asOf: asOf.resolve).validated
      let day = asOf.resolve(for: validated.inventory.programme)
      var assessment = Assessor.assess(validated, asOf: day)
      let snapshot = Snapshot(assessment, gates: gates.gates)
      // A history that cannot be used still lets the report be written; its error comes last.
      var recording: HistoryRecording?
      var historyError: CLIError?
      if let file = history.file(slug: assessment.programme.slug) {
        do {
          let opened = try HistoryRecording(file: file, snapshot: snapshot)
          assessment.history = try opened.reportHistory()
          recording = opened
        } catch {
          historyError = error
        }
      }
      let files = try ReportFiles.render(
        assessment, formats: output.formats, templates: output.templates)
      let folder = output.folder(slug: assessment.programme.slug, asOf: day)
      do {
        try AtomicWriter.write(files, into: folder)
      } catch {
        switch error {
        case .cannotCreateFolder:
          throw CLIError(
            .cannotCreateOutput, "\(error)",
            hint: "check that no part of the path is a file and that the folder is writable")
        case .cannotWrite:
          throw CLIError(
            .ioError, "\(error)",
            hint: "check that the output folder is writable, has space, and holds no folder"
              + " named like an output file")
        }
      }
      do {
        try recording?.record()
      } catch {
        historyError = error
      }
      if !gates.quiet {
        let summary = TerminalSummary.lines(
          for: assessment, folder: folder.path, files: files.map(\.name), colour: Console.useColour)
        summary.forEach(Console.out)
      }
      try GateCheck.finish(snapshot.gates, historyError: historyError)
    }
  }
}
