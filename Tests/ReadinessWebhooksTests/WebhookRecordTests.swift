import Foundation
import Testing

@testable import ReadinessWebhooks

/// A record that keeps its body as JSON text is read by simdjson without parsing the record
/// into objects; it must find what parsing it whole finds, and leave every other value alone.
struct WebhookRecordTests {
  static let body =
    #"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messages":[{"from_user_id":"NL.1","id":"wamid.x","timestamp":"1788220800","type":"text","text":{"body":"Dag \u00e9\u00e9n 💥"}}],"metadata":{"display_phone_number":"31","phone_number_id":"1"}}}]}]}"#

  static func text(_ json: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [json]), as: UTF8.self)
      .dropFirst().dropLast().description
  }

  @Test func recordsFindWhatParsingWholeFinds() throws {
    let base64 = Data(Self.body.utf8).base64EncodedString()
    let records = [
      #"{"received_at":"t","headers":{"x":"y"},"body":\#(Self.text(Self.body))}"#,
      #"{"routeKey":"POST /wh","isBase64Encoded":true,"body":"\#(base64)"}"#,
      #"{"body":"not json","body":\#(Self.text(Self.body))}"#,
    ]
    for record in records {
      let bytes = Data(record.utf8)
      let fast = try #require(WebhookEnvelope.changes(inRecord: bytes), "\(record)")
      let whole = WebhookEnvelope.changes(
        in: try JSONSerialization.jsonObject(with: bytes))
      #expect(fast.map(\.shape) == whole.map(\.shape))
      #expect(fast.map { $0.value as NSDictionary } == whole.map { $0.value as NSDictionary })
    }
  }

  @Test func otherValuesAreLeftToTheWholeParse() {
    let others = [
      Self.body,  // a plain body
      #"{"field":"messages","value":{},"body":"{}"}"#,  // a change
      #"{"body":{"entry":[]}}"#,  // a body object
      #"{"body":"{\"no\":\"changes\"}"}"#,  // a body without changes
      #"{"body":"{}"} trailing"#,  // not JSON
      #"["body"]"#, "", #"{"body":42}"#,
    ]
    for other in others {
      #expect(WebhookEnvelope.changes(inRecord: Data(other.utf8)) == nil, "\(other)")
    }
  }
}
