/** Section 2.1 (public value) and letters e) f) with the catalogue of procedures. */
import { registerCatalog } from "./translate.ts";

registerCatalog({
  // Rules: errors
  "pv.rules.valueKind": {
    it: "Il valore dell'indicatore {code} non è del tipo dell'indicatore ({kind})",
    en: "The value of indicator {code} is not of the indicator's kind ({kind})",
  },
  "pv.rules.duplicate.targets": {
    it: "L'indicatore {code} ha due target per l'anno {year}",
    en: "Indicator {code} has two targets for {year}",
  },
  "pv.rules.duplicate.measurements": {
    it: "L'indicatore {code} ha due valori misurati per l'anno {year}",
    en: "Indicator {code} has two measured values for {year}",
  },
  "pv.rules.targetOutsidePeriod": {
    it: "Il target {year} dell'indicatore {code} è fuori dal periodo del piano ({period})",
    en: "The {year} target of indicator {code} is outside the plan period ({period})",
  },
  "pv.rules.duplicateImpactIndicator": {
    it: "Il codice indicatore di impatto {code} compare due volte nell'obiettivo di valore pubblico {objective}",
    en: "The impact indicator code {code} appears twice in public-value objective {objective}",
  },
  "pv.rules.timelinessYear": {
    it: "Il procedimento {code} ha due monitoraggi dei tempi per l'anno {year}",
    en: "Procedure {code} has two timeliness records for {year}",
  },
  "pv.rules.lateOverConcluded": {
    it: "Procedimento {code}, anno {year}: i conclusi in ritardo ({late}) superano i conclusi ({concluded})",
    en: "Procedure {code}, year {year}: those concluded late ({late}) exceed those concluded ({concluded})",
  },
  "pv.rules.simplificationYear": {
    it: "L'azione di semplificazione {code} è per il {year}, fuori dal periodo del piano ({period})",
    en: "Simplification action {code} is for {year}, outside the plan period ({period})",
  },
  "pv.rules.noAudience": {
    it: "L'azione per l'accessibilità {code} non indica i destinatari (ultrasessantacinquenni, persone con disabilità)",
    en: "Accessibility action {code} names no audience (over 65, people with disabilities)",
  },
  // Check: warnings
  "pv.check.noImpactIndicators": {
    it: "L'obiettivo di valore pubblico {code} non ha indicatori di impatto",
    en: "Public-value objective {code} has no impact indicators",
  },
  "pv.check.noObjectives": {
    it: "L'obiettivo di valore pubblico {code} non è collegato a obiettivi di performance",
    en: "Public-value objective {code} is linked to no performance objective",
  },
  "pv.check.noStrategicObjective": {
    it: "L'obiettivo di valore pubblico {code} non indica l'obiettivo strategico del DUP da cui discende",
    en: "Public-value objective {code} names no DUP strategic objective it comes from",
  },
  "pv.check.noStakeholders": {
    it: "L'obiettivo di valore pubblico {code} non indica i portatori di interesse",
    en: "Public-value objective {code} names no stakeholders",
  },
  "pv.check.listedNotSimplified": {
    it: "Il procedimento {code} è nell'elenco da semplificare ma nessuna azione di semplificazione lo riguarda",
    en: "Procedure {code} is on the simplification list but no simplification action names it",
  },
  "pv.check.noTimeliness": {
    it: "Il procedimento {code} non ha il monitoraggio dei tempi dell'anno {year}",
    en: "Procedure {code} has no timeliness monitoring for {year}",
  },
});
