import ArgumentParser
import Foundation
import ReadinessRender
import ReadinessReport

/// How `report` prints: `--paper` for the pages' `@page` size and the PDFs, `--chromium` and
/// `--pdf-timeout` for `--format pdf`.
struct PrintOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Paper the pages print on, landscape: a4 or letter (default: A4 for the report and the"
        + " PDFs; the briefing prints on the reader's paper).", valueName: "paper"),
    transform: { text in
      guard let paper = Paper(rawValue: text.lowercased()) else {
        throw ValidationError(
          "--paper must be a4 or letter, not '\(TerminalText.clean(text, limit: 20))'")
      }
      return paper
    })
  var paper: Paper?

  @Option(
    help: ArgumentHelp(
      "Headless Chromium for --format pdf (default: chromium, chromium-browser or google-chrome"
        + " on the PATH).", valueName: "path"))
  var chromium: String?

  @Option(help: ArgumentHelp("Seconds one PDF may take to print: 5 to 600.", valueName: "seconds"))
  var pdfTimeout: Double = 120

  func validate() throws {
    guard (5...600).contains(pdfTimeout) else {
      throw ValidationError("--pdf-timeout must be 5 to 600 seconds, not \(pdfTimeout)")
    }
  }

  /// The formats that can be written, the PDF printer when they need one, and the error to
  /// end with when PDFs were asked for and no Chromium is at hand (the others are still written).
  func prepare(_ formats: [ReportFormat]) -> (
    formats: [ReportFormat], printer: PDFPrinter?, unavailable: CLIError?
  ) {
    let pdfs = formats.filter(\.isPDF)
    guard !pdfs.isEmpty else { return (formats, nil, nil) }
    guard let executable = ChromiumPrinter.locate(chromium) else {
      let names = pdfs.map(\.fileName).joined(separator: " and ")
      let missing =
        chromium.map { "\($0) is not an executable file" }
        ?? "headless Chromium is not installed (looked for \(ChromiumPrinter.names.joined(separator: ", ")) on the PATH)"
      return (
        formats.filter { !$0.isPDF }, nil,
        CLIError(
          .unavailable, "cannot write \(names): \(missing)", hint: ChromiumPrinter.installHint)
      )
    }
    return (formats, ChromiumPrinter(executable: executable, timeout: pdfTimeout).printer, nil)
  }
}
