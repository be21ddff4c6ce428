import Foundation
import Mustache
import Testing

@testable import ReadinessRender

/// The official Mustache spec's cases for the subset `MustacheRenderer` renders (interpolation,
/// sections, inverted sections, partials, comments), each rendered by our renderer and compared
/// with the spec and with swift-mustache.
@Suite("Mustache spec cases")
struct MustacheSpecTests {
  static let cases =
    (try? ["interpolation", "sections", "inverted", "partials", "comments"]
      .flatMap(MustacheSpecCase.all(in:))) ?? []

  /// Cases that use Mustache beyond the subset; the parser must refuse them, so that such a
  /// template is rendered by swift-mustache.
  static func beyondSubset(_ spec: MustacheSpecCase) -> Bool {
    let texts = [spec.template] + (spec.partials.map { Array($0.values) } ?? [])
    return texts.contains { $0.contains("{{{") || $0.contains("{{&") || $0.contains("{{=") }
  }

  @Test("the spec files are there")
  func loaded() { #expect(Self.cases.count > 100) }

  @Test("each case renders as the spec expects and as swift-mustache renders it", arguments: cases)
  func specCase(_ spec: MustacheSpecCase) throws {
    let partials = spec.partials ?? [:]
    if Self.beyondSubset(spec) {
      #expect(throws: MustacheParser.Unsupported.self) {
        for text in [spec.template] + Array(partials.values) { _ = try MustacheParser.parse(text) }
      }
      return
    }
    let value = spec.data.templateValue ?? .object(TemplateObject())
    let ours = String(
      decoding: try Self.ours(spec.template, partials: partials, value), as: UTF8.self)
    #expect(ours == spec.expected)
    #expect(ours == (try Self.swiftMustache(spec.template, partials: partials, value)))
  }

  static func ours(_ template: String, partials: [String: String], _ value: TemplateValue) throws
    -> [UInt8]
  {
    let parsed = try partials.mapValues { try MustacheParser.parse($0) }
    return try #require(
      MustacheRenderer.render(try MustacheParser.parse(template), partials: parsed, value: value))
  }

  static func swiftMustache(_ template: String, partials: [String: String], _ value: TemplateValue)
    throws -> String
  {
    var library = MustacheLibrary()
    for (name, text) in partials { try library.register(text, named: name) }
    return try MustacheTemplate(string: template).render(value.plain, library: library)
  }
}
