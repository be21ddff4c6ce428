import Foundation
import ReadinessCore

/// Writes `portfolio.xml`: one `client` per inventory, worst first, valid against
/// `Schemas/portfolio.xsd`; with the portfolio database, each client's change since the
/// previous run and the portfolio's `trend`.
public enum PortfolioXML {
  public static let fileName = "portfolio.xml"
  /// The portfolio namespace; a new major version gets a new namespace.
  public static let namespace = "urn:bsuid-readiness:portfolio:1"

  /// The document for `entries`, already in roll-up order, of the run dated `asOf`.
  public static func render(
    _ entries: [PortfolioEntry], asOf: Day, trend: PortfolioTrend?, version: String
  ) -> RenderedFile {
    let writer = LibXMLWriter(root: "portfolio", namespace: namespace)
    writer.attribute("tool-version", version)
    writer.attribute("clients", String(entries.count))
    writer.attribute("invalid", String(entries.filter { !$0.isValid }.count))
    writer.attribute("as-of", asOf.iso)
    for entry in entries { client(entry, trend: trend, writer) }
    if let trend { PortfolioTrendXML.write(trend, writer) }
    return RenderedFile(name: fileName, bytes: writer.finish())
  }

  private static func client(
    _ entry: PortfolioEntry, trend: PortfolioTrend?, _ writer: LibXMLWriter
  ) {
    writer.start("client")
    writer.attribute("file", entry.file)
    writer.attribute("folder", entry.folder)
    writer.attribute("valid", entry.isValid ? "true" : "false")
    writer.attribute("name", entry.name)
    writer.attribute("as-of", entry.asOf?.iso)
    writer.attribute("report", entry.report)
    if let overall = entry.overall, let rag = entry.rag {
      writer.element("score", ["value": XMLNumber.score(overall), "rag": rag.rawValue]) {
        writer.text(entry.reason ?? "")
      }
      writer.element("phases", [:]) {
        for phase in entry.phases {
          writer.element(
            "phase",
            [
              "id": phase.id.rawValue, "score": phase.score.map(XMLNumber.score),
              "rag": phase.rag.rawValue,
            ])
        }
      }
      writer.element(
        "exposure",
        [
          "adoption": entry.exposureAdoption.map(XMLNumber.fraction),
          "conversations": entry.exposure.map(XMLNumber.whole),
        ])
      writer.element("critical-risks", ["count": entry.criticalRisks.map(String.init)])
      if let trend, let change = trend.change(of: entry), let previous = trend.previousAsOf {
        PortfolioTrendXML.write(change, since: previous, writer)
      }
    }
    for problem in entry.problems { writer.element("problem", [:]) { writer.text(problem) } }
    writer.end()
  }
}
