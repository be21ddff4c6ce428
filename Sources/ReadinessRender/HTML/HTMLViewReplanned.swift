import ReadinessCore

/// The tasks re-planned since the saved baseline the report compares with: each with its
/// baseline and plan dates, "—" where a task was added or removed since.
struct HTMLReplannedView: Encodable {
  let name: String
  let savedOn: String
  let rows: [Row]
  let hasRows: Bool

  struct Row: Encodable {
    let id: String
    let title: String
    let baselineStart: String
    let baselineEnd: String
    let planStart: String
    let planEnd: String
  }

  init(_ comparison: BaselineComparison, wording: Wording) {
    func day(_ day: Day?) -> String { day.map { wording.cellDay($0) } ?? "—" }
    name = comparison.name
    savedOn = wording.day(comparison.savedOn)
    rows = comparison.replanned.map {
      Row(
        id: $0.id, title: HTMLText.clean($0.title), baselineStart: day($0.baseline?.start),
        baselineEnd: day($0.baseline?.end), planStart: day($0.plan?.start),
        planEnd: day($0.plan?.end))
    }
    hasRows = !rows.isEmpty
  }
}
