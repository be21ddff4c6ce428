import ReadinessCore

/// report.html's Gantt chart (`GanttView` and what it builds) and trend chart (`TrendChart`).
enum GanttMessages {
  static let summary = MessageKey(
    "gantt.summary", "{tasks} and {milestones}; {late}, {critical}. {calendar}")
  static let tasks = MessageKey("gantt.summary.tasks", one: "{count} tasks", other: "{count} tasks")
  static let milestoneTasks = MessageKey(
    "gantt.summary.milestones", one: "{count} task milestones", other: "{count} task milestones")
  static let late = MessageKey("gantt.summary.late", one: "{count} late", other: "{count} late")
  static let critical = MessageKey(
    "gantt.summary.critical", one: "{count} on the critical path",
    other: "{count} on the critical path")
  static let panel = MessageKey("gantt.panel", "Gantt chart rows {first} to {last} of {total}")
  static let asOf = MessageKey("gantt.asOf", "as of {date}")
  static let monthYear = MessageKey("gantt.month.year", "{month} {year}")
  static let milestones = MessageKey("gantt.milestones", "Programme milestones")
  static let milestoneDates = MessageKey(
    "gantt.milestones.dates", one: "{count} dates", other: "{count} dates")
  static let milestone = MessageKey("gantt.milestone", "{id}: {title}, {date}")
  static let milestoneDefault = MessageKey(
    "gantt.milestone.default", "{id}: {title}, {date} (default date)")
  static let defaultDate = MessageKey("gantt.milestone.status.default", "default date")
  static let dateSet = MessageKey("gantt.milestone.status.set", "set")
  static let phase = MessageKey(
    "gantt.phase",
    "{phase}: {start} to {end}, score {score} of 100 (expected {expected}), {rag}: {reason}")
  static let flagLate = MessageKey("gantt.flag.late", "LATE")
  static let flagCritical = MessageKey("gantt.flag.critical", "CRITICAL")
  /// Both flags, as one text: a translation shortens it to fit the status column.
  static let flagLateCritical = MessageKey("gantt.flag.lateCritical", "LATE · CRITICAL")
  static let flagDone = MessageKey("gantt.flag.done", "done")
  static let days = MessageKey("gantt.days", one: "{count} d", other: "{count} d")
  static let slipLate = MessageKey("gantt.slip.late", one: "+{count} d", other: "+{count} d")
  static let slipEarly = MessageKey("gantt.slip.early", one: "−{count} d", other: "−{count} d")
  static let chainMore = MessageKey(
    "gantt.chain.more", one: "… {count} more …", other: "… {count} more …")

  static let all =
    [
      summary, tasks, milestoneTasks, late, critical, panel, asOf, monthYear, milestones,
      milestoneDates, milestone, milestoneDefault, defaultDate, dateSet, phase, flagLate,
      flagCritical, flagLateCritical, flagDone, days, slipLate, slipEarly, chainMore,
    ] + GanttTaskMessages.all + GanttNoteMessages.all + TrendMessages.all
}

/// A task's tooltip in the Gantt chart: whole sentences, the later ones wrapping the earlier.
enum GanttTaskMessages {
  static let task = MessageKey(
    "gantt.task", "{id} {title}. Owner {owner}. {plan}. {forecast}. {progress}. {slack}")
  static let plan = MessageKey(
    "gantt.task.plan", one: "Plan {start} to {end}, {count} working days",
    other: "Plan {start} to {end}, {count} working days")
  static let planMilestone = MessageKey(
    "gantt.task.plan.milestone", "Plan {start} to {end} (milestone)")
  static let onPlan = MessageKey("gantt.task.forecast", "Forecast {start} to {end}, on plan")
  static let slipped = MessageKey(
    "gantt.task.forecast.slip", "Forecast {start} to {end}, slip {slip}")
  static let progress = MessageKey("gantt.task.progress", "{done} done, {status}")
  static let slack = MessageKey(
    "gantt.task.slack", one: "Slack {count} working days (plan slack {planSlack})",
    other: "Slack {count} working days (plan slack {planSlack})")
  static let slackCritical = MessageKey(
    "gantt.task.slack.critical",
    one: "Slack {count} working days, on the critical path (plan slack {planSlack})",
    other: "Slack {count} working days, on the critical path (plan slack {planSlack})")
  static let fixedMilestone = MessageKey(
    "gantt.task.fixed.milestone", "Fixed: nothing pushes it (plan slack {planSlack})")
  static let fixedDone = MessageKey("gantt.task.fixed.done", "Fixed: done (plan slack {planSlack})")
  static let late = MessageKey("gantt.task.late", "{text}. LATE: {reason}")
  static let pastEnd = MessageKey("gantt.task.pastEnd", "past its end")
  static let after = MessageKey("gantt.task.after", "{text}. After {tasks}")

  static let all = [
    task, plan, planMilestone, onPlan, slipped, progress, slack, slackCritical, fixedMilestone,
    fixedDone, late, pastEnd, after,
  ]
}

/// The sentence under the Gantt chart naming the working calendar, and the chart's key.
enum GanttNoteMessages {
  static let calendar = MessageKey("gantt.calendar", "Working days: {week}.")
  static let holidays = MessageKey(
    "gantt.calendar.holidays", "Working days: {week}; holidays (shaded amber): {holidays}.")
  static let moreHolidays = MessageKey(
    "gantt.calendar.holidays.more",
    one: "Working days: {week}; holidays (shaded amber): {holidays} and {count} more.",
    other: "Working days: {week}; holidays (shaded amber): {holidays} and {count} more.")
  static let holiday = MessageKey("gantt.calendar.holiday", "{date} {name}")
  static let week = MessageKey("gantt.calendar.week", "{first} to {last}")
  static let everyDay = MessageKey("gantt.calendar.everyDay", "every day")
  static let forecast = MessageKey("gantt.legend.forecast", "forecast / done")
  static let plan = MessageKey("gantt.legend.plan", "plan (outline)")
  static let slip = MessageKey(
    "gantt.legend.slip", "slip past the plan (hatched), in working days")
  static let critical = MessageKey("gantt.legend.critical", "critical path (red outline)")
  static let milestone = MessageKey("gantt.legend.milestone", "milestone at its forecast")
  static let plannedMilestone = MessageKey("gantt.legend.plannedMilestone", "its planned date")
  static let programmeMilestone = MessageKey(
    "gantt.legend.programmeMilestone", "programme milestone")
  static let dependency = MessageKey("gantt.legend.dependency", "depends on")
  static let external = MessageKey("gantt.legend.external", "from a row in another panel")
  static let asOf = MessageKey("gantt.legend.asOf", "as-of date")

  static let all = [
    calendar, holidays, moreHolidays, holiday, week, everyDay, forecast, plan, slip, critical,
    milestone, plannedMilestone, programmeMilestone, dependency, external, asOf,
  ]
}

/// The trend chart's lines, their points' tooltips, its summary and its table.
enum TrendMessages {
  static let overall = MessageKey("trend.overall", "Overall")
  static let expected = MessageKey("trend.expected", "{phase}, expected")
  static let overallPoint = MessageKey("trend.point.overall", "{date}: overall {score} {rag}")
  static let phasePoint = MessageKey("trend.point.phase", "{date}: {phase} {score} {rag}")
  static let expectedPoint = MessageKey("trend.point.expected", "{date}: {phase} expected {score}")
  static let first = MessageKey("trend.summary.one", "One report so far: the trend starts here.")
  static let summary = MessageKey(
    "trend.summary", one: "{count} reports from {from} to {to}.",
    other: "{count} reports from {from} to {to}.")
  static let phaseCell = MessageKey("trend.row.phase", "{score} {rag} (expected {expected})")

  static let all = [
    overall, expected, overallPoint, phasePoint, expectedPoint, first, summary, phaseCell,
  ]
}
