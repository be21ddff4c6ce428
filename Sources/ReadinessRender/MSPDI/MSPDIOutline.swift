import ReadinessCore

/// The tasks of plan.xml in outline order: a summary per phase that has tasks, its tasks, then
/// the programme milestones under a summary of their own; each with its UID, WBS and links.
struct MSPDIOutline {
  /// One `<Task>`.
  struct Task {
    var uid: Int
    var id = 0
    /// The task's or milestone's id in the inventory, kept in Text1 for the way back.
    var key: String?
    var name: String
    var wbs: String
    var level: Int
    var summary = false
    var milestone = false
    var start: Day
    var finish: Day
    var workingDays: Int
    var percent = 0
    var baseline: (start: Day, finish: Day, workingDays: Int)?
    var predecessors: [Int] = []
    var resource: Int?
    /// The planned start of a task the inventory dates, written as a Start-No-Earlier-Than
    /// constraint.
    var constraint: Day?
  }

  var tasks: [Task] = []
  var owners: [String] = []
  var finish: Day

  init(_ schedule: Schedule, baseline: BaselineComparison?) {
    let calendar = schedule.calendar
    // UIDs: the phases' summaries first, then the tasks, then the milestones, so that a link
    // names a UID before the outline is laid out.
    let taskUID = Dictionary(
      schedule.tasks.enumerated().map { ($0.element.task.id, 4 + $0.offset) }
    ) { first, _ in first }
    let milestoneUID = Dictionary(
      schedule.milestones.enumerated().map { ($0.element.id, 5 + schedule.tasks.count + $0.offset) }
    ) { first, _ in first }
    owners = Array(Set(schedule.tasks.compactMap(\.task.owner))).sorted()
    finish = ([schedule.end] + schedule.tasks.map(\.forecastEnd)).max() ?? schedule.end
    var outline = 0
    for (number, phase) in PhaseID.allCases.enumerated() {
      let members = schedule.tasks.filter { $0.task.phase == phase }
      guard !members.isEmpty else { continue }
      outline += 1
      tasks.append(
        Self.summary(
          uid: number + 1, name: Self.phaseNames[phase]!, wbs: String(outline),
          members.map {
            ($0.forecastStart, $0.forecastEnd)
          }, calendar))
      for (index, scheduled) in members.enumerated() {
        let task = scheduled.task
        let planned =
          baseline?.taskDates[task.id].map { ($0.start, $0.end) }
          ?? (scheduled.start, scheduled.end)
        var row = Task(
          uid: taskUID[task.id]!, name: task.title, wbs: "\(outline).\(index + 1)", level: 2,
          milestone: task.milestone, start: scheduled.forecastStart,
          finish: scheduled.forecastEnd,
          workingDays: task.milestone ? 0 : scheduled.workingDays)
        row.percent = Int(task.progress.rounded())
        row.key = task.id
        // A start or end the inventory gives pins the task: kept as a constraint on its start.
        if task.start != nil || task.end != nil { row.constraint = scheduled.start }
        row.baseline = (
          planned.0, planned.1,
          task.milestone ? 0 : calendar.workingDays(from: planned.0, through: planned.1)
        )
        row.predecessors = task.dependsOn.compactMap { taskUID[$0] ?? milestoneUID[$0] }
        row.resource = task.owner.flatMap { owners.firstIndex(of: $0) }.map { $0 + 1 }
        tasks.append(row)
      }
    }
    if !schedule.milestones.isEmpty {
      outline += 1
      let dates = schedule.milestones.map { ($0.date, $0.date) }
      tasks.append(
        Self.summary(
          uid: 4 + schedule.tasks.count, name: "Programme milestones", wbs: String(outline), dates,
          calendar))
      for (index, milestone) in schedule.milestones.enumerated() {
        var row = Task(
          uid: milestoneUID[milestone.id]!, name: milestone.title, wbs: "\(outline).\(index + 1)",
          level: 2, milestone: true, start: milestone.date, finish: milestone.date, workingDays: 0)
        row.baseline = (milestone.date, milestone.date, 0)
        row.key = milestone.id
        tasks.append(row)
      }
    }
    for index in tasks.indices { tasks[index].id = index + 1 }
  }

  static let phaseNames: [PhaseID: String] = [
    .planning: "Planning", .implementation: "Implementation", .testing: "Testing & launch",
  ]

  /// A summary spanning `dates`.
  static func summary(
    uid: Int, name: String, wbs: String, _ dates: [(Day, Day)], _ calendar: WorkingCalendar
  ) -> Task {
    let start = dates.map(\.0).min()!
    let finish = dates.map(\.1).max()!
    var task = Task(
      uid: uid, name: name, wbs: wbs, level: 1, start: start, finish: finish,
      workingDays: calendar.workingDays(from: start, through: finish))
    task.summary = true
    return task
  }
}
