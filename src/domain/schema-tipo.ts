/**
 * The sections of the PIAO "schema tipo" (DM 30 June 2022 n. 132) and which
 * of them the simplified PIAO of administrations under 50 employees requires
 * (art. 6 DM 132/2022: section 1, sub-section 2.3 and a simplified section 3).
 */
export interface SchemaTipoSection {
  code: string;
  title: string;
  requiredWhenSimplified: boolean;
}

export const SCHEMA_TIPO: readonly SchemaTipoSection[] = [
  { code: "1", title: "Scheda anagrafica dell'amministrazione", requiredWhenSimplified: true },
  { code: "2.1", title: "Valore pubblico", requiredWhenSimplified: false },
  { code: "2.2", title: "Performance", requiredWhenSimplified: false },
  { code: "2.3", title: "Rischi corruttivi e trasparenza", requiredWhenSimplified: true },
  { code: "3.1", title: "Struttura organizzativa", requiredWhenSimplified: true },
  { code: "3.2", title: "Organizzazione del lavoro agile", requiredWhenSimplified: true },
  {
    code: "3.3",
    title: "Piano triennale dei fabbisogni di personale",
    requiredWhenSimplified: true,
  },
  { code: "4", title: "Monitoraggio", requiredWhenSimplified: false },
];

/** Below this many employees an administration adopts the simplified PIAO. */
export const SIMPLIFIED_PIAO_THRESHOLD = 50;

/**
 * What the plan must define, letters a)–g) of art. 6 c. 2 DL 80/2021
 * (quoted in objective 1609 of the seed).
 */
export const LAW_CONTENTS = [
  { letter: "a", title: "Obiettivi programmatici e strategici della performance" },
  {
    letter: "b",
    title: "Strategia di gestione del capitale umano e sviluppo organizzativo, lavoro agile",
  },
  {
    letter: "c",
    title: "Strumenti e obiettivi del reclutamento e della valorizzazione delle risorse interne",
  },
  { letter: "d", title: "Trasparenza dei risultati e contrasto alla corruzione" },
  { letter: "e", title: "Elenco delle procedure da semplificare e reingegnerizzare" },
  {
    letter: "f",
    title:
      "Piena accessibilità fisica e digitale per ultrasessantacinquenni e persone con disabilità",
  },
  { letter: "g", title: "Pieno rispetto della parità di genere" },
] as const;
