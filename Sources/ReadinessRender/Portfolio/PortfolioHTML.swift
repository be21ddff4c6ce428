import Foundation
internal import Mustache
import ReadinessCore

/// Renders the portfolio's `index.html` from the user-editable `Templates/portfolio/index.mustache`:
/// one row per evaluated client in roll-up order, then the inventories that did not load.
public struct PortfolioHTML: Sendable {
  public static let fileName = "index.html"

  private let template: MustacheTemplate

  /// Parses `template` once.
  /// - Throws: `TemplateError.parse` with `label` as the file.
  public init(template: String, label: String) throws(TemplateError) {
    do {
      self.template = try MustacheTemplate(string: template)
    } catch let error as MustacheTemplate.ParserError {
      throw .parse(
        file: label, line: error.context.lineNumber, column: error.context.columnNumber,
        message: "\(error.error)")
    } catch {
      throw .parse(file: label, line: 1, column: 1, message: "\(error)")
    }
  }

  /// The page for `entries`, already in roll-up order, each compared with the previous run
  /// when `trend` has one.
  public func render(_ entries: [PortfolioEntry], trend: PortfolioTrend?) -> RenderedFile {
    let valid = entries.filter(\.isValid)
    let invalid = entries.filter { !$0.isValid }
    let count = { (rag: RAG) in valid.filter { $0.rag == rag.rawValue }.count }
    var context: [String: Any] = [
      "clientCount": entries.count, "redCount": count(.red), "amberCount": count(.amber),
      "greenCount": count(.green), "invalidCount": invalid.count, "hasInvalid": !invalid.isEmpty,
      "clients": valid.map { Self.row($0, trend: trend) },
      "invalid": invalid.map {
        ["file": $0.file, "diagnostics": $0.problems.joined(separator: "\n")]
      },
    ]
    if let trend, let previous = trend.previousAsOf {
      context["trend"] = PortfolioTrendView.summary(trend, previous: previous)
    }
    return RenderedFile(name: Self.fileName, bytes: Data(template.render(context).utf8))
  }

  private static func row(_ entry: PortfolioEntry, trend: PortfolioTrend?) -> [String: Any] {
    var row: [String: Any] = [
      "file": entry.file, "name": entry.name ?? entry.file, "report": entry.report ?? "",
      "asOf": entry.asOf ?? "", "overall": entry.overall.map(Figures.score) ?? "",
      "rag": entry.rag ?? "", "reason": entry.reason ?? "",
      "criticalRisks": entry.criticalRisks.map(String.init) ?? "",
      "exposure": entry.exposure.map(Figures.count) ?? "",
      "phases": entry.phases.map {
        ["score": $0.score.map(Figures.score) ?? "n/a", "rag": $0.rag]
      },
    ]
    if let adoption = entry.exposureAdoption {
      row["adoption"] = Figures.percent(fraction: adoption)
    }
    if let trend, trend.previousAsOf != nil {
      row["since"] = PortfolioTrendView.change(trend.change(of: entry))
    }
    return row
  }
}
