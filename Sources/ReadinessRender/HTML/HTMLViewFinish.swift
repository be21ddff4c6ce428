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
    self.init(s, baseline: baseline, wording: .english)
  }

  init(_ s: Schedule, baseline: BaselineComparison?, wording: Wording) {
    typealias M = FinishMessages
    guard let planned = s.plannedFinish, let forecast = s.forecastFinish, let slip = s.finishSlip
    else {
      (hasFinish, sentence, state) = (false, "", "on-plan")
      return
    }
    hasFinish = true
    if let baseline, let saved = baseline.baselineFinish, let behind = baseline.behind {
      let days: MessageArguments = ["count": .count(abs(behind))]
      let against =
        behind > 0
        ? Message(M.behindBaseline, days)
        : behind < 0 ? Message(M.aheadOfBaseline, days) : Message(M.onBaseline)
      sentence = wording(
        M.baseline,
        [
          "saved": .day(saved), "name": .text(baseline.name), "savedOn": .day(baseline.savedOn),
          "planned": .day(planned), "forecast": .day(forecast), "against": .message(against),
        ])
      state = max(behind, slip) > 0 ? "late" : min(behind, slip) < 0 ? "ahead" : "on-plan"
      return
    }
    let days: MessageArguments = ["count": .count(abs(slip)), "planned": .day(planned)]
    let against =
      slip > 0
      ? Message(M.after, days) : slip < 0 ? Message(M.before, days) : Message(M.asPlanned)
    sentence = wording(M.forecast, ["forecast": .day(forecast), "against": .message(against)])
    state = slip > 0 ? "late" : slip < 0 ? "ahead" : "on-plan"
  }
}

/// The finish sentence of every headline, for the CLI's terminal summary: nil without tasks.
public enum FinishLine {
  public static func sentence(_ a: Assessment, wording: Wording = .english) -> String? {
    let line = HTMLFinishLine(a.schedule, baseline: a.baseline, wording: wording)
    return line.hasFinish ? line.sentence : nil
  }
}
