import Crypto
import Foundation
import ReadinessWebhooks

/// Posts webhook bodies to an endpoint signed as Meta signs them, a few at a time, through
/// libcurl (`CurlPost`).
struct WebhookReplay {
  var endpoint: URL
  var secret: Data
  var concurrency: Int
  var timeout: Double
  /// Where the endpoint names the identity it routed each body to (`--expect-route`).
  var expectRoute: RouteAcknowledgement?

  /// `sha256=` and the hex HMAC-SHA256 of the exact body bytes with the app secret: Meta's
  /// `X-Hub-Signature-256` header.
  static func signature(of body: Data, secret: Data) -> String {
    let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret))
    return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
  }

  /// Bytes of each answer read, enough for the failure message; the rest is never read.
  static let answerLimit = 4_096

  /// Sends every body (`kind` names its JUnit class, `routeBy` the field it must be routed by),
  /// `concurrency` at a time, and returns the results in input order; `progress` is called
  /// after each answer with the count done and failed so far. Each exchange, the answer
  /// included, ends within `timeout` seconds; redirects are not followed.
  func replay(
    _ bodies: [(file: String, kind: String, routeBy: String, bytes: Data)],
    progress: @escaping @Sendable (Int, Int) -> Void
  ) -> [ReplayResult] {
    CurlPost.setUp()
    let collected = Results(count: bodies.count)
    DispatchQueue.concurrentPerform(iterations: concurrency) { _ in
      guard let curl = CurlPost(answerLimit: Self.answerLimit) else { return }
      while let index = collected.next() {
        let body = bodies[index]
        let started = Date()
        var header: String?
        if case .header(let name) = expectRoute { header = name }
        let outcome = curl.post(
          body.bytes, to: endpoint.absoluteString, headers: headers(for: body.bytes),
          timeout: timeout, reading: header)
        let result = ReplayResult(
          file: body.file, kind: body.kind, httpStatus: outcome.status, error: outcome.error,
          seconds: Date().timeIntervalSince(started), redirect: outcome.redirect,
          answer: String(decoding: outcome.answer, as: UTF8.self),
          routeFailure: routeFailure(outcome, routeBy: body.routeBy, body: body.bytes))
        let (done, failed) = collected.store(result, at: index)
        progress(done, failed)
      }
    }
    return collected.all
  }

  /// Why a 2xx answer routed the body wrong, when `expectRoute` asks the endpoint to say.
  private func routeFailure(_ outcome: CurlPost.Outcome, routeBy: String, body: Data) -> String? {
    guard let expectRoute, let status = outcome.status, (200..<300).contains(status) else {
      return nil
    }
    let acknowledged: String? =
      switch expectRoute {
      case .header: outcome.header
      case .json(let path): RouteCheck.value(at: path, inAnswer: outcome.answer)
      }
    return RouteCheck.failure(
      acknowledged: acknowledged, routeBy: routeBy, body: body, source: expectRoute)
  }

  /// The headers of one body's signed POST.
  private func headers(for body: Data) -> [String] {
    [
      "Content-Type: application/json",
      "X-Hub-Signature-256: \(Self.signature(of: body, secret: secret))",
      "User-Agent: bsuid-readiness/\(BSUIDReadiness.version) (webhook replay)",
    ]
  }

  /// Results filled in from the session's callbacks, under a lock.
  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ReplayResult?]
    private var taken = 0
    private var done = 0
    private var failed = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The index of the next body to send, nil when every one is taken.
    func next() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard taken < slots.count else { return nil }
      taken += 1
      return taken - 1
    }

    func store(_ result: ReplayResult, at index: Int) -> (Int, Int) {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = result
      done += 1
      if !result.passed { failed += 1 }
      return (done, failed)
    }

    var all: [ReplayResult] {
      lock.lock()
      defer { lock.unlock() }
      return slots.compactMap { $0 }
    }
  }
}
