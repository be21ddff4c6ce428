import ReadinessCore

/// workbook.xlsx's and portfolio.xlsx's sheet names, labels, notes, chart titles and print
/// headers (`xlsx.*`); their column headers are `WorkbookColumns`.
public enum WorkbookMessages {
  static let summary = MessageKey("xlsx.sheet.summary", "Summary")
  static let checklist = MessageKey("xlsx.sheet.checklist", "Checklist")
  static let flows = MessageKey("xlsx.sheet.flows", "Flows")
  static let systems = MessageKey("xlsx.sheet.systems", "Systems")
  static let usernames = MessageKey("xlsx.sheet.usernames", "Usernames")
  static let risks = MessageKey("xlsx.sheet.risks", "Risks")
  static let issues = MessageKey("xlsx.sheet.issues", "Issues")
  static let decisions = MessageKey("xlsx.sheet.decisions", "Decisions")
  static let actions = MessageKey("xlsx.sheet.actions", "Actions")
  static let ownerLoad = MessageKey("xlsx.sheet.ownerLoad", "Owner load")
  static let timeline = MessageKey("xlsx.sheet.timeline", "Timeline")
  static let gantt = MessageKey("xlsx.sheet.gantt", "Gantt")
  static let trend = MessageKey("xlsx.sheet.trend", "Trend")
  static let clients = MessageKey("xlsx.sheet.clients", "Clients")
  static let notEvaluated = MessageKey("xlsx.sheet.notEvaluated", "Not evaluated")

  static let title = MessageKey("xlsx.title", "BSUID readiness: {programme}")
  static let heading = MessageKey("xlsx.heading", "BSUID readiness: {programme}, as of {date}")
  static let portfolioTitle = MessageKey("xlsx.portfolio.title", "BSUID readiness: portfolio")
  static let portfolioHeading = MessageKey(
    "xlsx.portfolio.heading", "BSUID readiness: portfolio, as of {date}")
  /// The page footer; `{page}` and `{pages}` become the page's number and the count.
  static let page = MessageKey("xlsx.page", "Page {page} of {pages}")

  static let readiness = MessageKey("xlsx.summary.readiness", "BSUID readiness")
  static let organisation = MessageKey("xlsx.summary.organisation", "Organisation")
  static let asOf = MessageKey("xlsx.summary.asOf", "As of")
  static let overallScore = MessageKey("xlsx.summary.overall", "Overall score (of 100)")
  static let why = MessageKey("xlsx.summary.why", "Why")
  static let setRAG = MessageKey("xlsx.summary.setRAG", "set by the PM: {rag}")
  static let plannedFinish = MessageKey("xlsx.summary.plannedFinish", "Planned finish")
  static let forecastFinish = MessageKey("xlsx.summary.forecastFinish", "Forecast finish")
  static let slip = MessageKey("xlsx.summary.slip", "Slip (working days)")
  static let atRisk = MessageKey("xlsx.summary.atRisk", "Conversations at risk / month")
  static let atAdoption = MessageKey("xlsx.summary.atAdoption", "at adoption")

  static let scoreSeries = MessageKey("xlsx.chart.score", "Score")
  static let expectedSeries = MessageKey("xlsx.chart.expected", "Expected")
  static let phaseChart = MessageKey("xlsx.chart.phases", "Phase score against expected")
  static let overallSeries = MessageKey("xlsx.chart.overall", "Overall score")
  static let trendChart = MessageKey("xlsx.chart.trend", "Score trend")

  static let exposure = MessageKey("xlsx.exposure", "Operational Silence exposure per month")
  static let observed = MessageKey("xlsx.exposure.observed", "observed, {basis}")
  static let allBreaking = MessageKey("xlsx.exposure.allBreaking", "all breaking flows")
  /// How an item's completion is counted (`ItemResult.Basis`).
  static func basis(_ basis: ItemResult.Basis) -> MessageKey {
    MessageKey("xlsx.basis.\(basis.rawValue)", basis.rawValue)
  }

  static let setByPM = MessageKey(
    "xlsx.risk.setByPM", "{severity}, set by the PM; computed: {computed}")
  static let unassigned = MessageKey("xlsx.actions.unassigned", "Unassigned")
  static let overloaded = MessageKey("xlsx.actions.overloaded", "OVERLOADED")
  static let milestone = MessageKey("xlsx.milestone", "milestone")

  static let workingCalendar = MessageKey("xlsx.gantt.calendar", "Working calendar")
  static let workingDays = MessageKey("xlsx.gantt.workingDays", "Working days")
  static let holiday = MessageKey("xlsx.gantt.holiday", "Holiday")
  static let ganttKey = MessageKey("xlsx.gantt.key", "Gantt key")
  static let planOnly = MessageKey("xlsx.gantt.plan", "plan only")
  static let forecastOnly = MessageKey("xlsx.gantt.forecast", "forecast only (slipped)")
  static let planAndForecast = MessageKey("xlsx.gantt.both", "plan and forecast")

  static let changeSince = MessageKey("xlsx.portfolio.changeSince", "Change since {date}")
  static let ragOn = MessageKey("xlsx.portfolio.ragOn", "RAG on {date}")
  static let newClient = MessageKey("xlsx.portfolio.new", "new")
  /// A phase's column in the portfolio's Clients sheet: "Planning".
  static func phase(_ phase: PhaseID) -> MessageKey {
    MessageKey("xlsx.portfolio.phase.\(phase.rawValue)", phase.rawValue.capitalized)
  }
  /// A phase's RAG column: "Planning RAG".
  static func phaseRAG(_ phase: PhaseID) -> MessageKey {
    MessageKey("xlsx.portfolio.phaseRAG.\(phase.rawValue)", "\(phase.rawValue.capitalized) RAG")
  }

  /// Every message the workbooks write, for the catalogues; the vocabulary words they show
  /// beside those of the core and the pages.
  public static let all: [MessageKey] =
    [
      summary, checklist, flows, systems, usernames, risks, issues, decisions, actions, ownerLoad,
      timeline, gantt, trend, clients, notEvaluated, title, heading, portfolioTitle,
      portfolioHeading, page, readiness, organisation, asOf, overallScore, why, setRAG,
      plannedFinish, forecastFinish, slip, atRisk, atAdoption, scoreSeries, expectedSeries,
      phaseChart, overallSeries, trendChart, exposure, observed, allBreaking, setByPM, unassigned,
      overloaded, milestone, workingCalendar, workingDays, holiday, ganttKey, planOnly,
      forecastOnly, planAndForecast, changeSince, ragOn, newClient,
    ] + [ItemResult.Basis.data, .tasks, .none].map(basis)
    + PhaseID.allCases.flatMap { [phase($0), phaseRAG($0)] } + WorkbookColumns.all
    + WordMessages.vocabulary(of: SystemKind.self)
    + WordMessages.vocabulary(of: StoredIdentifier.self)
}
