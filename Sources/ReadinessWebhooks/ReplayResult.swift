import Foundation

/// How one replayed webhook body fared at the endpoint.
public struct ReplayResult: Sendable, Equatable {
  public var file: String
  /// `message`, `status`, `system` or `contacts`: the JUnit class of the case.
  public var kind: String
  /// The HTTP status, nil when no answer came (timeout, refused connection).
  public var httpStatus: Int?
  /// Why the case failed when no HTTP status says it: the transport error.
  public var error: String?
  public var seconds: Double
  /// Where a 3xx answer pointed: redirects are never followed, so it fails the case.
  public var redirect: String?
  /// The start of the endpoint's answer (at most a few KiB are read), shown when it failed.
  public var answer: String?
  /// Why a 2xx answer still fails: the identity the endpoint says it routed to is wrong or
  /// missing (`--expect-route`; `RouteCheck`).
  public var routeFailure: String?

  /// Every text that comes from the endpoint or its URL is kept with its credentials redacted.
  public init(
    file: String, kind: String, httpStatus: Int?, error: String?, seconds: Double,
    redirect: String? = nil, answer: String? = nil, routeFailure: String? = nil
  ) {
    self.file = file
    self.kind = kind
    self.httpStatus = httpStatus
    self.error = error.map(Redaction.redacted)
    self.seconds = seconds
    self.redirect = redirect.map(Redaction.redacted)
    self.answer = answer.map(Redaction.redacted)
    self.routeFailure = routeFailure.map(Redaction.redacted)
  }

  /// Characters of the answer the failure message quotes.
  static let quotedAnswer = 200

  /// A 2xx answer passes, unless it routed the body wrong.
  public var passed: Bool { accepted && routeFailure == nil }

  /// The endpoint answered 2xx.
  var accepted: Bool { httpStatus.map { (200..<300).contains($0) } ?? false }

  /// Why it failed, in words; nil when it passed.
  public var failure: String? {
    if passed { return nil }
    if accepted { return routeFailure }
    guard let httpStatus else { return error ?? "no answer" }
    if let redirect {
      return "the endpoint answered HTTP \(httpStatus), a redirect to \(redirect): redirects are"
        + " not followed"
    }
    let quoted = (answer ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !quoted.isEmpty else { return "the endpoint answered HTTP \(httpStatus)" }
    let cut = quoted.count > Self.quotedAnswer ? quoted.prefix(Self.quotedAnswer) + "…" : quoted
    return "the endpoint answered HTTP \(httpStatus): \(cut)"
  }
}

extension ReplayResult {
  /// The JUnit failure's type: `transport` without an answer, `route` for a 2xx routed wrong,
  /// `http` otherwise.
  var failureType: String { httpStatus == nil ? "transport" : accepted ? "route" : "http" }
}

/// The replay's JUnit XML file and its one-paragraph summary.
public enum ReplayReport {
  /// JUnit XML as CI systems read it: one test case per body, a failure for each that failed.
  /// The endpoint's credentials, if its URL has any, are redacted.
  public static func junit(_ results: [ReplayResult], endpoint: String) -> String {
    let endpoint = Redaction.redacted(endpoint)
    let failures = results.filter { !$0.passed }.count
    let total = results.map(\.seconds).reduce(0, +)
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<testsuites name="bsuid-readiness webhook replay" tests="\#(results.count)" failures="\#(failures)" errors="0" time="\#(seconds(total))">"#,
      #"  <testsuite name="\#(escape(endpoint))" tests="\#(results.count)" failures="\#(failures)" errors="0" skipped="0" time="\#(seconds(total))">"#,
    ]
    for result in results {
      let open =
        #"    <testcase classname="webhook.\#(escape(result.kind))" name="\#(escape(result.file))" time="\#(seconds(result.seconds))""#
      if let failure = result.failure {
        lines.append(open + ">")
        lines.append(
          #"      <failure message="\#(escape(failure))" type="\#(result.failureType)"/>"#
        )
        lines.append("    </testcase>")
      } else {
        lines.append(open + "/>")
      }
    }
    lines += ["  </testsuite>", "</testsuites>", ""]
    return lines.joined(separator: "\n")
  }

  /// `69 webhook bodies replayed to URL: 68 accepted, 1 failed.` and one line per failure.
  /// The endpoint's credentials, if its URL has any, are redacted.
  public static func summary(_ results: [ReplayResult], endpoint: String) -> [String] {
    let endpoint = Redaction.redacted(endpoint)
    let failed = results.filter { !$0.passed }
    var lines = [
      "\(results.count) webhook bodies replayed to \(endpoint): \(results.count - failed.count) accepted, \(failed.count) failed."
    ]
    lines += failed.map { "  \($0.file): \($0.failure ?? "")" }
    return lines
  }

  static func seconds(_ value: Double) -> String {
    let millis = Int((value * 1000).rounded())
    return "\(millis / 1000).\(String(format: "%03d", millis % 1000))"
  }

  /// Text safe inside an XML attribute; characters XML 1.0 cannot hold become U+FFFD.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\t", "\r": out += "&#\(scalar.value);"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
