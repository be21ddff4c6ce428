extension Programme {
  /// The keys of the `programme` section.
  static let keys = Keys<Programme>(
    "programme", seed: { Programme(name: "") },
    [
      Field(
        \.name, "name", .string, required: true, doc: "Programme name.",
        starter: "shown as the report title"),
      Field(\.organisation, "organisation", .string, doc: "The business."),
      Field(
        \.start, "start", .date,
        doc: "Programme start; the planning phase starts here (default 2026-01-01).",
        starter: "the day init ran; the phases are planned from here"),
      Field(
        \.asOf, "as_of", .date, doc: "Reporting date; --as-of wins; default today.",
        starter: "reporting date; default today; --as-of wins"),
      Field(
        \Programme.phases, "phases", .object(phases),
        doc: "Phase windows; the defaults are listed in docs/readiness-model.md."
      ) { programme, decoded in
        for entry in decoded.object?.entries ?? [] {
          guard let phase = PhaseID(rawValue: entry.key), programme.phases[phase] == nil,
            let window = entry.value.object
          else { continue }
          programme.phases[phase] = PhaseWindowOverride.keys.build(window)
        }
      },
      Field(
        \.milestones, "milestones", list: Milestone.keys,
        doc: "Milestones; same id replaces a default."),
      Field(
        \.stakeholders, "stakeholders", list: Stakeholder.keys,
        doc: "Teams whose commitment R-P4 counts.",
        starter: "R-P4: commitment of IT, product and operations"),
      Field(
        \.wabas, "wabas", list: WABA.keys, doc: "WhatsApp Business Accounts.",
        starter: "your WhatsApp Business Accounts"),
      Field(
        nil, "scenarios", .object(scenarios.schema), doc: "Scenario parameters for exposure.",
        starter: "exposure at these shares of users with a username"
      ) { programme, decoded in
        if let object = decoded.object { scenarios.apply(object, to: &programme) }
      },
      Field(
        \.tolerance, "tolerance", .number(InputLimits.tolerance),
        doc: "Points behind plan before a phase turns amber; default 15."),
      Field(
        \.redTolerance, "red_tolerance", .number(InputLimits.tolerance),
        doc: "Points behind plan before a phase turns red; default twice tolerance."),
      Field(
        \Programme.weights, "weights", .object(phaseWeights),
        doc: "Phase weights in the overall score; default 1 each."
      ) { programme, decoded in
        for entry in decoded.object?.entries ?? [] {
          guard let phase = PhaseID(rawValue: entry.key), programme.weights[phase] == nil,
            let weight = entry.value.number
          else { continue }
          programme.weights[phase] = weight
        }
      },
      Field(
        \Programme.itemWeights, "item_weights",
        .map(key: .checklistID, value: .number(InputLimits.weight)),
        doc: "Checklist item weights by item id (R-I1: 2); default 1 each."
      ) { programme, decoded in
        for entry in decoded.object?.entries ?? [] {
          if let weight = entry.value.number, let item = ChecklistItemID(rawValue: entry.key) {
            programme.itemWeights[item] = weight
          }
        }
      },
      Field(
        \.calendar, "calendar", object: CalendarSetting.keys,
        doc: "The working week and the holidays every working-day figure counts with;"
          + " default mon to fri, no holidays."),
      Field(
        \Programme.baseline, "baseline", .id,
        doc: "The saved baseline (`bsuid-readiness baseline`) reports compare with;"
          + " --baseline wins; default the first one saved."
      ) { programme, decoded in
        programme.baseline = decoded.text
        programme.baselineLocation = decoded.location
      },
      Field(
        \Programme.ragOverrides, "rag_override", .object(RAGOverride.scopes),
        doc: "The PM's RAG beside the computed one, per scope (overall or a phase); gates use"
          + " the computed RAG."
      ) { programme, decoded in
        for entry in decoded.object?.entries ?? [] {
          guard let scope = RAGScope(rawValue: entry.key), let object = entry.value.object,
            var override = RAGOverride.keys.build(object)
          else { continue }
          override.scope = scope
          programme.ragOverrides.append(override)
        }
      },
      Field(
        \Programme.language, "language", .string,
        doc: "The language of the reports (so far the briefing, report.md and the calendar): en,"
          + " es, hi, id or pt-BR, a region after it for its figures (es-MX); --lang wins;"
          + " default en.",
        starter: "the reports' language: en, es, hi, id or pt-BR"
      ) { programme, decoded in
        programme.language = decoded.text
        programme.languageLocation = decoded.location
      },
      Field(
        \.ownerLoadLimit, "owner_load_limit", .integer(NumberRange(minimum: 1, maximum: 1000)),
        doc: "Owners above this many open actions and tasks in the action window are flagged;"
          + " default 6."),
    ], location: \.location)

  /// The keys of `programme.scenarios`, kept on the programme itself.
  package static let scenarios = Keys<Programme>(
    "scenarios", seed: { Programme(name: "") },
    [
      Field(
        \.usernameAdoption, "username_adoption", .list(.number(.share)),
        doc: "Shares of users with a username; default 0.05, 0.20, 0.50."),
      // The loader reads the file it names (ObservedMeasurement+Keys.swift).
      Field(
        \Programme.observed, "observed", .string,
        doc: "The file `bsuid-readiness measure --out` wrote, relative to the inventory's folder:"
          + " adds an observed adoption scenario.",
        starter: "adds the share measured in your webhook logs:\n"
          + "bsuid-readiness measure LOG --out observed.yaml"
      ) { _, _ in },
    ])

  /// A window per phase, keyed by phase id.
  static let phases = ObjectSchema(
    "phases",
    PhaseID.allCases.map {
      SchemaField(
        $0.rawValue, .object(PhaseWindowOverride.keys.schema), "Window of the \($0.rawValue) phase."
      )
    })

  /// A weight per phase, keyed by phase id.
  static let phaseWeights = ObjectSchema(
    "phase_weights",
    PhaseID.allCases.map {
      SchemaField(
        $0.rawValue, .number(InputLimits.weight), "Weight of the \($0.rawValue) phase; default 1.")
    })
}

extension PhaseWindowOverride {
  /// The keys of a phase's window in `programme.phases`.
  static let keys = Keys<PhaseWindowOverride>(
    "phase_window", seed: { PhaseWindowOverride() },
    [
      Field(\.start, "start", .date, doc: "First day of the phase."),
      Field(\.end, "end", .date, doc: "Last day of the phase (inclusive)."),
    ], location: \.location)
}

extension Milestone: KeyedEntry {
  /// The keys of an entry of `programme.milestones`; there is none without a date.
  public static let keys = Keys<Milestone>(
    "milestone", seed: { Milestone(id: "", date: InputLimits.earliestDate) },
    [
      Field(\.id, "id", .id, required: true, doc: "Milestone id (claim-window, or your own)."),
      Field(\.title, "title", .string, doc: "What happens."),
      Field(\.date, "date", .date, required: true, doc: "When."),
    ], requires: [\.date], location: \.location, origin: \.origin)
}

extension Stakeholder {
  /// The keys of an entry of `programme.stakeholders`.
  static let keys = Keys<Stakeholder>(
    "stakeholder", seed: { Stakeholder(team: "", committed: false) },
    [
      Field(
        \.team, "team", .enumeration(Stakeholder.teams, ignoringCase: true), required: true,
        doc: "IT, product, operations or marketing, in any case; R-P4 counts the first three."),
      Field(\.owner, "owner", .string, doc: "The team's representative."),
      Field(
        \.committed, "committed", .boolean, required: true, doc: "The team has committed (R-P4)."),
    ], location: \.location)
}
