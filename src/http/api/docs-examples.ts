/**
 * The examples of the API reference page (docs.ts), on the seed plan
 * (PIAO 2025-2027 of the Città metropolitana di Bologna). The tests check
 * each request body against its operation's schema, so they stay valid.
 */

/** Values of path parameters in the examples. */
export const PARAM_EXAMPLES: Record<string, string> = {
  administrationId: "1",
  planId: "1",
  campaignId: "1",
  code: "1609",
  objectiveCode: "1609",
  indicatorCode: "3826",
  section: "2.3",
  period: "2025-2027",
  measureCode: "MG-01",
};

/** Query strings worth showing, by operation. */
export const QUERY_EXAMPLES: Record<string, string> = {
  listPlans: "year=2025",
  listObjectives: "area=3&pageSize=20",
  listIndicators: "objective=1611",
  listAchievements: "year=2025&level=unit",
  listAdministrations: "q=bologna",
};

/** Request bodies, by operation; a string is curl's `--data` as is (a file). */
export const BODY_EXAMPLES: Record<string, unknown> = {
  importPlan: "@piano.json",
  // Section records: the group as `piao export` writes it, with the edition read.
  putPublicValueRecords: "@valore-pubblico.json",
  putProceduresRecords: "@procedimenti.json",
  putRiskRecords: "@rischi.json",
  putOrganisationRecords: "@personale.json",
  putAgileWorkRecords: "@lavoro-agile.json",
  putStaffingRecords: "@fabbisogni.json",
  createObjective: {
    code: "1800",
    title: "DIGITALIZZAZIONE DEI PROCEDIMENTI",
    description: "Procedimenti del Settore presentabili online",
    unitKey: "Area Risorse Programmazione e Organizzazione",
    positiveAction: null,
    weight: null,
    tags: ["digitalisation"],
    expectedEdition: 1,
  },
  updateObjective: {
    title: "PIANO INTEGRATO ATTIVITA' E ORGANIZZAZIONE (PIAO)",
    description: "Redazione e approvazione del PIAO 2025-2027",
    unitKey: "Area Risorse Programmazione e Organizzazione",
    positiveAction: 1,
    weight: 2,
    tags: ["gender_equality"],
    expectedEdition: 2,
  },
  createIndicator: {
    code: "3900",
    description: "Procedimenti online sul totale (PERCENTUALE)",
    kind: "percent",
    polarity: "higher",
    baseline: { kind: "percent", value: 40 },
    targets: [
      { year: 2025, value: { kind: "percent", value: 60 } },
      { year: 2026, value: { kind: "percent", value: 80 } },
    ],
    weight: null,
    expectedEdition: 3,
  },
  updateIndicator: {
    description: "Approvazione del PIAO",
    kind: "deadline",
    polarity: "higher",
    baseline: null,
    targets: [{ year: 2025, value: { kind: "deadline", date: "2025-01-31" } }],
    weight: null,
    expectedEdition: 4,
  },
  putMeasurement: {
    value: { kind: "deadline", doneOn: "2025-01-28" },
    note: "Approvato con atto del Sindaco metropolitano",
    expectedVersion: 0,
  },
  moveWorkflow: { to: "in_validation", note: "Sezione pronta per la validazione del RPCT" },
  putMeasureStatus: {
    status: "partly",
    reason: "Aggiornamento del codice in corso",
    expectedVersion: 0,
  },
};
