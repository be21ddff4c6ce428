import CXLSXWriter

/// The Summary sheet's native charts: phase score against expected, and the score trend.
enum SummaryCharts {
  static func add(
    to sheet: Sheet, workbook: UnsafeMutablePointer<lxw_workbook>, phases: Int, trend: Int,
    trendSheet: Sheet?
  ) {
    guard phases > 0 else { return }
    let w = sheet.words
    typealias M = WorkbookMessages
    let first = SummarySheet.phaseHeaderRow + 2
    let last = first + phases - 1
    let bars = workbook_add_chart(workbook, UInt8(LXW_CHART_BAR.rawValue))!
    let summary = sheet.reference
    for (column, name) in [("D", M.scoreSeries), ("E", M.expectedSeries)] {
      let series = chart_add_series(
        bars, "=\(summary)!$A$\(first):$A$\(last)",
        "=\(summary)!$\(column)$\(first):$\(column)$\(last)")
      chart_series_set_name(series, w(name))
    }
    chart_title_set_name(bars, w(M.phaseChart))
    chart_axis_set_min(bars.pointee.x_axis, 0)
    chart_axis_set_max(bars.pointee.x_axis, 100)
    worksheet_insert_chart(sheet.pointer, lxw_row_t(last + 1), 0, bars)
    guard trend > 0, let trendSheet else { return }
    let line = workbook_add_chart(workbook, UInt8(LXW_CHART_LINE.rawValue))!
    let reference = trendSheet.reference
    let series = chart_add_series(
      line, "=\(reference)!$A$2:$A$\(trend + 1)", "=\(reference)!$B$2:$B$\(trend + 1)")
    chart_series_set_name(series, w(M.overallSeries))
    chart_series_set_marker_type(series, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
    chart_title_set_name(line, w(M.trendChart))
    chart_axis_set_num_format(line.pointee.x_axis, w.dateFormat)
    chart_axis_set_min(line.pointee.y_axis, 0)
    chart_axis_set_max(line.pointee.y_axis, 100)
    worksheet_insert_chart(sheet.pointer, lxw_row_t(last + 1), 6, line)
  }
}
