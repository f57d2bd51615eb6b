import { emptySectionRecords } from "../../src/domain/sections/index.ts";
/**
 * Fictitious administrations for the public portal's tests, its benchmark and
 * the browser tests' server (PIAO_E2E_SYNTHETIC=1000): plausible Italian
 * names and kinds (Comune, Provincia, Città metropolitana, Regione, ASL,
 * Università), regions, 11-digit tax codes with their check digit, IPA
 * codes; each with a small PIAO 2025-2027 (2-3 units, the 5 positive-action
 * areas, a few objectives and indicators) and a year-end 2025 campaign with
 * varied figures, closed and published. Deterministic: the same seed gives
 * the same administrations, plans and figures.
 */

import type { MeasuredValue } from "../../src/domain/achievement/types.ts";
import type { Actor } from "../../src/domain/authorization.ts";
import type {
  Indicator,
  IndicatorKind,
  Objective,
  ObjectiveTag,
  OrgUnit,
  PlanDocument,
  TargetValue,
} from "../../src/domain/plan.ts";
import { numericTaxCodeCheckDigit } from "../../src/domain/tax-code.ts";
import type { SheetMeasurement } from "../../src/import/monitoring-sheet/types.ts";
import { closeCampaign, openCampaign } from "../../src/services/campaigns.ts";
import { contentFingerprint, importPlan } from "../../src/services/import-plan.ts";
import { refreshIndicatorResults } from "../../src/services/indicator-results.ts";
import { importSheet } from "../../src/services/monitoring-sheet.ts";
import { computePerformance } from "../../src/services/performance.ts";
import { bumpGeneration } from "../../src/services/public/generation.ts";
import {
  type PublicationMetadata,
  publishCampaign,
  publishPlan,
} from "../../src/services/publication.ts";
import { type Db, type Store, writeTransaction } from "../../src/store/database.ts";
import { insertAdministration } from "../../src/store/repositories/administration.repository.ts";
import { writeEditionContent } from "../../src/store/repositories/edition-writer.repository.ts";
import { measuredColumns } from "../../src/store/repositories/measurement.repository.ts";
import {
  insertEdition,
  insertPlan,
  setCurrentEdition,
} from "../../src/store/repositories/plan.repository.ts";

/** A small, fast, seeded generator (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rng: Random, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)] as T;
const between = (rng: Random, min: number, max: number) =>
  min + Math.floor(rng() * (max - min + 1));

export const REGIONS = [
  "Piemonte",
  "Valle d'Aosta",
  "Lombardia",
  "Trentino-Alto Adige",
  "Veneto",
  "Friuli-Venezia Giulia",
  "Liguria",
  "Emilia-Romagna",
  "Toscana",
  "Umbria",
  "Marche",
  "Lazio",
  "Abruzzo",
  "Molise",
  "Campania",
  "Puglia",
  "Basilicata",
  "Calabria",
  "Sicilia",
  "Sardegna",
] as const;

export const KINDS = [
  "Comune",
  "Provincia",
  "Città metropolitana",
  "Regione",
  "ASL",
  "Università",
] as const;
export type SyntheticKind = (typeof KINDS)[number];

const PLACE_FIRST = [
  "San",
  "Castel",
  "Monte",
  "Borgo",
  "Villa",
  "Rocca",
  "Poggio",
  "Colle",
  "Torre",
  "Ponte",
  "Serra",
  "Pieve",
  "Casale",
  "Fonte",
  "Valle",
];
const PLACE_SECOND = [
  "Alto",
  "Vecchio",
  "Nuovo",
  "Ferrato",
  "Rotondo",
  "Fiorito",
  "Marino",
  "Lupo",
  "Gemini",
  "Olmo",
  "Fabbro",
  "Cerreto",
  "Sereno",
  "Lago",
  "Bruno",
  "Verde",
  "Corvo",
  "Mulino",
  "Querceto",
  "Chiaro",
];
const PLACE_THIRD = [
  "",
  "",
  "",
  " d'Adda",
  " sul Serio",
  " Marittima",
  " in Chianti",
  " Val di Sole",
  " al Mare",
  " Scalo",
  " Terme",
  " Superiore",
  " di Sopra",
];

const KIND_IPA: Record<SyntheticKind, string> = {
  Comune: "c",
  Provincia: "p",
  "Città metropolitana": "cm",
  Regione: "r",
  ASL: "asl",
  Università: "uni",
};

/** The five areas of the Piano triennale di azioni positive, as the seed numbers them. */
export const POSITIVE_ACTIONS = [
  "Piani triennali di azioni positive",
  "Rafforzamento dei Comitati unici di garanzia e contrasto alle discriminazioni",
  "Organizzazione del lavoro",
  "Formazione e diffusione del modello culturale improntato alle pari opportunità",
  "Politiche di reclutamento e gestione del personale",
];

const OBJECTIVE_TITLES = [
  "Aggiornamento del Piano triennale di azioni positive",
  "Monitoraggio del bilancio di genere",
  "Rafforzamento del Comitato unico di garanzia",
  "Sportello di ascolto contro le discriminazioni",
  "Estensione del lavoro agile",
  "Digitalizzazione dei procedimenti del personale",
  "Formazione sulla conciliazione dei tempi di vita e di lavoro",
  "Percorsi formativi sulle pari opportunità",
  "Commissioni di concorso equilibrate per genere",
  "Piano dei fabbisogni di personale",
];

interface IndicatorSpec {
  description: string;
  kind: IndicatorKind;
  unitLabel: string;
  polarity: "higher" | "lower";
  /** Target for the year index 0…2. */
  target: (y: number) => TargetValue;
}

const INDICATOR_SPECS: IndicatorSpec[] = [
  {
    description: "Approvazione del documento entro il termine",
    kind: "deadline",
    unitLabel: "Data",
    polarity: "higher",
    target: (y) => ({ kind: "deadline", date: `${2025 + y}-06-30` }),
  },
  {
    description: "Dipendenti formati",
    kind: "number",
    unitLabel: "Numero",
    polarity: "higher",
    target: (y) => ({ kind: "number", value: 40 + 10 * y }),
  },
  {
    description: "Quota di procedimenti gestiti in digitale",
    kind: "percent",
    unitLabel: "Percentuale",
    polarity: "higher",
    target: (y) => ({ kind: "percent", value: 70 + 5 * y }),
  },
  {
    description: "Giorni medi di attesa per una risposta",
    kind: "number",
    unitLabel: "Numero",
    polarity: "lower",
    target: (y) => ({ kind: "number", value: 30 - 5 * y }),
  },
  {
    description: "Relazione annuale pubblicata",
    kind: "boolean",
    unitLabel: "Sì/No",
    polarity: "higher",
    target: () => ({ kind: "boolean", value: true }),
  },
];

export interface SyntheticAdministration {
  /** 0-based position in the generated list. */
  index: number;
  kind: SyntheticKind;
  document: PlanDocument;
  /** The year-end 2025 figures, as a monitoring sheet would give them. */
  figures: SheetMeasurement[];
}

export interface SyntheticOptions {
  count: number;
  /** The same seed, the same administrations. */
  seed?: number;
}

function kindOf(rng: Random, regionsLeft: string[]): SyntheticKind {
  const r = rng();
  if (r < 0.62) return "Comune";
  if (r < 0.72) return "Provincia";
  if (r < 0.735) return "Città metropolitana";
  if (r < 0.765 && regionsLeft.length > 0) return "Regione";
  if (r < 0.9) return "ASL";
  if (r < 0.97) return "Università";
  return "Comune";
}

function nameOf(kind: SyntheticKind, place: string, region: string): string {
  switch (kind) {
    case "Comune":
      return `Comune di ${place}`;
    case "Provincia":
      return `Provincia di ${place}`;
    case "Città metropolitana":
      return `Città metropolitana di ${place}`;
    case "Regione":
      return `Regione ${region}`;
    case "ASL":
      return `Azienda sanitaria locale di ${place}`;
    case "Università":
      return `Università degli Studi di ${place}`;
  }
}

function placeName(rng: Random, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = `${pick(rng, PLACE_FIRST)} ${pick(rng, PLACE_SECOND)}${pick(rng, PLACE_THIRD)}`;
    const name = attempt < 20 ? base : `${base} ${attempt}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function units(rng: Random): OrgUnit[] {
  const list: OrgUnit[] = [
    {
      key: "Area Risorse e Organizzazione",
      name: "Area Risorse e Organizzazione",
      kind: "area",
      parentKey: null,
      head: null,
    },
    {
      key: "Area Servizi al Territorio",
      name: "Area Servizi al Territorio",
      kind: "area",
      parentKey: null,
      head: null,
    },
  ];
  if (rng() < 0.5) {
    list.push({
      key: "Area Risorse e Organizzazione - Settore Personale",
      name: "Settore Personale",
      kind: "sector",
      parentKey: "Area Risorse e Organizzazione",
      head: null,
    });
  }
  return list;
}

function indicator(code: string, spec: IndicatorSpec): Indicator {
  return {
    code,
    description: spec.description,
    kind: spec.kind,
    unitLabel: spec.unitLabel,
    polarity: spec.polarity,
    baseline: null,
    targets: [0, 1, 2].map((y) => ({ year: 2025 + y, value: spec.target(y) })),
    weight: null,
  };
}

/**
 * A figure for the target: `quality` (0…1.2) says how well the
 * administration did; some figures are missing ("non rilevato").
 */
function figure(rng: Random, spec: IndicatorSpec, quality: number): SheetMeasurement["value"] {
  if (rng() < 0.08) return null;
  const target = spec.target(0);
  const q = Math.max(0, quality + (rng() - 0.5) * 0.4);
  switch (target.kind) {
    case "deadline": {
      const late = q >= 0.9 ? 0 : Math.round((1 - q) * 60);
      const done = new Date(Date.UTC(2025, 5, 30 - between(rng, 0, 20) + late));
      return { kind: "deadline", doneOn: done.toISOString().slice(0, 10) };
    }
    case "number":
      return spec.polarity === "lower"
        ? { kind: "number", value: Math.round(target.value / Math.max(0.3, q)) }
        : { kind: "number", value: Math.round(target.value * q) };
    case "percent":
      return { kind: "percent", value: Math.min(100, Math.round(target.value * q * 10) / 10) };
    case "boolean":
      return { kind: "boolean", value: q > 0.6 };
  }
}

/** The administrations, their plans and their figures: pure, nothing written. */
export function syntheticAdministrations(options: SyntheticOptions): SyntheticAdministration[] {
  const rng = seededRandom(options.seed ?? 1);
  const used = new Set<string>();
  const regionsLeft = [...REGIONS];
  const out: SyntheticAdministration[] = [];
  for (let index = 0; index < options.count; index++) {
    const kind = kindOf(rng, regionsLeft);
    const region =
      kind === "Regione"
        ? (regionsLeft.splice(Math.floor(rng() * regionsLeft.length), 1)[0] as string)
        : pick(rng, REGIONS);
    const place = placeName(rng, used);
    const name = nameOf(kind, place, region);
    const first10 = `9${String(100_000_000 + (options.seed ?? 1) * 7_919 + index * 104_729).slice(-9)}`;
    const taxCode = `${first10}${numericTaxCodeCheckDigit(first10)}`;
    const slug = place
      .toLowerCase()
      .replace(/[^a-z]/g, "")
      .slice(0, 6);
    const orgUnits = units(rng);
    // One in 25 enters no figures at all: its achievement is "non rilevato".
    const quality = index % 25 === 24 ? -1 : 0.45 + rng() * 0.7;
    const objectiveCount = between(rng, 5, 7);
    const objectives: Objective[] = [];
    const figures: SheetMeasurement[] = [];
    for (let o = 0; o < objectiveCount; o++) {
      const code = String(100 + o);
      const specs = [pick(rng, INDICATOR_SPECS), pick(rng, INDICATOR_SPECS)].slice(
        0,
        between(rng, 1, 2),
      );
      const tags: ObjectiveTag[] = o % 2 === 0 ? ["gender_equality"] : ["digitalisation"];
      objectives.push({
        code,
        title: pick(rng, OBJECTIVE_TITLES),
        description: "Obiettivo del piano triennale, con gli indicatori e i target annuali.",
        unitKey: (orgUnits[o % orgUnits.length] as OrgUnit).key,
        // Every area has an objective: the first five go one to each area.
        positiveAction: o < 5 ? o + 1 : between(rng, 1, 5),
        weight: rng() < 0.2 ? 2 : null,
        tags,
        indicators: specs.map((spec, i) => indicator(`${code}${i + 1}`, spec)),
      });
      specs.forEach((spec, i) => {
        figures.push({
          row: figures.length + 2,
          objectiveCode: code,
          indicatorCode: `${code}${i + 1}`,
          kind: spec.kind,
          value: quality < 0 ? null : figure(rng, spec, quality),
          note: null,
        });
      });
    }
    out.push({
      index,
      kind,
      figures,
      document: {
        administration: {
          name,
          kind,
          region,
          legalSeat: `Piazza del Municipio 1, ${kind === "Regione" ? region : place}`,
          population: kind === "Comune" ? between(rng, 800, 250_000) : null,
          areaKm2: null,
          website: `https://www.${slug}${index}.example.it`,
          phone: null,
          pec: `protocollo@pec.${slug}${index}.example.it`,
          email: null,
          taxCode,
          vatNumber: null,
          ipaCode: `${KIND_IPA[kind]}_${slug}${index}`,
          employees: between(rng, 20, 4_000),
        },
        plan: {
          title: "Piano integrato di attività e organizzazione 2025-2027",
          startYear: 2025,
          endYear: 2027,
          documentDate: "2025-01-20",
          adoptionDate: null,
          status: "draft",
        },
        sections: [
          {
            code: "2.2",
            title: "Performance",
            position: 0,
            body: `Gli obiettivi di performance di ${name} per il triennio 2025-2027.`,
            inIndex: true,
          },
        ],
        units: orgUnits,
        positiveActions: POSITIVE_ACTIONS.map((title, i) => ({
          number: i + 1,
          title,
          description: "",
        })),
        objectives,
        ...emptySectionRecords(),
      },
    });
  }
  return out;
}

export interface LoadedSynthetic {
  administrationIds: number[];
  planIds: number[];
  campaignIds: number[];
}

const IMPORTED_AT = "2025-01-25T09:00:00.000Z";
const PUBLISHED_AT = "2025-02-01T09:00:00.000Z";
const CLOSED_AT = "2026-02-15T09:00:00.000Z";
const RESULTS_PUBLISHED_AT = "2026-03-01T09:00:00.000Z";
const PLANNER = "ufficio.piano";

function plannerOf(administrationId: number): Actor {
  return { username: PLANNER, role: "planning", administrationId, unitKey: null };
}

/** What the Portale PIAO records of the administration's plan. */
export function syntheticPublication(a: SyntheticAdministration): PublicationMetadata {
  return {
    approvalDate: "2025-01-30",
    approvalAct: `Deliberazione n. ${10 + (a.index % 90)} del 30/01/2025`,
    approvingAuthority: a.kind === "Comune" ? "Giunta comunale" : "Organo di indirizzo",
    documentUrl: `${a.document.administration.website}/piao-2025-2027`,
    smallAdministration: (a.document.administration.employees ?? 0) < 50,
  };
}

const measured = (a: SyntheticAdministration) => a.figures.filter((f) => f.value !== null);

/**
 * One administration through the use cases a planning office would run:
 * import, publish, open the year-end campaign, enter the figures, close,
 * publish the results (a few transactions each). The reference the bulk
 * loader is held equal to (test/services/synthetic-administrations.test.ts).
 */
export async function publishThroughUseCases(
  store: Store,
  a: SyntheticAdministration,
): Promise<{ administrationId: number; planId: number; campaignId: number }> {
  const { administrationId, planId } = await importPlan(store, a.document, {
    sourceName: "sintetico",
    now: () => new Date(IMPORTED_AT),
  });
  const planner = plannerOf(administrationId);
  await publishPlan(store, planner, planId, syntheticPublication(a), new Date(PUBLISHED_AT));
  const campaign = await openCampaign(store, planner, { planId, year: 2025, kind: "yearend" });
  if (measured(a).length > 0) await importSheet(store, planner, campaign.id, measured(a));
  await closeCampaign(store, planner, campaign.id, undefined, new Date(CLOSED_AT));
  await publishCampaign(store, planner, campaign.id, new Date(RESULTS_PUBLISHED_AT));
  return { administrationId, planId, campaignId: campaign.id };
}

/**
 * One administration written inside the batch's transaction, through the
 * real tables and the repositories the use cases write with; the results are
 * computed and stored by the engine's own code (computePerformance,
 * refreshIndicatorResults), frozen as closeCampaign freezes them.
 */
async function writeOne(tx: Db, a: SyntheticAdministration) {
  const doc = a.document;
  const administrationId = await insertAdministration(tx, doc.administration, IMPORTED_AT);
  const planId = await insertPlan(
    tx,
    { administrationId, startYear: 2025, endYear: 2027, status: "draft", adoptionDate: null },
    IMPORTED_AT,
  );
  const editionId = await insertEdition(tx, {
    administration_id: administrationId,
    plan_id: planId,
    number: 1,
    title: doc.plan.title,
    document_date: doc.plan.documentDate,
    content_hash: contentFingerprint(doc),
    administration_snapshot: JSON.stringify(doc.administration),
    source_name: "sintetico",
    imported_at: IMPORTED_AT,
  });
  await writeEditionContent(tx, { administrationId, editionId }, doc);
  const publication = syntheticPublication(a);
  await setCurrentEdition(
    tx,
    { id: planId, administrationId },
    editionId,
    { status: "published", adoptionDate: publication.approvalDate },
    PUBLISHED_AT,
  );
  await tx
    .insertInto("plan_publication")
    .values({
      plan_id: planId,
      administration_id: administrationId,
      edition_id: editionId,
      approval_date: publication.approvalDate,
      approval_act: publication.approvalAct,
      approving_authority: publication.approvingAuthority,
      document_url: publication.documentUrl,
      small_administration: publication.smallAdministration ? 1 : 0,
      published_at: PUBLISHED_AT,
      published_by: PLANNER,
    })
    .execute();
  const { id: campaignId } = await tx
    .insertInto("monitoring_campaign")
    .values({
      administration_id: administrationId,
      plan_id: planId,
      year: 2025,
      kind: "yearend",
      reference_date: "2025-12-31",
      status: "open",
      opened_at: PUBLISHED_AT,
      opened_by: PLANNER,
      closed_at: null,
      closed_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = measured(a).map((f) => ({
    administration_id: administrationId,
    campaign_id: campaignId,
    objective_code: f.objectiveCode,
    indicator_code: f.indicatorCode,
    ...measuredColumns(f.value as MeasuredValue),
    note: null,
    entered_by: PLANNER,
    entered_at: PUBLISHED_AT,
  }));
  if (rows.length > 0) await tx.insertInto("measurement").values(rows).execute();
  // As closeCampaign: the report computed, the stored results refreshed, the report frozen.
  const report = await computePerformance(tx, campaignId);
  await refreshIndicatorResults(tx, campaignId);
  await tx
    .updateTable("monitoring_campaign")
    .set({ status: "closed", closed_at: CLOSED_AT, closed_by: PLANNER, version: 2 })
    .where("id", "=", campaignId)
    .execute();
  await tx
    .insertInto("campaign_result")
    .values({
      campaign_id: campaignId,
      administration_id: administrationId,
      result: JSON.stringify({ ...report, campaign: { ...report.campaign, status: "closed" } }),
      frozen_at: CLOSED_AT,
    })
    .execute();
  await tx
    .insertInto("campaign_publication")
    .values({
      campaign_id: campaignId,
      administration_id: administrationId,
      plan_id: planId,
      published_at: RESULTS_PUBLISHED_AT,
      published_by: PLANNER,
    })
    .execute();
  return { administrationId, planId, campaignId };
}

/** Administrations written per transaction. */
const BATCH = 100;

/**
 * Loads and publishes the administrations in bulk: one transaction per
 * hundred, the same rows the use cases would write (publishThroughUseCases)
 * without their audit entries, one new publication generation per batch.
 */
export async function loadSyntheticAdministrations(
  store: Store,
  options: SyntheticOptions,
): Promise<LoadedSynthetic> {
  const loaded: LoadedSynthetic = { administrationIds: [], planIds: [], campaignIds: [] };
  const all = syntheticAdministrations(options);
  for (let from = 0; from < all.length; from += BATCH) {
    await writeTransaction(store, async (tx) => {
      for (const a of all.slice(from, from + BATCH)) {
        const ids = await writeOne(tx, a);
        loaded.administrationIds.push(ids.administrationId);
        loaded.planIds.push(ids.planId);
        loaded.campaignIds.push(ids.campaignId);
      }
      await bumpGeneration(tx, new Date(RESULTS_PUBLISHED_AT));
    });
  }
  return loaded;
}
