import CXLSXWriter
import Foundation
import ReadinessRender

extension Sheet {
  /// Prints on A4 landscape, every column on one page's width, gridlines drawn, 0.3-inch side
  /// margins, the sheet's name and `heading` at the top of each page and its page number at the
  /// foot.
  func setUpPrinting(heading: String) {
    worksheet_set_landscape(pointer)
    worksheet_set_paper(pointer, 9)
    worksheet_set_margins(pointer, 0.3, 0.3, 0.6, 0.6)
    worksheet_fit_to_pages(pointer, 1, 0)
    worksheet_gridlines(pointer, UInt8(LXW_SHOW_ALL_GRIDLINES.rawValue))
    worksheet_set_default_row(pointer, Formats.lineHeight, 0)
    _ = worksheet_set_header(pointer, "&L&\"-,Bold\"&A&R" + Self.headerText(heading))
    _ = worksheet_set_footer(pointer, "&C" + pageFooter)
  }

  /// "Page &P of &N" in the workbook's language: the message's `{page}` and `{pages}` become
  /// the codes of the page's number and the count, its own `&` doubled.
  private var pageFooter: String {
    let pattern = words.language.pattern(WorkbookMessages.page, count: nil)
    return Self.headerText(pattern).replacingOccurrences(of: "{pages}", with: "&N")
      .replacingOccurrences(of: "{page}", with: "&P")
  }

  /// `text` as header text: `&` doubled (a single one starts a code), cut to 100 characters
  /// (Excel refuses a header over 255).
  static func headerText(_ text: String) -> String {
    let short = text.count > 100 ? text.prefix(99) + "…" : Substring(text)
    return XMLText.safe(String(short)).replacingOccurrences(of: "&", with: "&&")
  }
}
