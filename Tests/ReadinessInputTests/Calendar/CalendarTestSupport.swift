import Foundation
import ReadinessCore
import ReadinessInput

/// Loads an inventory whose `programme.calendar` holds `calendar` (YAML, each line indented
/// under `calendar:`, which is line 5; its first line is line 6), with `files` readable beside
/// it (any other path is missing).
func loadCalendar(_ calendar: String, files: [String: Data] = [:]) -> InventoryLoader.Result {
  let text = """
    version: 1
    programme:
      name: Calendar
      as_of: 2026-12-01
      calendar:
    \(calendar.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
    """
  return loadWithFiles(text, files: files)
}

/// Loads `text` as `fileName`, reading `files` through the loader (others are missing).
func loadWithFiles(_ text: String, as fileName: String = "inv.yaml", files: [String: Data])
  -> InventoryLoader.Result
{
  let loader = InventoryLoader { path in
    guard let data = files[path] else {
      throw InventoryLoader.ReadFailure(
        .verbatim("no such file"), hint: .verbatim("check that the file exists"), isMissing: true)
    }
    return data
  }
  return loader.load(
    Data(text.utf8), fileName: fileName, asOf: AsOfChoice(today: Day(iso: "2026-12-01")!))
}

/// An iCalendar file holding `events` (each the lines of one VEVENT), lines ended by CRLF:
/// the first event's `BEGIN:VEVENT` is line 4.
func ics(_ events: [String]) -> Data {
  let body = events.map { "BEGIN:VEVENT\n\($0)\nEND:VEVENT" }.joined(separator: "\n")
  let text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n\(body)\nEND:VCALENDAR\n"
  return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
}

extension InventoryLoader.Result {
  /// The calendar the inventory loaded with.
  var calendar: CalendarSetting? { evaluated?.inventory.programme.calendar }
}
