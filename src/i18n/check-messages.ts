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
    itOne: "1 obiettivo di valore pubblico",
    enOne: "1 public-value objective",
  },
  "check.evidence.riskProcesses": {
    it: "{n} processi mappati e valutati",
    en: "{n} processes mapped and assessed",
    itOne: "1 processo mappato e valutato",
    enOne: "1 process mapped and assessed",
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
    itOne: "1 procedura da semplificare",
    enOne: "1 procedure to simplify",
  },
  "check.evidence.accessibility": {
    it: "{n} azioni per l'accessibilità",
    en: "{n} accessibility actions",
    itOne: "1 azione per l'accessibilità",
    enOne: "1 accessibility action",
  },
  "check.evidence.text": { it: "testo della sezione", en: "section text" },
  "check.evidence.tagged": { it: "{n} obiettivi dedicati", en: "{n} dedicated objectives" },
  "check.evidence.positiveActions": {
    it: "Piano azioni positive con {n} ambiti di azione",
    en: "positive actions plan with {n} action areas",
    itOne: "Piano azioni positive con 1 ambito di azione",
    enOne: "positive actions plan with 1 action area",
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
  "check.lawArea.authorisations": {
    it: "autorizzazioni e concessioni",
    en: "authorisations and concessions",
  },
  "check.lawArea.contracts": { it: "contratti pubblici", en: "public contracts" },
  "check.lawArea.grants": {
    it: "sovvenzioni, contributi e sussidi",
    en: "grants, contributions and subsidies",
  },
  "check.lawArea.recruitment": {
    it: "concorsi e progressioni di carriera",
    en: "competitions and career progressions",
  },
  "check.detail.lawAreasUnmapped.1": {
    it: "nessun processo mappato per l'area di rischio di legge «{a0}» (L. 190/2012, art. 1 c. 16)",
    en: "no process mapped for the statutory risk area «{a0}» (L. 190/2012, art. 1 c. 16)",
  },
  "check.detail.lawAreasUnmapped.2": {
    it: "nessun processo mappato per le aree di rischio di legge «{a0}», «{a1}» (L. 190/2012, art. 1 c. 16)",
    en: "no process mapped for the statutory risk areas «{a0}», «{a1}» (L. 190/2012, art. 1 c. 16)",
  },
  "check.detail.lawAreasUnmapped.3": {
    it: "nessun processo mappato per le aree di rischio di legge «{a0}», «{a1}», «{a2}» (L. 190/2012, art. 1 c. 16)",
    en: "no process mapped for the statutory risk areas «{a0}», «{a1}», «{a2}» (L. 190/2012, art. 1 c. 16)",
  },
  "check.detail.lawAreasUnmapped.4": {
    it: "nessun processo mappato per le aree di rischio di legge «{a0}», «{a1}», «{a2}», «{a3}» (L. 190/2012, art. 1 c. 16)",
    en: "no process mapped for the statutory risk areas «{a0}», «{a1}», «{a2}», «{a3}» (L. 190/2012, art. 1 c. 16)",
  },
  "check.complete": {
    it: "Piano completo",
    en: "Complete plan",
  },
  "check.completeSimplified": {
    it: "Piano completo secondo le regole del PIAO semplificato",
    en: "Complete plan under the simplified PIAO rules",
  },
  "check.incomplete": {
    it: "Piano incompleto: mancano {missing}",
    en: "Incomplete plan: missing {missing}",
  },
  "check.incompleteErrors": {
    it: "Piano incompleto: {n} errori da correggere",
    itOne: "Piano incompleto: 1 errore da correggere",
    en: "Incomplete plan: {n} errors to correct",
    enOne: "Incomplete plan: 1 error to correct",
  },
});
