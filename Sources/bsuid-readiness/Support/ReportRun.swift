import Foundation
import ReadinessCore
import ReadinessRender

/// One report from a validated inventory, as `report` and each client of `portfolio` make it:
/// assess at the day, compare with and record into the history, render and write the files.
struct ReportRun {
  var assessment: Assessment
  var snapshot: Snapshot
  /// The names of the files written.
  var files: [String]
  /// A history that could not be used: the files were still written, and this comes last.
  var historyError: CLIError?
  /// The language the files were written in, for what the terminal shows beside them.
  let language: any MessageLanguage

  /// Assesses `evaluated` at its as-of day, reads the history `history` names for it (nil: none), renders with `kit`,
  /// writes into `folder`, then records the snapshot. The forecast is compared with the saved
  /// baseline `baseline` names (else the inventory's, else the first saved). The files are
  /// written in the language `language` chooses. Throws when the language's catalogue cannot
  /// be read, when rendering or writing fails, or when a named baseline is not saved (nothing
  /// written).
  init(
    _ evaluated: EvaluatedInventory, gates: [Gate], history: (Assessment) -> HistoryPlace?,
    baseline: String? = nil, kit: ReportFiles.Kit, language: LanguageChoice,
    folder: (Assessment) -> URL
  ) throws(CLIError) {
    let words = try LanguageCatalogs.shared.language(
      language.tag(for: evaluated.inventory.programme))
    self.language = words
    assessment = Assessor.assess(evaluated)
    snapshot = Snapshot(assessment, gates: gates)
    var recording: HistoryRecording?
    if let place = history(assessment) {
      do {
        var opened = try HistoryRecording(place: place, snapshot: snapshot)
        assessment.baseline = try opened.baseline(
          named: baseline, programme: evaluated.inventory.programme, schedule: assessment.schedule)
        opened.snapshot.baseline = assessment.baseline.map(BaselineMark.init)
        assessment.history = try opened.reportHistory()
        recording = opened
        snapshot = opened.snapshot
      } catch  where error.status == .inputMissing {
        throw error
      } catch {
        historyError = error
      }
    }
    files = try ReportFiles.render(assessment, kit: kit, in: words, into: folder(assessment))
    do {
      try recording?.record()
    } catch {
      historyError = error
    }
  }
}
