/** Small plans made by hand, with overrides, for tests that need records but not the seed. */
import type { Indicator, Objective, PlanDocument } from "../../src/domain/plan.ts";
import { emptySectionRecords } from "../../src/domain/sections/index.ts";

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    code: "9001",
    description: "APPROVAZIONE DEL REGOLAMENTO",
    kind: "deadline",
    unitLabel: "Data",
    polarity: "higher",
    baseline: null,
    targets: [{ year: 2025, value: { kind: "deadline", date: "2025-06-30" } }],
    weight: null,
    ...overrides,
  };
}

export function makeObjective(overrides: Partial<Objective> = {}): Objective {
  return {
    code: "100",
    title: "OBIETTIVO DI PROVA",
    description: "Descrizione dell'obiettivo.",
    unitKey: "Area Servizi",
    positiveAction: 1,
    weight: null,
    tags: ["gender_equality"],
    indicators: [makeIndicator()],
    ...overrides,
  };
}

export function makePlanDocument(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    administration: {
      name: "COMUNE DI PROVA",
      kind: null,
      region: "EMILIA ROMAGNA",
      legalSeat: "Piazza Maggiore 1, Bologna",
      population: 10000,
      areaKm2: 12.5,
      website: "https://www.comune.prova.it",
      phone: null,
      pec: null,
      email: null,
      taxCode: "03428581205",
      vatNumber: "03428581205",
      ipaCode: null,
      employees: 120,
    },
    plan: {
      title: "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE 2025-2027",
      startYear: 2025,
      endYear: 2027,
      documentDate: "2025-01-31",
      adoptionDate: null,
      status: "draft",
    },
    sections: [
      { code: "1", title: "SCHEDA ANAGRAFICA", position: 0, body: "", inIndex: true },
      { code: "2.2", title: "PERFORMANCE", position: 1, body: "Testo.", inIndex: true },
    ],
    units: [
      { key: "Area Servizi", name: "Area Servizi", kind: "area", parentKey: null, head: null },
      {
        key: "Area Servizi - Settore Scuola",
        name: "Settore Scuola",
        kind: "sector",
        parentKey: "Area Servizi",
        head: "Maria Rossi",
      },
    ],
    positiveActions: [{ number: 1, title: "PIANI TRIENNALI", description: "Testo dell'ambito." }],
    ...emptySectionRecords(),
    objectives: [
      makeObjective(),
      makeObjective({
        code: "101",
        unitKey: "Area Servizi - Settore Scuola",
        tags: [],
        positiveAction: null,
        weight: 2,
        indicators: [
          makeIndicator({
            code: "9002",
            kind: "percent",
            unitLabel: "Percentuale",
            targets: [{ year: 2025, value: { kind: "percent", value: 80 } }],
            baseline: { kind: "percent", value: 65.5 },
          }),
          makeIndicator({
            code: "9003",
            kind: "boolean",
            unitLabel: "SI/NO",
            targets: [{ year: 2026, value: { kind: "boolean", value: true } }],
            weight: 3,
          }),
        ],
      }),
    ],
    ...overrides,
  };
}
