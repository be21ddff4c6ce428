import ReadinessCore

/// The headline's forecast finish of the programme against its planned finish: the latest
/// forecast task end beside the latest planned one, apart by so many working days.
public struct HTMLFinishLine: Encodable, Sendable {
  public let hasFinish: Bool
  public let sentence: String
  /// `late`, `ahead` or `on-plan`, for the line's colour.
  let state: String

  public init(_ s: Schedule) {
    guard let planned = s.plannedFinish, let forecast = s.forecastFinish, let slip = s.finishSlip
    else {
      (hasFinish, sentence, state) = (false, "", "on-plan")
      return
    }
    let days = abs(slip) == 1 ? "1 working day" : "\(abs(slip)) working days"
    let against =
      slip > 0
      ? "\(days) after the planned \(planned.iso)"
      : slip < 0 ? "\(days) before the planned \(planned.iso)" : "as planned"
    hasFinish = true
    sentence = "Forecast finish \(forecast.iso), \(against)"
    state = slip > 0 ? "late" : slip < 0 ? "ahead" : "on-plan"
  }
}
