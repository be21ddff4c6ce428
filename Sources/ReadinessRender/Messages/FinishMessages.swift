import ReadinessCore

/// The forecast finish against the plan and the baseline (`HTMLFinishLine`).
enum FinishMessages {
  static let baseline = MessageKey(
    "finish.baseline",
    "Finish: baseline {saved} ({name}, saved {savedOn}), plan {planned}, forecast {forecast}:"
      + " {against}")
  static let behindBaseline = MessageKey(
    "finish.baseline.behind", one: "{count} working day behind baseline",
    other: "{count} working days behind baseline")
  static let aheadOfBaseline = MessageKey(
    "finish.baseline.ahead", one: "{count} working day ahead of baseline",
    other: "{count} working days ahead of baseline")
  static let onBaseline = MessageKey("finish.baseline.on", "on baseline")
  static let forecast = MessageKey("finish.forecast", "Forecast finish {forecast}, {against}")
  static let after = MessageKey(
    "finish.after", one: "{count} working day after the planned {planned}",
    other: "{count} working days after the planned {planned}")
  static let before = MessageKey(
    "finish.before", one: "{count} working day before the planned {planned}",
    other: "{count} working days before the planned {planned}")
  static let asPlanned = MessageKey("finish.asPlanned", "as planned")

  static let all = [
    baseline, behindBaseline, aheadOfBaseline, onBaseline, forecast, after, before, asPlanned,
  ]
}

/// Every message the renderers write, for the catalogues.
public enum RenderMessages {
  public static let all: [MessageKey] =
    FinishMessages.all + ChangeMessages.all + BriefingMessages.all + CalendarMessages.all
    + MarkdownMessages.all + ReportMessages.all + GanttMessages.all + TerminalMessages.all
    + ValidationMessages.all
}
