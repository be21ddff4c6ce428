/// A message as the history and shard files keep it, beside its English: compact JSON, version 1.
///
///     {"v":1,"id":"rag.overall.criticalRisk","a":[["title",{"m":{"id":"…","a":[…]}}]]}
///
/// `a` lists the arguments in order, each `[name, value]`; a value is one of `{"t":text}`,
/// `{"m":message}` (no `v`), `{"list":[values],"style":"and"}`, `{"quoted":value,"limit":n}`,
/// `{"capitalised":value}`, or a figure: `{"count":n}`, `{"whole":x}`, `{"score":x}`,
/// `{"percent":x}`, `{"day":"yyyy-mm-dd"}`, `{"shortDay":"yyyy-mm-dd"}`, `{"month":n}`,
/// `{"weekday":"mon"}`, `{"money":x,"currency":"IDR","places":0}`.
extension Message {
  /// The version written in `v`; a reader takes no other.
  static let storedVersion = 1

  /// The stored form; nil for text shown verbatim (`Message.verbatim`), which the English
  /// kept beside it already is.
  public var stored: String? {
    guard key != MessageKey.verbatim else { return nil }
    var json = "{\"v\":\(Self.storedVersion),"
    StoredMessageWriter.body(self, into: &json)
    return json + "}"
  }
}

/// Writes the stored form by hand, so a report with thousands of risks stores their titles
/// cheaply: strings are escaped as JSON requires, numbers written as Swift prints them.
enum StoredMessageWriter {
  /// `"id":…,"a":[…]`, without braces.
  static func body(_ message: Message, into json: inout String) {
    json += "\"id\":"
    JSONQuoting.append(message.key.id, to: &json)
    let arguments = message.arguments.named
    guard !arguments.isEmpty else { return }
    json += ",\"a\":["
    for (index, argument) in arguments.enumerated() {
      json += index == 0 ? "[" : ",["
      JSONQuoting.append(argument.name, to: &json)
      json += ","
      value(argument.value, into: &json)
      json += "]"
    }
    json += "]"
  }

  static func value(_ argument: MessageArgument, into json: inout String) {
    switch argument {
    case .text(let text):
      json += "{\"t\":"
      JSONQuoting.append(text, to: &json)
    case .figure(let figure):
      self.figure(figure, into: &json)
    case .message(let message):
      json += "{\"m\":{"
      body(message, into: &json)
      json += "}"
    case .list(let items, let style):
      json += "{\"list\":["
      for (index, item) in items.enumerated() {
        if index > 0 { json += "," }
        value(item, into: &json)
      }
      json += "],\"style\":\"\(style.rawValue)\""
    case .quoted(let inner, let limit):
      json += "{\"quoted\":"
      value(inner, into: &json)
      json += ",\"limit\":\(limit)"
    case .capitalised(let inner):
      json += "{\"capitalised\":"
      value(inner, into: &json)
    }
    json += "}"
  }

  private static func figure(_ figure: Figure, into json: inout String) {
    switch figure {
    case .count(let n): json += "{\"count\":\(n)"
    case .whole(let x): json += "{\"whole\":\(number(x))"
    case .score(let x): json += "{\"score\":\(number(x))"
    case .percent(let x): json += "{\"percent\":\(number(x))"
    case .day(let day): json += "{\"day\":\"\(day.iso)\""
    case .shortDay(let day): json += "{\"shortDay\":\"\(day.iso)\""
    case .month(let n): json += "{\"month\":\(n)"
    case .weekday(let day): json += "{\"weekday\":\"\(day.rawValue)\""
    case .money(let amount, let currency, let places):
      json += "{\"money\":\(number(amount)),\"currency\":"
      JSONQuoting.append(currency, to: &json)
      json += ",\"places\":\(places)"
    }
  }

  /// A finite number as Swift prints it (the shortest text that reads back the same); `null`
  /// otherwise, which reads back as no message.
  private static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
  }
}
