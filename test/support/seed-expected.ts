/**
 * What the seed says, transcribed by hand from
 * shared/seeds/000_133622518c93bca8.txt (lines in comments), read from the
 * repository's identical copy in fixtures/ so a checkout tests on its own.
 */
import { readFileSync } from "node:fs";

export const SEED_URL = new URL(
  "../../fixtures/piao-2025-2027-citta-metropolitana-bologna.txt",
  import.meta.url,
);

export function seedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_URL));
}

export function seedText(): string {
  return readFileSync(SEED_URL, "utf8");
}

export const AREA_RISORSE = "Area Risorse Programmazione e Organizzazione";
export const AREA_SVILUPPO = "Area Sviluppo Economico e Sociale";
export const SETTORE_ISTRUZIONE = `${AREA_SVILUPPO} - Settore Istruzione e Sviluppo Sociale`;

export interface ExpectedObjective {
  code: string;
  action: number;
  unitKey: string;
  title: string;
  /** code, unit label, target as written */
  indicators: ReadonlyArray<readonly [string, string, string]>;
}

export const EXPECTED_OBJECTIVES: readonly ExpectedObjective[] = [
  // AZIONE 1 (line 142)
  {
    code: "1609",
    action: 1,
    unitKey: AREA_RISORSE,
    title: "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
    indicators: [["3826", "Data", "31/01/2025"]],
  },
  {
    code: "1611",
    action: 1,
    unitKey: AREA_RISORSE,
    title: "PROGRAMMAZIONE E CONTROLLO STRATEGICO: DUP E BILANCIO",
    indicators: [
      ["3830", "Data", "30/04/2025"],
      ["3833", "Data", "31/07/2025"],
      ["3836", "Data", "31/12/2025"],
    ],
  },
  // AZIONE 2 (line 192)
  {
    code: "1712",
    action: 2,
    unitKey: SETTORE_ISTRUZIONE,
    title: "PROMOZIONE DELLA TRASPARENZA CON RIFERIMENTO ALLA PARITA' DI GENERE",
    indicators: [["4119", "Data", "31/12/2025"]],
  },
  // AZIONE / 3 / ORGANIZZAZIONE DEL LAVORO (lines 216-220)
  {
    code: "1612",
    action: 3,
    unitKey: AREA_RISORSE,
    title: "PIAO SEZIONE PERFORMANCE E MAPPATURA ATTIVITA'",
    indicators: [
      ["3842", "Data", "31/01/2025"],
      ["3843", "Numero", "1"],
    ],
  },
  {
    code: "1613",
    action: 3,
    unitKey: AREA_RISORSE,
    title: "SORVEGLIANZA SANITARIA",
    indicators: [["3845", "Data", "31/12/2025"]],
  },
  {
    code: "1716",
    action: 3,
    unitKey: AREA_RISORSE,
    title: "LAVORO AGILE ALTRE FORME DI LAVORO A DISTANZA",
    indicators: [
      ["4131", "Data", "31/12/2025"],
      ["4132", "Data", "31/12/2025"],
    ],
  },
  {
    code: "1722",
    action: 3,
    unitKey: AREA_RISORSE,
    title:
      "GESTIRE LA CONTRATTAZIONE COLLETTIVA E LE RELAZIONI SINDACALI NEI TEMPI E NEI MODI PREVISTI DAL CCNL",
    indicators: [
      ["4155", "Data", "31/07/2025"],
      ["4156", "Data", "31/12/2025"],
      ["4158", "Data", "30/09/2025"],
      ["4177", "Data", "31/12/2025"],
      ["4178", "Data", "31/05/2025"],
      ["4179", "Data", "31/05/2025"],
    ],
  },
  {
    code: "1731",
    action: 3,
    unitKey: AREA_RISORSE,
    title:
      "OTTIMIZZARE L'ASSETTO ORGANIZZATIVO E FUNZIONALE DELL'ENTE PER MIGLIORARE L'EFFICIENZA E L'EFFICACIA DELLE FUNZIONI E DELLE STRUTTURE",
    indicators: [
      ["4175", "Data", "30/06/2025"],
      ["4176", "Data", "31/01/2025"],
    ],
  },
  // AZIONE 4 (line 350)
  {
    code: "1679",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title:
      "SVILUPPO DELLA CULTURA TECNICO-SCIENTIFICA E DELLA RELAZIONE SCUOLA-FORMAZIONE-TERRITORIO-LAVORO",
    indicators: [
      ["4028", "Data", "31/12/2025"],
      ["4074", "Data", "31/12/2025"],
    ],
  },
  {
    code: "1628",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title: "CURA NEI NUOVI INSEDIAMENTI URBANI E RIQUALIFICAZIONE URBANA DI GENERE",
    indicators: [["3887", "Numero", "1"]],
  },
  {
    code: "1674",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title: "STATISTICHE E ANALISI DI GENERE",
    indicators: [["4009", "Numero", "1"]],
  },
  {
    code: "1683",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title:
      "POLITICHE DI EDUCAZIONE AL RISPETTO DELLE DIFFERENZE E DI CONTRASTO A STEREOTIPI, DISCRIMINAZIONI E VIOLENZA",
    indicators: [
      ["4047", "Numero", "1"],
      ["4078", "Numero", "3"],
    ],
  },
  {
    code: "1684",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title:
      "POLITICHE PER LA PROMOZIONE E LO SVILUPPO DI UN TERRITORIO SOCIALMENTE RESPONSABILE, CHE FAVORISCA L'UGUAGLIANZA PER DONNE E UOMINI",
    indicators: [["4048", "Numero", "1"]],
  },
  {
    code: "1742",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title: "PARITA' DI GENERE",
    indicators: [["4195", "Numero", "1"]],
  },
  {
    code: "1782",
    action: 4,
    unitKey: SETTORE_ISTRUZIONE,
    title:
      "PROMOZIONE DELL'IMPRENDITORIALITÀ FEMMINILE, ANCHE ATTRAVERSO LO SVILUPPO DI READI - RETE PER L'AUTOIMPRESA E LE DONNE IMPRENDITRICI",
    indicators: [
      ["4332", "Data", "31/12/2025"],
      ["4333", "Data", "31/12/2025"],
      ["4334", "Numero", "2"],
      ["4336", "Data", "30/06/2025"],
    ],
  },
  {
    code: "1670",
    action: 4,
    unitKey: AREA_RISORSE,
    title: "STUDI E RILEVAZIONI SUL PERSONALE DELL'ENTE",
    indicators: [
      ["4004", "Numero", "1"],
      ["4005", "Numero", "1"],
    ],
  },
  {
    code: "1723",
    action: 4,
    unitKey: AREA_RISORSE,
    title: "FORMAZIONE",
    indicators: [
      ["4160", "Numero", "100"],
      ["4161", "Data", "31/12/2025"],
      ["4162", "Data", "31/12/2025"],
      ["4163", "Data", "31/01/2025"],
    ],
  },
  // AZIONE 5 (line 555)
  {
    code: "1715",
    action: 5,
    unitKey: AREA_RISORSE,
    title: "ASSICURARE UNA CORRETTA ED EFFICACE GESTIONE DEI FABBISOGNI DI PERSONALE",
    indicators: [
      ["4127", "Numero", "80"],
      ["4128", "Data", "31/01/2025"],
      ["4130", "Numero", "3"],
      ["4199", "Data", "31/12/2025"],
    ],
  },
];

/** Indicators whose description ends with "(PERCENTUALE)" (lines 546 and 570). */
export const PERCENT_INDICATORS = new Set(["4160", "4127"]);

export const EXPECTED_ACTION_TITLES = [
  "PIANI TRIENNALI DI AZIONI POSITIVE",
  "RAFFORZAMENTO DEI COMITATI UNICI DI GARANZIA E CONTRASTO ALLE DISCRIMINAZIONI",
  "ORGANIZZAZIONE DEL LAVORO",
  "FORMAZIONE E DIFFUSIONE DEL MODELLO CULTURALE IMPRONTATO ALLA PROMOZIONE DELLE PARI OPPORTUNITÀ E ALLA CONCILIAZIONE DEI TEMPI DI VITA E DI LAVORO",
  "POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE",
];

/** Index entries, lines 11-29: [code, title]. */
export const EXPECTED_INDEX: ReadonlyArray<readonly [string | null, string]> = [
  [null, "SEZIONE DI PROGRAMMAZIONE"],
  [null, "PREMESSA E RIFERIMENTI NORMATIVI"],
  ["1", "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE"],
  ["1.1", "SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE"],
  ["2", "VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"],
  ["2.1", "VALORE PUBBLICO"],
  ["2.2", "PERFORMANCE"],
  [null, "OBIETTIVI E AZIONI FINALIZZATI AL PIENO RISPETTO DELLA PARITÀ DI GENERE"],
  [null, "OBIETTIVI DI DIGITALIZZAZIONE"],
  ["2.3", "RISCHI CORRUTTIVI E TRASPARENZA"],
  ["3", "ORGANIZZAZIONE E CAPITALE UMANO"],
  ["3.1", "STRUTTURA ORGANIZZATIVA"],
  ["3.2", "ORGANIZZAZIONE DEL LAVORO AGILE"],
  ["3.3", "PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE"],
  ["4", "MONITORAGGIO"],
  ["4.1", "LA RELAZIONE SULLA PERFORMANCE"],
  ["4.2", 'MONITORAGGIO DELLA SEZIONE "RISCHI CORRUTTIVI E TRASPARENZA"'],
  ["4.3", "LA RELAZIONE SUL VALORE PUBBLICO E SULLA SALUTE DELL'ENTE"],
  [null, "DOCUMENTI ALLEGATI FUNZIONALMENTE AL PIAO"],
];

export const ANNEX_TITLE =
  "ALLEGATO ALLA SEZIONE 2.2 - OBIETTIVI E AZIONI FINALIZZATE AL PIENO RISPETTO DELLA PARITÀ DI GENERE";

/** "31/01/2025" → "2025-01-31". */
export function isoOf(date: string): string {
  const [d, m, y] = date.split("/");
  return `${y}-${m}-${d}`;
}
