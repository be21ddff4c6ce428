/// A finish-to-start dependency arrow as an SVG path. A predecessor drawn in another panel is
/// shown as a dashed arrow entering from that panel's edge.
struct GanttArrow {
  let path: String
  let critical: Bool
  let external: Bool

  /// Where a task's row is: its panel, and its index among all the chart's rows.
  struct Location {
    let panel: Int
    let index: Int
  }

  /// The arrows into the rows `chunk` of `rows`, which form panel `panel`: from a predecessor
  /// in the same panel, routed between the two rows; from one in another panel, dashed from
  /// this panel's top or bottom edge.
  static func paths(
    into chunk: Range<Int>, of rows: [GanttRow], panel: Int, height: Double,
    located: [String: Location]
  ) -> [GanttArrow] {
    let n = SVGNumber.format
    var arrows: [GanttArrow] = []
    for row in rows[chunk] where row.taskID != nil {
      for dep in row.dependsOn {
        guard let found = located[dep] else { continue }
        let pred = rows[found.index]
        let critical = row.critical && pred.critical
        let x2 = row.entryX
        let y2 = row.midY
        if found.panel == panel {
          arrows.append(
            GanttArrow(path: route(from: pred, to: row), critical: critical, external: false))
        } else {
          let edge = found.panel < panel ? GanttLayout.headerHeight : height - 2
          let x1 = pred.exitX <= x2 - 6 ? pred.exitX : x2 - 8
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
