import ArgumentParser

/// The single map from outcomes to exit codes (sysexits, SPEC §8).
enum ExitStatus {
  static let success = ExitCode(0)
  static let usage = ExitCode(64)
  static let invalidInventory = ExitCode(65)
  static let inputMissing = ExitCode(66)
  static let cannotCreateOutput = ExitCode(73)
  static let ioError = ExitCode(74)
  /// A generated file failed its own checks (EX_SOFTWARE): a bug in the tool, nothing written.
  static let internalError = ExitCode(70)
}
