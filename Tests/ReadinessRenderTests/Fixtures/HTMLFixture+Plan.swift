import ReadinessCore

extension HTMLFixture {
  static let milestones = [
    MilestoneDate(
      id: "bsuid-webhooks", title: "BSUIDs in webhooks", date: day("2026-04-06"), isDefault: true),
    MilestoneDate(
      id: "test-countries", title: "Usernames in pilot countries", date: day("2026-06-01"),
      isDefault: true),
    MilestoneDate(
      id: "claim-window", title: "Business usernames claimable", date: day("2026-06-29"),
      isDefault: true),
    MilestoneDate(
      id: "send-to-bsuid", title: "Sending by BSUID (recipient)", date: day("2026-07-01"),
      isDefault: true),
    MilestoneDate(
      id: "global-rollout", title: "Global rollout", date: day("2026-12-31"), isDefault: false),
  ]

  /// One scheduled task; `late`, `critical` and the forecast (the plan when nil) as given.
  static func task(
    _ id: String, _ title: String, _ phase: PhaseID, owner: String?, _ start: String, _ end: String,
    progress: Double, after: [String] = [], slack: Int = 0, critical: Bool = false,
    late: Bool = false,
    milestone: Bool = false, status: WorkStatus? = nil,
    forecast: (start: String, end: String, slip: Int)? = nil
  ) -> ScheduledTask {
    var p = PlanTask(id: id, title: title, phase: phase)
    p.owner = owner
    p.dependsOn = after
    p.progress = progress
    p.milestone = milestone
    p.status = status ?? (progress >= 100 ? .done : progress > 0 ? .inProgress : .notStarted)
    let s = day(start)
    let e = day(end)
    let working = milestone ? 0 : (s.ordinal...e.ordinal).count { Day(ordinal: $0).isWorkingDay }
    var scheduled = ScheduledTask(
      task: p, start: s, end: e, workingDays: working, slack: slack, critical: critical,
      late: late, lateReason: late ? .verbatim("unfinished at its end \(end)") : nil,
      forecastStart: forecast.map { day($0.start) }, forecastEnd: forecast.map { day($0.end) },
      slip: forecast?.slip ?? 0)
    // A done task is a fixed point of the current schedule; the others keep the plan's slack.
    scheduled.forecastSlack = p.status == .done ? nil : critical ? 0 : max(slack, 1)
    return scheduled
  }

  /// A Sunday-to-Thursday week would shade Fridays; this one keeps Monday to Friday and adds
  /// two holidays, one named by the inventory (so it carries `text`).
  static func calendar(text t: (String) -> String) -> WorkingCalendar {
    WorkingCalendar(
      workingDays: [.mon, .tue, .wed, .thu, .fri],
      holidays: [
        Holiday(day: day("2026-04-03"), name: t("Good Friday")),
        Holiday(day: day("2026-12-25"), name: nil),
      ]) ?? .standard
  }

  /// A small hand-made plan over the three phases.
  static func plan(text t: (String) -> String) -> Schedule {
    let tasks = [
      task(
        "T-1", t("Audit message flows"), .planning, owner: t("Marketing Ops"), "2026-01-05",
        "2026-02-13", progress: 100, critical: true),
      task(
        "T-2", t("Identify systems needing the BSUID"), .planning, owner: t("IT architecture"),
        "2026-01-05", "2026-02-27", progress: 100, slack: 10),
      task(
        "T-3", t("Steering committee sign-off"), .planning, owner: t("Dana Ops"), "2026-03-02",
        "2026-03-02", progress: 100, after: ["T-1", "T-2"], critical: true, milestone: true),
      task(
        "T-4", t("Add BSUID column to the CRM"), .implementation, owner: t("Dev team"),
        "2026-03-03", "2026-04-10", progress: 80, after: ["T-3"], critical: true),
      task(
        "T-5", t("Backfill BSUIDs for existing contacts"), .implementation, owner: t("Dev team"),
        "2026-04-13", "2026-05-08", progress: 40, after: ["T-4"], critical: true, late: true,
        forecast: ("2026-04-13", "2026-06-05", 20)),
      task(
        "T-6", t("Webhook parser accepts missing phone"), .implementation,
        owner: t("Integration team"), "2026-03-03", "2026-05-22", progress: 60, after: ["T-3"],
        slack: 12),
      task(
        "T-7", t("Bots ask for the phone where needed"), .implementation,
        owner: t("Conversational design"), "2026-04-01", "2026-06-26", progress: 20, after: ["T-3"],
        slack: 4),
      task(
        "T-8", t("Switch sends to recipient"), .implementation, owner: nil, "2026-05-25",
        "2026-06-30", progress: 0, after: ["T-5"], critical: true,
        forecast: ("2026-06-08", "2026-07-14", 10)),
      task(
        "T-9", t("Claim @acme username"), .testing, owner: t("Brand team"), "2026-06-29",
        "2026-07-10", progress: 0, slack: 30, status: .blocked),
      task(
        "T-10", t("End-to-end BSUID tests with Meta"), .testing, owner: t("QA"), "2026-07-01",
        "2026-09-30", progress: 0, after: ["T-8"], critical: true,
        forecast: ("2026-07-15", "2026-10-14", 10)),
      task(
        "T-11", t("Launch readiness review"), .testing, owner: t("Dana Ops"), "2026-10-01",
        "2026-10-01", progress: 0, after: ["T-10", "T-9"], critical: true, milestone: true,
        forecast: ("2026-10-14", "2026-10-14", 9)),
    ]
    let chain = ["T-5", "T-8", "T-10", "T-11"].compactMap { id in
      tasks.firstIndex { $0.task.id == id }
    }
    return Schedule(
      tasks: tasks, milestones: milestones, start: day("2026-01-01"), end: day("2026-12-31"),
      calendar: calendar(text: t), drivingChain: chain)
  }

  /// `count` generated tasks in chains of five, spread over the three phases.
  static func generated(_ count: Int, text t: (String) -> String) -> Schedule {
    let start = day("2026-01-05")
    let tasks = (0..<count).map { i -> ScheduledTask in
      let phase: PhaseID =
        i < count / 3 ? .planning : i < 2 * count / 3 ? .implementation : .testing
      let s = start.adding(days: (i * 300) / max(1, count))
      let e = s.adding(days: 3 + i % 9)
      return task(
        "G-\(i)", t("Generated task number \(i) for system \(i % 17)"), phase,
        owner: t("Owner \(i % 7)"),
        s.iso, e.iso, progress: Double((i * 37) % 101), after: i % 5 == 0 ? [] : ["G-\(i - 1)"],
        slack: i % 4, critical: i % 4 == 0, late: i % 11 == 0)
    }
    return Schedule(tasks: tasks, milestones: milestones, start: start, end: day("2026-12-31"))
  }
}
