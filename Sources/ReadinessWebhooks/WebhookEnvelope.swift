import CSimdjsonBody
import Foundation

/// How a stored webhook body was kept, as `measure` recognises it.
public enum LogShape: String, CaseIterable, Sendable {
  /// The body as Meta posted it: `{"object", "entry": […]}`.
  case plain = "plain bodies"
  /// Logging middleware's record, the body under `body` as an object.
  case bodyObject = "bodies under \"body\" as an object"
  /// The body under `body` as JSON text.
  case bodyString = "bodies under \"body\" as JSON text"
  /// The body under `body` as base64 (`isBase64Encoded`).
  case bodyBase64 = "bodies under \"body\" as base64"
  /// An API-gateway event (AWS API Gateway, Lambda function URLs): `body` beside
  /// `requestContext`, `httpMethod` or `isBase64Encoded`.
  case gatewayEvent = "API-gateway events"
  /// A queue's or bus's message: SQS and SNS `Records`, an SNS notification's `Message`,
  /// EventBridge's `detail`, a Pub/Sub push's `message.data`.
  case queue = "queue messages (SQS, SNS, EventBridge, Pub/Sub)"
  /// One change alone: `{"field", "value"}`.
  case changeOnly = "change objects alone"
  /// The value at `measure --path`.
  case path = "bodies at --path"
}

/// Finds the webhook bodies in what a log line or file holds, unwrapping the envelopes
/// people keep them in. No I/O.
public enum WebhookEnvelope {
  /// What was found: changes' `value` objects, each with the shape its body was kept in.
  public typealias Found = [(shape: LogShape, value: [String: Any])]

  /// The changes in `json`; `path` is a dotted path to the body (`payload.webhook`, a number
  /// indexing an array), followed before anything else is tried. Empty when none was found.
  public static func changes(in json: Any, path: [String] = []) -> Found {
    guard path.isEmpty else {
      guard let inner = follow(path, in: json).flatMap(embedded) else { return [] }
      return changes(in: inner.json, path: []).map { (.path, $0.value) }
    }
    return find(json, depth: 0)
  }

  /// A short description of what `json` is, for a hint when no body was found in it.
  public static func describe(_ json: Any) -> String {
    if let object = json as? [String: Any] {
      let keys = object.keys.sorted().prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
      return object.isEmpty ? "an empty object" : "an object with keys \(keys)"
    }
    if json is [Any] { return "an array of values that are not webhook bodies" }
    return "a lone \(json is String ? "string" : "number or literal")"
  }

  /// The dotted path to the first webhook body inside `json` that the known envelopes miss,
  /// for `measure --path`; nil when there is none within a few levels.
  public static func suggestedPath(_ json: Any) -> String? {
    var queue: [(Any, [String])] = [(json, [])]
    while !queue.isEmpty {
      let (value, path) = queue.removeFirst()
      if !path.isEmpty, !changes(in: value).isEmpty { return path.joined(separator: ".") }
      guard path.count < 4 else { continue }
      if let object = value as? [String: Any] {
        for key in object.keys.sorted() where !key.contains(".") {
          let inner = object[key].flatMap(embedded)?.json
          if let inner { queue.append((inner, path + [key])) }
        }
      } else if let list = value as? [Any], let first = list.first {
        queue.append((first, path + ["0"]))
      }
    }
    return nil
  }

  /// The changes of a record that keeps its body as JSON text under `body` (logging middleware,
  /// an API gateway), the same as `changes(in:)` finds in it, but read without parsing the
  /// record into objects: simdjson finds and unescapes the string, so the body is parsed once,
  /// not twice. Nil for any other value, and for a record whose body holds no changes: the
  /// caller then parses it whole.
  public static func changes(inRecord bytes: Data) -> Found? {
    var text: UnsafeMutablePointer<CChar>?
    var length = 0
    var flags: Int32 = 0
    let isRecord = bytes.withUnsafeBytes { raw in
      bsuid_body_text(
        raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, &text, &length, &flags)
    }
    guard isRecord == 1, let text else { return nil }
    defer { free(text) }
    guard let inner = embedded(Data(bytes: text, count: length)) else { return nil }
    let shape: LogShape = flags & Int32(BSUID_BODY_GATEWAY) != 0 ? .gatewayEvent : inner.shape
    let found = find(inner.json, depth: 1).map { (shape, $0.value) }
    return found.isEmpty ? nil : found
  }

  private static func find(_ json: Any, depth: Int) -> Found {
    guard depth < 6 else { return [] }
    if let list = json as? [Any] { return list.flatMap { find($0, depth: depth + 1) } }
    guard let object = json as? [String: Any] else { return [] }
    if let entries = object["entry"] as? [Any] {
      return entries.flatMap { entry -> Found in
        let changes = (entry as? [String: Any])?["changes"] as? [Any] ?? []
        return changes.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
          .map { (.plain, $0) }
      }
    }
    if object["field"] is String, let value = object["value"] as? [String: Any] {
      return [(.changeOnly, value)]
    }
    if let body = object["body"], let inner = embedded(body) {
      let gateway = ["requestContext", "httpMethod", "isBase64Encoded", "routeKey"]
        .contains { object[$0] != nil }
      let shape: LogShape = gateway ? .gatewayEvent : inner.shape
      return find(inner.json, depth: depth + 1).map { (shape, $0.value) }
    }
    return queued(object, depth: depth).map { (.queue, $0.value) }
  }

  /// The bodies in a queue's or bus's envelope.
  private static func queued(_ object: [String: Any], depth: Int) -> Found {
    var inner: [Any] = []
    if let records = object["Records"] as? [[String: Any]] {
      for record in records {
        let sns = record["Sns"] as? [String: Any]
        let kinesis = record["kinesis"] as? [String: Any]
        let carried = record["body"] ?? sns?["Message"] ?? kinesis?["data"]
        if let carried, let found = embedded(carried) { inner.append(found.json) }
      }
    } else if let detail = object["detail"] as? [String: Any] {
      inner.append(detail)
    } else if let message = object["Message"], object["TopicArn"] != nil,
      let found = embedded(message)
    {
      inner.append(found.json)
    } else if let data = (object["message"] as? [String: Any])?["data"],
      let found = embedded(data)
    {
      inner.append(found.json)
    }
    return inner.flatMap { find($0, depth: depth + 1) }
  }

  /// A carried body: an object or array as it is, JSON text, or base64 of JSON text.
  static func embedded(_ value: Any) -> (json: Any, shape: LogShape)? {
    if value is [String: Any] || value is [Any] { return (value, .bodyObject) }
    guard let text = value as? String else { return nil }
    return embedded(Data(text.utf8))
  }

  /// A body kept as text, its UTF-8 bytes: JSON text, or base64 of JSON text.
  static func embedded(_ text: Data) -> (json: Any, shape: LogShape)? {
    if let json = try? JSONSerialization.jsonObject(with: text) { return (json, .bodyString) }
    if let data = Data(
      base64Encoded: String(decoding: text, as: UTF8.self), options: .ignoreUnknownCharacters),
      let json = try? JSONSerialization.jsonObject(with: data)
    {
      return (json, .bodyBase64)
    }
    return nil
  }

  /// The value at `path` in `json`.
  private static func follow(_ path: [String], in json: Any) -> Any? {
    var current: Any? = json
    for step in path {
      if let object = current as? [String: Any] {
        current = object[step]
      } else if let list = current as? [Any], let index = Int(step), list.indices.contains(index) {
        current = list[index]
      } else {
        return nil
      }
      // A step may cross a body kept as text (`body` of an API-gateway event).
      if let text = current as? String, step != path.last { current = embedded(text)?.json }
    }
    return current
  }
}
