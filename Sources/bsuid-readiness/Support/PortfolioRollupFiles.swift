import Foundation
import ReadinessCore
import ReadinessRender
import ReadinessXLSX

/// The portfolio's roll-up: `index.html`, `portfolio.xml` and `portfolio.xlsx` from the clients'
/// entries, the portfolio database, and the shard files that carry a shard's entries to the
/// run that merges them.
enum PortfolioRollupFiles {
  /// Writes the roll-up of `entries` into `out` (`PortfolioRollup`: in roll-up order, dated by
  /// the latest client as-of, else `fallback`), compared with the earlier runs of
  /// the portfolio database (`<out>/portfolio.sqlite`, or PostgreSQL) and recorded into it when
  /// there is one. The same entries and
  /// database give the same bytes, however many shards they came from. Returns the database's
  /// error, if any: the files are written all the same.
  static func write(
    _ entries: [PortfolioEntry], into out: URL, recording history: PortfolioHistory?,
    fallback: Day, language: String?
  ) throws(CLIError) -> CLIError? {
    let words = try LanguageCatalogs.shared.language(language ?? "en")
    let rollup = PortfolioRollup(entries, fallback: fallback)
    let (ordered, asOf) = (rollup.entries, rollup.asOf)
    var database: PortfolioRecording?
    var trend: PortfolioTrend?
    var databaseError: CLIError?
    if let history {
      do {
        let opened = try PortfolioRecording(history)
        trend = try opened.trend(of: ordered, asOf: asOf)
        database = opened
      } catch {
        databaseError = error
      }
    }
    let xml = PortfolioXML.render(
      ordered, asOf: asOf, trend: trend, version: BSUIDReadiness.version)
    try ReportFiles.check(xml, against: try ReportFiles.schema("portfolio.xsd"))
    let xlsx: RenderedFile
    do {
      xlsx = try PortfolioWorkbook.render(
        ordered, asOf: asOf, trend: trend, in: words,
        temporaryFiles: SignalCleanup.workbookFiles)
    } catch {
      throw CLIError(.ioError, "cannot write \(PortfolioWorkbook.fileName): \(error)")
    }
    try ReportFiles.write(
      [try page(words).render(ordered, trend: trend), xml, xlsx], into: out)
    do {
      try database?.record(ordered, asOf: asOf)
    } catch {
      databaseError = error
    }
    return databaseError
  }

  /// Writes a shard's entries into `out` as `portfolio-shard-K-of-N.json`.
  static func writeShard(_ entries: [PortfolioEntry], shard: PortfolioShard, into out: URL)
    throws(CLIError)
  {
    let bytes: Data
    do {
      bytes = try PortfolioShardFile(shard: shard, entries: entries).encoded()
    } catch {
      throw CLIError(.internalError, "cannot encode the shard's entries: \(error)")
    }
    try ReportFiles.write([RenderedFile(name: shard.fileName, bytes: bytes)], into: out)
  }

  /// The `index.html` renderer from the bundled `Templates/portfolio/index.mustache`, in
  /// `language`.
  private static func page(_ language: any MessageLanguage) throws(CLIError) -> PortfolioHTML {
    let (text, url) = try template()
    do {
      return try PortfolioHTML(template: text, label: url.path, language: language)
    } catch {
      throw TemplateLoading.failure(error)
    }
  }

  /// The text of `Templates/portfolio/index.mustache` and where it was read.
  static func template() throws(CLIError) -> (String, URL) {
    let root = try ResourceLocator.find("Templates", missing: .inputMissing)
    let url = root.appendingPathComponent("portfolio/index.mustache")
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw CLIError(
        .ioError, "cannot read the template: \(error.localizedDescription)", at: url.path)
    }
    return (text, url)
  }
}
