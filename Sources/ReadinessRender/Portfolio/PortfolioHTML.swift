import Foundation
internal import Mustache
import ReadinessCore

/// Renders the portfolio's `index.html` from the user-editable `Templates/portfolio/index.mustache`:
/// one row per evaluated client in roll-up order, then the inventories that did not load.
public struct PortfolioHTML: Sendable {
  public static let fileName = "index.html"

  private let engine: TemplateEngine
  private let wording: Wording

  /// Parses `template` once, its marked fixed texts (`{{#t}}…{{/t}}`) in `language`.
  /// - Throws: `TemplateError.parse` with `label` as the file; `TemplateError.dynamicPartial`
  ///   and `TemplateError.tooDeep` as for the report's templates (its partials render nothing).
  public init(
    template marked: String, label: String, language: any MessageLanguage = EnglishLanguage()
  ) throws(TemplateError) {
    wording = Wording(language: language)
    let template = FixedTexts.replacing(in: marked, language.fixedText)
    let tags = TemplateTags(template)
    if let tag = tags.dynamicPartial {
      throw .dynamicPartial(file: label, line: tag.line, column: tag.column, name: tag.text)
    }
    guard tags.depth <= TemplateSet.depthLimit else {
      throw .tooDeep(
        file: label, chain: [String(label.split(separator: "/").last ?? "")], depth: tags.depth,
        limit: TemplateSet.depthLimit)
    }
    do {
      engine = TemplateEngine(text: template, template: try MustacheTemplate(string: template))
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
    // The view holds only strings, numbers, flags and lists of them, which always encode.
    let value =
      (try? TemplateEncoder.encode(PortfolioView(entries, trend: trend, wording: wording)))
      ?? .object(TemplateObject())
    return RenderedFile(name: Self.fileName, bytes: Data((try? engine.render(value)) ?? []))
  }

  /// `earlier` (the report templates' fixed texts), then the marked fixed texts of `template`
  /// that are not among them, each once: what the catalogues translate.
  public static func fixedTexts(_ template: String, besides earlier: [String]) -> [String] {
    var seen = Set(earlier)
    return earlier + FixedTexts.all(in: template).filter { seen.insert($0).inserted }
  }
}
