import ReadinessCore
import ReadinessHistory

extension HistoryRecording {
  /// The schedule compared with the baseline `named` (`--baseline`), else the inventory's
  /// `programme.baseline`, else the first one saved; nil when none is saved. A named baseline
  /// that is not saved stops the report: exit 66, naming those that are.
  func baseline(named: String?, programme: Programme, schedule: Schedule) throws(CLIError)
    -> BaselineComparison?
  {
    let slug = snapshot.programme
    do {
      let saved = try store.baselineNames(of: slug)
      guard let name = try BaselineChoice.name(named ?? programme.baseline, among: saved),
        let baseline = try store.baseline(of: slug, named: name)
      else { return nil }
      return BaselineComparison(schedule: schedule, baseline: baseline)
    } catch let error as HistoryError {
      throw Self.cliError(error)
    } catch let missing as BaselineChoice.Missing {
      let location =
        named == nil ? programme.baselineLocation?.description ?? store.path : store.path
      let saved =
        missing.saved.isEmpty
        ? "none is saved yet"
        : "saved: \(missing.saved.joined(separator: ", "))"
      throw CLIError(
        .inputMissing, "no baseline named '\(missing.name)' is saved for \(slug)", at: location,
        hint:
          "\(saved); save one with `bsuid-readiness baseline INVENTORY --name \(missing.name)`")
    } catch {
      throw CLIError(.internalError, "\(error)")
    }
  }
}
