import Foundation
import ReadinessWebhooks

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The replay session's delegate: each exchange keeps at most `answerLimit` bytes of the
/// endpoint's answer and is cancelled once it has them, never follows a redirect, and is
/// cancelled when it has not ended `timeout` seconds after it started, however slowly the answer
/// trickles in. Each ends with one `ReplayResult` passed to `finished`.
final class ReplayExchanges: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  /// Why the replay cancelled an exchange itself.
  private enum Ending {
    case answerRead
    case deadline
  }

  private struct Exchange {
    var index: Int
    var file: String
    var kind: String
    var started: Date
    var answer = Data()
    var redirect: String?
    var ending: Ending?
  }

  private let lock = NSLock()
  private var exchanges: [Int: Exchange] = [:]
  private let answerLimit: Int
  private let timeout: Double
  private let finished: @Sendable (Int, ReplayResult) -> Void

  init(answerLimit: Int, timeout: Double, finished: @escaping @Sendable (Int, ReplayResult) -> Void)
  {
    self.answerLimit = answerLimit
    self.timeout = timeout
    self.finished = finished
  }

  /// Starts `task`, the exchange for body `index`, and its deadline.
  func start(_ task: URLSessionDataTask, index: Int, file: String, kind: String) {
    lock.withLock {
      exchanges[task.taskIdentifier] = Exchange(
        index: index, file: file, kind: kind, started: Date())
    }
    task.resume()
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
      end(task, because: .deadline)
    }
  }

  /// Cancels `task` for `ending`, unless it has already ended.
  private func end(_ task: URLSessionTask, because ending: Ending) {
    let cancel = lock.withLock {
      guard exchanges[task.taskIdentifier]?.ending == nil,
        exchanges[task.taskIdentifier] != nil
      else { return false }
      exchanges[task.taskIdentifier]?.ending = ending
      return true
    }
    // Off the delegate queue: cancel() waits for the session's busy work queue, and answers
    // would pile up on the stalled delegate queue meanwhile.
    if cancel { DispatchQueue.global().async { task.cancel() } }
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let full = lock.withLock {
      guard var exchange = exchanges[dataTask.taskIdentifier], exchange.ending == nil else {
        return false
      }
      exchange.answer.append(data.prefix(answerLimit - exchange.answer.count))
      exchanges[dataTask.taskIdentifier] = exchange
      return exchange.answer.count >= answerLimit
    }
    if full { end(dataTask, because: .answerRead) }
  }

  /// Never follows a redirect: the 3xx answer ends the exchange, and where it pointed is kept.
  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    lock.withLock { exchanges[task.taskIdentifier]?.redirect = request.url?.absoluteString }
    completionHandler(nil)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    guard let exchange = lock.withLock({ exchanges.removeValue(forKey: task.taskIdentifier) })
    else { return }
    let response = task.response as? HTTPURLResponse
    var status = response?.statusCode
    var failure: String?
    switch exchange.ending {
    case .deadline?:
      status = nil
      let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
      failure = "no complete answer within the timeout (\(seconds) s)"
    case .answerRead?: break
    case nil:
      if let error {
        status = nil
        failure = WebhookReplay.describe(error)
      }
    }
    let redirect =
      status.map { (300..<400).contains($0) } == true
      ? exchange.redirect ?? response?.value(forHTTPHeaderField: "Location") : nil
    finished(
      exchange.index,
      ReplayResult(
        file: exchange.file, kind: exchange.kind, httpStatus: status, error: failure,
        seconds: Date().timeIntervalSince(exchange.started), redirect: redirect,
        answer: String(decoding: exchange.answer, as: UTF8.self)))
  }
}
