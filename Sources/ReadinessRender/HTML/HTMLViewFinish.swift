import ReadinessCore

/// The headline's forecast finish of the programme against its planned finish: the latest
/// forecast task end beside the latest planned one, apart by so many working days. With a saved
/// baseline it names the baseline's finish too: "Finish: baseline X (NAME, saved D), plan Y,
/// forecast Z", and how far the forecast is behind the baseline.
public struct HTMLFinishLine: Encodable, Sendable {
  public let hasFinish: Bool
  public let sentence: String
  /// `late`, `ahead` or `on-plan`, for the line's colour.
  let state: String

  public init(_ s: Schedule, baseline: BaselineComparison? = nil) {
    guard let planned = s.plannedFinish, let forecast = s.forecastFinish, let slip = s.finishSlip
    else {
      (hasFinish, sentence, state) = (false, "", "on-plan")
      return
    }
    hasFinish = true
    if let baseline, let saved = baseline.baselineFinish, let behind = baseline.behind {
      let against =
        behind > 0
        ? "\(Self.days(behind)) behind baseline"
        : behind < 0 ? "\(Self.days(behind)) ahead of baseline" : "on baseline"
      sentence =
        "Finish: baseline \(saved.iso) (\(baseline.name), saved \(baseline.savedOn.iso)), plan "
        + "\(planned.iso), forecast \(forecast.iso): \(against)"
      state = max(behind, slip) > 0 ? "late" : min(behind, slip) < 0 ? "ahead" : "on-plan"
      return
    }
    let against =
      slip > 0
      ? "\(Self.days(slip)) after the planned \(planned.iso)"
      : slip < 0 ? "\(Self.days(slip)) before the planned \(planned.iso)" : "as planned"
    sentence = "Forecast finish \(forecast.iso), \(against)"
    state = slip > 0 ? "late" : slip < 0 ? "ahead" : "on-plan"
  }

  /// "1 working day", "3 working days", whatever the sign.
  private static func days(_ count: Int) -> String {
    abs(count) == 1 ? "1 working day" : "\(abs(count)) working days"
  }
}

/// The finish sentence of every headline, for the CLI's terminal summary: nil without tasks.
public enum FinishLine {
  public static func sentence(_ a: Assessment) -> String? {
    let line = HTMLFinishLine(a.schedule, baseline: a.baseline)
    return line.hasFinish ? line.sentence : nil
  }
}
