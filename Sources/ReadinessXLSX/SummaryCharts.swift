import CXLSXWriter

/// The Summary sheet's native charts: phase score against expected, and the score trend.
enum SummaryCharts {
  static func add(
    to sheet: Sheet, workbook: UnsafeMutablePointer<lxw_workbook>, phases: Int, trend: Int
  ) {
    guard phases > 0 else { return }
    let first = SummarySheet.phaseHeaderRow + 2
    let last = first + phases - 1
    let bars = workbook_add_chart(workbook, UInt8(LXW_CHART_BAR.rawValue))!
    for (column, name) in [("D", "Score"), ("E", "Expected")] {
      let series = chart_add_series(
        bars, "=Summary!$A$\(first):$A$\(last)", "=Summary!$\(column)$\(first):$\(column)$\(last)")
      chart_series_set_name(series, name)
    }
    chart_title_set_name(bars, "Phase score against expected")
    chart_axis_set_min(bars.pointee.x_axis, 0)
    chart_axis_set_max(bars.pointee.x_axis, 100)
    worksheet_insert_chart(sheet.pointer, lxw_row_t(last + 1), 0, bars)
    guard trend > 0 else { return }
    let line = workbook_add_chart(workbook, UInt8(LXW_CHART_LINE.rawValue))!
    let series = chart_add_series(
      line, "=Trend!$A$2:$A$\(trend + 1)", "=Trend!$B$2:$B$\(trend + 1)")
    chart_series_set_name(series, "Overall score")
    chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
    chart_title_set_name(line, "Score trend")
    chart_axis_set_num_format(line.pointee.x_axis, "yyyy-mm-dd")
    chart_axis_set_min(line.pointee.y_axis, 0)
    chart_axis_set_max(line.pointee.y_axis, 100)
    worksheet_insert_chart(sheet.pointer, lxw_row_t(last + 1), 6, line)
  }
}
