import { registerCatalog } from "./translate.ts";

registerCatalog({
  "check.evidence.anagrafica": { it: "scheda anagrafica di {name}", en: "profile of {name}" },
  "check.evidence.objectives": {
    it: "{n} obiettivi di performance",
    en: "{n} performance objectives",
  },
  "check.evidence.units": {
    it: "{n} strutture con responsabile",
    en: "{n} units with their heads",
  },
  "check.evidence.publicValue": {
    it: "{n} obiettivi di valore pubblico",
    en: "{n} public-value objectives",
  },
  "check.evidence.riskProcesses": {
    it: "{n} processi mappati e valutati",
    en: "{n} processes mapped and assessed",
  },
  "check.evidence.agileWork": {
    it: "{n} condizioni e obiettivi del lavoro agile",
    en: "{n} agile-work conditions and objectives",
  },
  "check.evidence.staffing": {
    it: "{n} profili e assunzioni programmate",
    en: "{n} profiles and planned hires",
  },
  "check.evidence.simplifications": {
    it: "{n} procedure da semplificare",
    en: "{n} procedures to simplify",
  },
  "check.evidence.accessibility": {
    it: "{n} azioni per l'accessibilità",
    en: "{n} accessibility actions",
  },
  "check.evidence.text": { it: "testo della sezione", en: "section text" },
  "check.evidence.tagged": { it: "{n} obiettivi dedicati", en: "{n} dedicated objectives" },
  "check.evidence.positiveActions": {
    it: "Piano azioni positive con {n} ambiti di azione",
    en: "positive actions plan with {n} action areas",
  },
  "check.noIndicators": {
    it: "L'obiettivo {objective} non ha indicatori",
    en: "Objective {objective} has no indicators",
  },
  "check.noUnit": {
    it: "L'obiettivo {objective} non è assegnato a una struttura",
    en: "Objective {objective} is not assigned to a unit",
  },
  "check.noTarget": {
    it: "L'indicatore {indicator} (obiettivo {objective}) non ha un target",
    en: "Indicator {indicator} (objective {objective}) has no target",
  },
  "check.outsidePeriod": {
    it: "Il target dell'indicatore {indicator} cade nel {year}, fuori dal periodo del piano {period}",
    en: "The target of indicator {indicator} falls in {year}, outside the plan period {period}",
  },
  "check.indicatorCodeReused": {
    it: "Il codice indicatore {code} è usato negli obiettivi {first} e {second}",
    en: "Indicator code {code} is used in objectives {first} and {second}",
  },
  "check.anagraficaMissing.population": {
    it: "Scheda anagrafica: manca la popolazione",
    en: "Administration profile: the population is missing",
  },
  "check.anagraficaMissing.pec": {
    it: "Scheda anagrafica: manca l'indirizzo PEC",
    en: "Administration profile: the certified e-mail (PEC) is missing",
  },
  "check.anagraficaMissing.taxCode": {
    it: "Scheda anagrafica: manca il codice fiscale",
    en: "Administration profile: the tax code is missing",
  },
  "check.anagraficaMissing.website": {
    it: "Scheda anagrafica: manca il sito internet istituzionale",
    en: "Administration profile: the institutional website is missing",
  },
});
