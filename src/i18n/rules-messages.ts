import { registerCatalog } from "./translate.ts";

registerCatalog({
  "rules.badTaxCode": {
    it: "Il codice fiscale {value} non è valido (la cifra di controllo non torna)",
    en: "The tax code {value} is not valid (wrong check digit)",
  },
  "rules.badVatNumber": {
    it: "La partita IVA {value} non è valida (la cifra di controllo non torna)",
    en: "The VAT number {value} is not valid (wrong check digit)",
  },
  "rules.notThreeYears": {
    it: "Il PIAO è triennale: il periodo {start}-{end} non copre tre anni",
    en: "A PIAO covers three years: the period {start}-{end} does not",
  },
  "rules.duplicateUnit": {
    it: 'La struttura "{key}" compare due volte',
    en: 'The organisational unit "{key}" appears twice',
  },
  "rules.unknownUnit": {
    it: 'La struttura "{key}" non è tra le strutture del piano',
    en: 'The organisational unit "{key}" is not among the plan\'s units',
  },
  "rules.duplicateObjective": {
    it: "Il codice obiettivo {code} compare due volte",
    en: "The objective code {code} appears twice",
  },
  "rules.unknownAction": {
    it: "L'ambito di azione {number} non è tra gli ambiti del piano",
    en: "The action area {number} is not among the plan's action areas",
  },
  "rules.duplicateIndicator": {
    it: "Il codice indicatore {code} compare due volte nell'obiettivo {objective}",
    en: "The indicator code {code} appears twice in objective {objective}",
  },
  "rules.targetKind": {
    it: "Il valore dell'indicatore {code} non è del tipo dell'indicatore ({kind})",
    en: "The value of indicator {code} is not of the indicator's kind ({kind})",
  },
  "rules.duplicateYear": {
    it: "L'indicatore {code} ha due target per l'anno {year}",
    en: "Indicator {code} has two targets for year {year}",
  },
});

registerCatalog({
  "bundle.badJson": {
    it: "Il file non è un JSON valido: {problem}",
    en: "The file is not valid JSON: {problem}",
  },
  "bundle.invalidField": {
    it: "Valore non valido: {problem}",
    en: "Invalid value: {problem}",
  },
});
