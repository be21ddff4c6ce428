/// Numbers as SVG attribute text for the Gantt chart, its panels and its key: rounded to one
/// decimal, without a trailing `.0` (`45`, `12.5`), so coordinates stay short and deterministic.
enum SVGNumber {
  /// `value` (a coordinate or a length, in chart units) with at most one decimal.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let r = (value * 10).rounded() / 10
    return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
  }
}
