import Foundation
import Testing

@testable import ReadinessRender

/// One case of the official Mustache spec (Tests/Fixtures/mustache-spec, from
/// github.com/mustache/spec): a template, its data, its partials and the expected output.
struct MustacheSpecCase: Decodable, CustomTestStringConvertible {
  let name: String
  let template: String
  let data: SpecValue
  let partials: [String: String]?
  let expected: String
  var file = ""

  var testDescription: String { "\(file): \(name)" }

  private enum CodingKeys: String, CodingKey { case name, template, data, partials, expected }

  /// Every case of `Tests/Fixtures/mustache-spec/<file>.json`.
  static func all(in file: String) throws -> [MustacheSpecCase] {
    struct Spec: Decodable { let tests: [MustacheSpecCase] }
    let url = HTMLTestSupport.root.appendingPathComponent(
      "Tests/Fixtures/mustache-spec/\(file).json")
    return try JSONDecoder().decode(Spec.self, from: Data(contentsOf: url)).tests.map {
      var named = $0
      named.file = file
      return named
    }
  }
}

/// Spec data as JSON has it; `null` becomes an absent value, as swift-mustache reads `NSNull`.
enum SpecValue: Decodable {
  case null
  case value(TemplateValue)

  init(from decoder: any Decoder) throws {
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let bool = try? single.decode(Bool.self) {
      self = .value(.bool(bool))
    } else if let int = try? single.decode(Int.self) {
      self = .value(.int(int))
    } else if let double = try? single.decode(Double.self) {
      self = .value(.double(double))
    } else if let text = try? single.decode(String.self) {
      self = .value(.text(text))
    } else if let list = try? single.decode([SpecValue].self) {
      self = .value(.list(list.compactMap(\.templateValue)))
    } else {
      let fields = try single.decode([String: SpecValue].self)
      let object = TemplateObject(
        fields: fields.sorted { $0.key < $1.key }.compactMap { key, value in
          value.templateValue.map { (key, $0) }
        })
      self = .value(.object(object))
    }
  }

  var templateValue: TemplateValue? {
    if case .value(let value) = self { value } else { nil }
  }
}
