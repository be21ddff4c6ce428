import CCurl
import Foundation

/// One POST through libcurl, bounded whatever the endpoint does: at most `answerLimit` bytes of
/// the answer are kept and the transfer stops once it has them, `timeout` bounds the whole
/// exchange (a slow answer included), and a redirect is never followed.
final class CurlPost {
  /// How the exchange ended.
  struct Outcome {
    /// The HTTP status; nil when no complete answer came.
    var status: Int?
    /// Where a 3xx answer pointed.
    var redirect: String?
    /// The start of the answer's body.
    var answer = Data()
    /// The transport error in words, when there is no status.
    var error: String?
    /// The value of the answer's header asked for, when it has one.
    var header: String?
  }

  private let handle: UnsafeMutableRawPointer
  private let answerLimit: Int
  private var answer = Data()

  /// Call once, before any thread posts.
  static func setUp() { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }

  /// A handle for one thread, reused (and its connections with it) for each of its posts.
  init?(answerLimit: Int) {
    guard let handle = curl_easy_init() else { return nil }
    self.handle = handle
    self.answerLimit = answerLimit
  }

  deinit { curl_easy_cleanup(handle) }

  /// Posts `body` to `url` with `headers` (`Name: value`); `reading` names an answer header
  /// to return.
  func post(
    _ body: Data, to url: String, headers: [String], timeout: Double, reading: String? = nil
  ) -> Outcome {
    answer = Data()
    var list: UnsafeMutablePointer<curl_slist>?
    for header in headers + ["Expect:"] { list = curl_slist_append(list, header) }
    defer { curl_slist_free_all(list) }
    let code = url.withCString { url in
      bsuid_curl_set_pointer(handle, CURLOPT_URL, url)
      bsuid_curl_set_long(handle, CURLOPT_POST, 1)
      bsuid_curl_set_size(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
      body.withUnsafeBytes {
        _ = bsuid_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress)
      }
      bsuid_curl_set_pointer(handle, CURLOPT_HTTPHEADER, list)
      bsuid_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
      bsuid_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
      bsuid_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
      bsuid_curl_set_write(handle) { bytes, size, count, me in
        let post = Unmanaged<CurlPost>.fromOpaque(me!).takeUnretainedValue()
        let room = post.answerLimit - post.answer.count
        post.answer.append(Data(bytes: bytes!, count: min(room, size * count)))
        // Returning less than was given stops the transfer: the rest is never read.
        return post.answer.count >= post.answerLimit ? 0 : size * count
      }
      bsuid_curl_set_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(self).toOpaque())
      return curl_easy_perform(handle)
    }
    var outcome = Outcome(answer: answer)
    guard code == CURLE_OK || (code == CURLE_WRITE_ERROR && answer.count >= answerLimit) else {
      outcome.error = describe(code, timeout: timeout)
      return outcome
    }
    var status = 0
    bsuid_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
    outcome.status = status
    var redirect: UnsafeMutablePointer<CChar>?
    bsuid_curl_get_string(handle, CURLINFO_REDIRECT_URL, &redirect)
    outcome.redirect = redirect.map { String(cString: $0) }
    outcome.header = reading.flatMap(answerHeader)
    return outcome
  }

  /// The answer's header `name` (its first value), through libcurl's header API.
  private func answerHeader(_ name: String) -> String? {
    var found: UnsafeMutablePointer<curl_header>?
    // Origin 1 is CURLH_HEADER (a plain response header); request -1 is the last request.
    guard curl_easy_header(handle, name, 0, 1, -1, &found) == CURLHE_OK,
      let value = found?.pointee.value
    else { return nil }
    return String(cString: value)
  }

  /// A transport error in words: timeout and refused connections named as such.
  private func describe(_ code: CURLcode, timeout: Double) -> String {
    switch code {
    case CURLE_OPERATION_TIMEDOUT:
      let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
      return "no complete answer within the timeout (\(seconds) s)"
    case CURLE_COULDNT_CONNECT: return "connection refused"
    default: return String(cString: curl_easy_strerror(code))
    }
  }
}
