/// The tool's exit statuses (sysexits), each with its one-line meaning, as `--help` and
/// the README's table give it. ArgumentParser itself exits with 0 (success) and 64 (usage).
enum ExitStatus: Int32, CaseIterable {
  case success = 0
  /// A `--fail-under` or `--fail-on` gate failed (every file was still written), or a
  /// `fixtures --post` body was refused, timed out or found no endpoint.
  case gateFailed = 1
  case usage = 64
  case invalidInventory = 65
  case inputMissing = 66
  /// A program it needs is missing (EX_UNAVAILABLE): headless Chromium for `--format pdf`; the
  /// other files were still written.
  case unavailable = 69
  /// A generated file failed its own checks (EX_SOFTWARE): a bug in the tool, nothing written.
  case internalError = 70
  case cannotCreateOutput = 73
  case ioError = 74

  var meaning: String {
    switch self {
    case .success: "success"
    case .gateFailed: "a gate failed, or a replayed webhook was not accepted"
    case .usage: "usage"
    case .invalidInventory: "invalid inventory, template or webhook log"
    case .inputMissing: "input missing"
    case .unavailable: "a program it needs is not installed (headless Chromium for PDF)"
    case .internalError: "internal error (a generated file failed its own check)"
    case .cannotCreateOutput: "output cannot be created"
    case .ioError: "I/O error"
    }
  }

  /// Every status with its meaning, `0 success; 64 usage; …`, for `--help`.
  static var summary: String {
    allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ")
  }
}
