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
    // Rows are read in place, field by field: a whole row is too big to copy per arrow.
    for i in chunk where rows[i].taskID != nil {
      let entry = (x: rows[i].entryX, y: rows[i].midY)
      for dep in rows[i].dependsOn {
        guard let found = located[dep] else { continue }
        let critical = rows[i].critical && rows[found.index].critical
        let exitX = rows[found.index].exitX
        if found.panel == panel {
          let exit = (x: exitX, y: rows[found.index].midY)
          let path = route(from: exit, to: entry, rowTop: rows[i].y)
          arrows.append(GanttArrow(path: path, critical: critical, external: false))
        } else {
          let edge = found.panel < panel ? GanttLayout.headerHeight : height - 2
          let x1 = exitX <= entry.x - 6 ? exitX : entry.x - 8
          let d = "M\(n(x1)),\(n(edge)) V\(n(entry.y)) H\(n(entry.x - 1))"
          arrows.append(GanttArrow(path: d, critical: critical, external: true))
        }
      }
    }
    return arrows
  }

  /// Right from the predecessor's end, down (or up) to the successor, right into its start; when
  /// the successor starts too close, the path doubles back along the boundary of the
  /// successor's row, whose top is `rowTop`.
  private static func route(
    from exit: (x: Double, y: Double), to entry: (x: Double, y: Double), rowTop: Double
  ) -> String {
    let n = SVGNumber.format
    let (x1, y1, x2, y2) = (exit.x, exit.y, entry.x, entry.y)
    if x2 - x1 >= 10 {
      return "M\(n(x1)),\(n(y1)) H\(n(x1 + 5)) V\(n(y2)) H\(n(x2 - 1))"
    }
    let between = y2 > y1 ? rowTop : rowTop + GanttLayout.rowHeight
    return "M\(n(x1)),\(n(y1)) H\(n(x1 + 5)) V\(n(between)) H\(n(x2 - 8)) V\(n(y2)) H\(n(x2 - 1))"
  }
}
