import CLibical
import Foundation
import ReadinessCore

/// Renders `milestones.ics`: an RFC 5545 calendar of the programme's milestones, phase ends and
/// task deadlines as all-day events. libical builds the text in memory, folding lines at 75
/// octets without splitting a character and escaping `\`, `;`, `,` and line breaks.
public enum ICSRenderer {
  public static let fileName = "milestones.ics"

  /// Renders `assessment` with its events' texts in `language` (named by a LANGUAGE parameter on
  /// each text when it is not English). Deterministic: DTSTAMP is as-of at midnight UTC, and
  /// every UID is derived from the programme's slug, the event's kind and its id, so importing
  /// next week's calendar updates these events rather than adding copies.
  public static func render(
    _ assessment: Assessment, in language: any MessageLanguage = EnglishLanguage()
  ) -> RenderedFile {
    let wording = Wording(language: language)
    let tag = language.tag == EnglishLanguage().tag ? nil : language.tag
    let calendar = icalcomponent_new_vcalendar()
    add(calendar, icalproperty_new_version("2.0"))
    add(calendar, icalproperty_new_prodid("-//bsuid-readiness//milestones//EN"))
    add(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH))
    // The calendar's name as RFC 7986's NAME. Not X-WR-CALNAME: libical 3.0 leaves `;` and `,`
    // unescaped in an X- property, which would corrupt a hostile programme name.
    add(calendar, icalproperty_new_name(ICSText.clean(assessment.programme.name)))
    let stamp = icaltime_from_string(compact(assessment.asOf) + "T000000Z")
    for event in ICSEvent.events(of: assessment, wording: wording) {
      icalcomponent_add_component(
        calendar, component(event, assessment.programme.slug, stamp, language: tag))
    }
    let text = icalcomponent_as_ical_string_r(calendar)
    defer {
      free(text)
      icalcomponent_free(calendar)
    }
    return RenderedFile(name: fileName, bytes: Data(String(cString: text!).utf8))
  }

  /// One VEVENT; `stamp` is as-of at midnight UTC, parsed once for all events; `language` (nil
  /// for English) is the LANGUAGE parameter of its summary and description (RFC 5545 3.2.10).
  private static func component(
    _ event: ICSEvent, _ slug: String, _ stamp: icaltimetype, language: String?
  ) -> OpaquePointer? {
    let vevent = icalcomponent_new_vevent()
    add(vevent, icalproperty_new_uid(ICSEvent.uid(slug: slug, event)))
    add(vevent, icalproperty_new_dtstamp(stamp))
    add(vevent, icalproperty_new_dtstart(icaltime_from_string(compact(event.day))))
    add(vevent, icalproperty_new_dtend(icaltime_from_string(compact(event.day.adding(days: 1)))))
    for text in [
      icalproperty_new_summary(ICSText.clean(event.summary)),
      icalproperty_new_description(ICSText.clean(event.description)),
    ] {
      if let language { icalproperty_add_parameter(text, icalparameter_new_language(language)) }
      add(vevent, text)
    }
    add(vevent, icalproperty_new_categories(event.kind.rawValue))
    add(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT))
    return vevent
  }

  private static func add(_ component: OpaquePointer?, _ property: OpaquePointer?) {
    icalcomponent_add_property(component, property)
  }

  /// `20260630`: a DATE value.
  private static func compact(_ day: Day) -> String {
    String(decoding: day.iso.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
  }
}
