import ReadinessCore

extension XMLRenderer {
  /// `<assumptions>`: every default the assessment used, with where it comes from.
  static func writeAssumptions(
    _ assumptions: [Assumption], _ wording: Wording, to writer: LibXMLWriter
  ) {
    writer.element("assumptions", [:]) {
      for assumption in assumptions {
        writer.element(
          "assumption",
          [
            "subject": wording(assumption.subjectMessage),
            "value": wording(assumption.valueMessage),
            "source": wording(assumption.sourceMessage),
          ])
      }
    }
  }

  /// `<decisions>`: the inventory's recorded decisions.
  static func writeDecisions(_ decisions: [Decision], to writer: LibXMLWriter) {
    writer.element("decisions", [:]) {
      for decision in decisions {
        writer.element(
          "decision",
          [
            "id": decision.id, "title": decision.title, "owner": decision.owner,
            "date": decision.date?.iso, "status": decision.effectiveStatus.rawValue,
            "needed-by": decision.neededBy?.iso, "rationale": decision.rationale,
            "link": decision.link,
          ])
      }
    }
  }

  /// `<stakeholders>`: the teams R-P4 counts and whether they committed.
  static func writeStakeholders(_ stakeholders: [Stakeholder], to writer: LibXMLWriter) {
    writer.element("stakeholders", [:]) {
      for stakeholder in stakeholders {
        writer.element(
          "stakeholder",
          [
            "team": stakeholder.team, "owner": stakeholder.owner,
            "committed": XMLNumber.boolean(stakeholder.committed),
          ])
      }
    }
  }

  /// `<wabas>`: the WhatsApp Business Accounts behind R-C3, R-C4 and R-C7.
  static func writeWABAs(_ wabas: [WABA], to writer: LibXMLWriter) {
    writer.element("wabas", [:]) {
      for waba in wabas {
        writer.element(
          "waba",
          [
            "id": waba.id, "business-portfolio": waba.businessPortfolio, "bsp": waba.bsp,
            "bsp-bsuid-enabled": XMLNumber.boolean(waba.bspBSUIDEnabled == true),
            "parent-bsuid": XMLNumber.boolean(waba.parentBSUID == true),
            "migration-date": waba.migrationDate?.iso,
            "new-portfolio": waba.newPortfolio.rawValue, "owner": waba.owner,
          ]
        ) {
          for other in waba.sharesUserIdsWith {
            writer.element("shares-user-ids-with", ["waba": other])
          }
          for phone in waba.phoneNumbers {
            writer.element(
              "phone-number", ["number": phone.number, "display-name": phone.displayName])
          }
        }
      }
    }
  }
}
