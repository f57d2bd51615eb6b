/**
 * What the public may see, and nothing else: the one gate every public page,
 * open-data file and read API goes through. A plan is public once published,
 * as the edition that was published (later drafts stay internal); a
 * campaign's results once that campaign is published. Personal data never
 * leave: no heads' names, no measurement notes, no neutralisation reasons,
 * no users, comments, evidence files or validations.
 */
import { sql } from "kysely";
import type { Achievement } from "../../domain/achievement/types.ts";
import type { Administration, PlanDocument } from "../../domain/plan.ts";
import type { Db } from "../../store/database.ts";
import type { PerformanceReport } from "../performance.ts";
import { campaignPerformance } from "../performance.ts";
import { loadPlanDocument } from "../plan-edition.ts";
import { publicationGeneration } from "./generation.ts";

/** A published plan, as the national Portale PIAO lists it. */
export interface PublicPlanMeta {
  planId: number;
  administrationId: number;
  startYear: number;
  endYear: number;
  /** "2025-2027": the plan's stable address part. */
  period: string;
  title: string;
  editionNumber: number;
  approvalDate: string;
  approvalAct: string;
  approvingAuthority: string;
  documentUrl: string | null;
  smallAdministration: boolean;
  publishedAt: string;
}

export interface PublicCampaign {
  id: number;
  year: number;
  kind: "midyear" | "yearend";
  referenceDate: string;
  publishedAt: string;
  /** Frozen results, with notes and neutralisation reasons removed. */
  report: PerformanceReport;
  /** Status of each anti-corruption measure recorded in the campaign (no reason, no person). */
  measureStatuses: { measureCode: string; status: string }[];
}

export interface PublishedPlan {
  meta: PublicPlanMeta;
  administration: PublicAdministration;
  /** The published edition, with unit heads removed. */
  document: PlanDocument;
  /** Published campaigns, oldest first. */
  campaigns: PublicCampaign[];
}

/** An administration's public registry data (no people). */
export interface PublicAdministration {
  id: number;
  name: string;
  kind: string | null;
  region: string | null;
  legalSeat: string | null;
  website: string | null;
  pec: string | null;
  ipaCode: string | null;
  taxCode: string | null;
  employees: number | null;
}

export function periodOf(startYear: number, endYear: number): string {
  return `${startYear}-${endYear}`;
}

/** "2025-2027" → [2025, 2027], or null. */
export function parsePeriod(period: string): [number, number] | null {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end >= start ? [start, end] : null;
}

function publicAdministration(id: number, a: Administration): PublicAdministration {
  return {
    id,
    name: a.name,
    kind: a.kind,
    region: a.region,
    legalSeat: a.legalSeat,
    website: a.website,
    pec: a.pec,
    ipaCode: a.ipaCode,
    taxCode: a.taxCode,
    employees: a.employees,
  };
}

const stripAchievement = (a: Achievement): Achievement => ({
  score: a.score,
  band: a.band,
  blocked: a.blocked,
  counted: a.counted,
  total: a.total,
});

/** The campaign's report without what is not public. */
export function publicReport(report: PerformanceReport): PerformanceReport {
  return {
    ...report,
    administration: {
      name: report.administration.name,
      achievement: stripAchievement(report.administration.achievement),
    },
    units: report.units.map((u) => ({ ...u, head: null })),
    objectives: report.objectives.map((o) => ({
      ...o,
      neutralisedReason: o.neutralisedReason === null ? null : "",
      indicators: o.indicators.map((i) => ({
        ...i,
        note: null,
        neutralisedReason: i.neutralisedReason === null ? null : "",
      })),
    })),
  };
}

// ── Reading, kept per database and publication generation ─────────────

const memo = new WeakMap<object, Map<string, Promise<unknown>>>();
const MEMO_LIMIT = 500;

async function remembered<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  const generation = await publicationGeneration(db);
  let entries = memo.get(db);
  if (!entries) {
    entries = new Map();
    memo.set(db, entries);
  }
  const full = `${generation.value}:${key}`;
  const hit = entries.get(full);
  if (hit) return hit as Promise<T>;
  const loading = load();
  entries.set(full, loading);
  loading.catch(() => entries.delete(full));
  if (entries.size > MEMO_LIMIT) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return loading;
}

interface PublicationJoin {
  plan_id: number;
  administration_id: number;
  edition_id: number;
  approval_date: string;
  approval_act: string;
  approving_authority: string;
  document_url: string | null;
  small_administration: number;
  published_at: string;
  start_year: number;
  end_year: number;
  title: string;
  number: number;
}

function publications(db: Db) {
  return db
    .selectFrom("plan_publication as pp")
    .innerJoin("plan as p", "p.id", "pp.plan_id")
    .innerJoin("plan_edition as e", "e.id", "pp.edition_id")
    .select([
      "pp.plan_id",
      "pp.administration_id",
      "pp.edition_id",
      "pp.approval_date",
      "pp.approval_act",
      "pp.approving_authority",
      "pp.document_url",
      "pp.small_administration",
      "pp.published_at",
      "p.start_year",
      "p.end_year",
      "e.title",
      "e.number",
    ]);
}

function toMeta(r: PublicationJoin): PublicPlanMeta {
  return {
    planId: r.plan_id,
    administrationId: r.administration_id,
    startYear: r.start_year,
    endYear: r.end_year,
    period: periodOf(r.start_year, r.end_year),
    title: r.title,
    editionNumber: r.number,
    approvalDate: r.approval_date,
    approvalAct: r.approval_act,
    approvingAuthority: r.approving_authority,
    documentUrl: r.document_url,
    smallAdministration: r.small_administration === 1,
    publishedAt: r.published_at,
  };
}

async function loadPublishedPlan(db: Db, planId: number): Promise<PublishedPlan | undefined> {
  const row = await publications(db).where("pp.plan_id", "=", planId).executeTakeFirst();
  if (!row) return undefined;
  const meta = toMeta(row);
  const { document } = await loadPlanDocument(db, { planId, edition: row.number });
  const published = await db
    .selectFrom("campaign_publication as cp")
    .innerJoin("monitoring_campaign as c", "c.id", "cp.campaign_id")
    .select(["c.id", "c.year", "c.kind", "c.reference_date", "cp.published_at"])
    .where("cp.plan_id", "=", planId)
    .where("c.status", "=", "closed")
    .orderBy("c.year")
    .orderBy("c.reference_date")
    .execute();
  const campaigns: PublicCampaign[] = [];
  for (const c of published) {
    campaigns.push({
      id: c.id,
      year: c.year,
      kind: c.kind as PublicCampaign["kind"],
      referenceDate: c.reference_date,
      publishedAt: c.published_at,
      report: publicReport(await campaignPerformance(db, c.id)),
      measureStatuses: await db
        .selectFrom("measure_monitoring")
        .select(["measure_code as measureCode", "status"])
        .where("campaign_id", "=", c.id)
        .orderBy("measure_code")
        .execute(),
    });
  }
  return {
    meta,
    administration: publicAdministration(row.administration_id, document.administration),
    document: { ...document, units: document.units.map((u) => ({ ...u, head: null })) },
    campaigns,
  };
}

/** The published plan by id, or undefined when it is not public. */
export function publishedPlan(db: Db, planId: number): Promise<PublishedPlan | undefined> {
  return remembered(db, `plan:${planId}`, () => loadPublishedPlan(db, planId));
}

/** The published plan of an administration for a period ("2025-2027"), or undefined. */
export async function publishedPlanByPeriod(
  db: Db,
  administrationId: number,
  period: string,
): Promise<PublishedPlan | undefined> {
  const years = parsePeriod(period);
  if (!years) return undefined;
  const id = await remembered(db, `period:${administrationId}:${period}`, async () => {
    const row = await db
      .selectFrom("plan_publication as pp")
      .innerJoin("plan as p", "p.id", "pp.plan_id")
      .select("pp.plan_id")
      .where("pp.administration_id", "=", administrationId)
      .where("p.start_year", "=", years[0])
      .where("p.end_year", "=", years[1])
      .executeTakeFirst();
    return row?.plan_id;
  });
  return id === undefined ? undefined : publishedPlan(db, id);
}

/** Published plans, newest first; filters by administration and by a year the plan covers. */
export async function listPublishedPlans(
  db: Db,
  filter: { administrationId?: number; year?: number } = {},
): Promise<PublicPlanMeta[]> {
  let query = publications(db);
  if (filter.administrationId !== undefined) {
    query = query.where("pp.administration_id", "=", filter.administrationId);
  }
  if (filter.year !== undefined) {
    query = query.where("p.start_year", "<=", filter.year).where("p.end_year", ">=", filter.year);
  }
  const rows = await query.orderBy("p.start_year", "desc").orderBy("pp.plan_id").execute();
  return rows.map(toMeta);
}

export interface AdministrationFilter {
  /** Part of the name, IPA code or tax code. */
  q?: string;
  region?: string;
  kind?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface AdministrationListItem extends PublicAdministration {
  /** Published plans, newest first. */
  plans: { planId: number; period: string }[];
}

/** Administrations with at least one published plan, by name, a page at a time. */
export async function listPublishedAdministrations(
  db: Db,
  filter: AdministrationFilter = {},
): Promise<{ items: AdministrationListItem[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, filter.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, filter.pageSize ?? 50));
  let base = db
    .selectFrom("administration as a")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("plan_publication as pp")
          .select("pp.plan_id")
          .whereRef("pp.administration_id", "=", "a.id"),
      ),
    );
  if (filter.q?.trim()) {
    const like = `%${filter.q.trim().toLowerCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(a.name)`, "like", like),
        eb(sql`lower(coalesce(a.ipa_code, ''))`, "like", like),
        eb("a.tax_code", "=", filter.q?.trim() ?? ""),
      ]),
    );
  }
  if (filter.region) base = base.where("a.region", "=", filter.region);
  if (filter.kind) base = base.where("a.kind", "=", filter.kind);
  const counted = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base
    .select([
      "a.id",
      "a.name",
      "a.kind",
      "a.region",
      "a.legal_seat",
      "a.website",
      "a.pec",
      "a.ipa_code",
      "a.tax_code",
      "a.employees",
    ])
    .orderBy("a.name")
    .orderBy("a.id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const ids = rows.map((r) => r.id);
  const plans =
    ids.length === 0
      ? []
      : await db
          .selectFrom("plan_publication as pp")
          .innerJoin("plan as p", "p.id", "pp.plan_id")
          .select(["pp.administration_id", "pp.plan_id", "p.start_year", "p.end_year"])
          .where("pp.administration_id", "in", ids)
          .orderBy("p.start_year", "desc")
          .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      region: r.region,
      legalSeat: r.legal_seat,
      website: r.website,
      pec: r.pec,
      ipaCode: r.ipa_code,
      taxCode: r.tax_code,
      employees: r.employees,
      plans: plans
        .filter((p) => p.administration_id === r.id)
        .map((p) => ({ planId: p.plan_id, period: periodOf(p.start_year, p.end_year) })),
    })),
    total: Number(counted?.n ?? 0),
    page,
    pageSize,
  };
}

/** One administration with a published plan, or undefined. */
export async function publishedAdministration(
  db: Db,
  administrationId: number,
): Promise<{ administration: PublicAdministration; plans: PublicPlanMeta[] } | undefined> {
  const plans = await listPublishedPlans(db, { administrationId });
  const first = plans[0];
  if (!first) return undefined;
  const plan = await publishedPlan(db, first.planId);
  if (!plan) return undefined;
  const row = await db
    .selectFrom("administration")
    .selectAll()
    .where("id", "=", administrationId)
    .executeTakeFirst();
  const administration = row
    ? {
        id: row.id,
        name: row.name,
        kind: row.kind,
        region: row.region,
        legalSeat: row.legal_seat,
        website: row.website,
        pec: row.pec,
        ipaCode: row.ipa_code,
        taxCode: row.tax_code,
        employees: row.employees,
      }
    : plan.administration;
  return { administration, plans };
}
