import ReadinessCore

/// A finish-to-start dependency arrow as an SVG path. A predecessor drawn in another panel is
/// shown as a dashed arrow entering from that panel's edge.
struct GanttArrow {
  let path: String
  let critical: Bool
  let external: Bool

  static func paths(
    into rows: [GanttRow], panel: Int, height: Double,
    lookup: [String: (panel: Int, row: GanttRow)], schedule: Schedule
  ) -> [GanttArrow] {
    let n = SVGNumber.format
    let local = Dictionary(
      rows.compactMap { r in r.taskID.map { ($0, r) } }, uniquingKeysWith: { first, _ in first })
    var arrows: [GanttArrow] = []
    for row in rows where row.taskID != nil {
      for dep in row.dependsOn {
        guard let found = lookup[dep] else { continue }
        let critical = row.critical && found.row.critical
        let x2 = row.entryX
        let y2 = row.midY
        if let pred = local[dep], found.panel == panel {
          arrows.append(
            GanttArrow(path: route(from: pred, to: row), critical: critical, external: false))
        } else {
          let edge = found.panel < panel ? GanttLayout.headerHeight : height - 2
          let x1 = found.row.exitX <= x2 - 6 ? found.row.exitX : x2 - 8
          let d = "M\(n(x1)),\(n(edge)) V\(n(y2)) H\(n(x2 - 1))"
          arrows.append(GanttArrow(path: d, critical: critical, external: true))
        }
      }
    }
    return arrows
  }

  /// Right from the predecessor's end, down (or up) to the successor, right into its start; when
  /// the successor starts too close, the path doubles back along the row boundary.
  private static func route(from pred: GanttRow, to succ: GanttRow) -> String {
    let n = SVGNumber.format
    let x1 = pred.exitX
    let y1 = pred.midY
    let x2 = succ.entryX
    let y2 = succ.midY
    if x2 - x1 >= 10 {
      return "M\(n(x1)),\(n(y1)) H\(n(x1 + 5)) V\(n(y2)) H\(n(x2 - 1))"
    }
    let between = y2 > y1 ? succ.y : succ.y + GanttLayout.rowHeight
    return "M\(n(x1)),\(n(y1)) H\(n(x1 + 5)) V\(n(between)) H\(n(x2 - 8)) V\(n(y2)) H\(n(x2 - 1))"
  }
}
