/**
 * Publishing: a plan's current edition becomes public with the metadata the
 * national Portale PIAO records, and a closed monitoring campaign's results
 * become public. Only what is published here is ever shown on the public
 * pages, in the open data and by the read API (services/public/read.ts).
 */
import { z } from "zod";
import { type Actor, can } from "../domain/authorization.ts";
import type { Diagnostic } from "../domain/diagnostics.ts";
import { type Db, type Store, writeTransaction } from "../store/database.ts";
import { getCampaign } from "../store/repositories/campaign.repository.ts";
import { findPlanSummary } from "../store/repositories/plan.repository.ts";
import type {
  CampaignPublicationRow,
  PlanPublicationRow,
} from "../store/tables/publication.table.ts";
import { recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { bumpGeneration } from "./public/generation.ts";
import { recordPlanPublished } from "./section-workflow.ts";

/** What the Portale PIAO records of an approved plan. */
export interface PublicationMetadata {
  /** ISO yyyy-mm-dd. */
  approvalDate: string;
  approvalAct: string;
  approvingAuthority: string;
  documentUrl: string | null;
  smallAdministration: boolean;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "publication.badDate")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "publication.badDate")
  .refine(
    (s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s,
    "publication.badDate",
  );

export const PublicationMetadataSchema = z.object({
  approvalDate: isoDate,
  approvalAct: z.string().trim().min(3, "publication.actRequired").max(500, "publication.tooLong"),
  approvingAuthority: z
    .string()
    .trim()
    .min(3, "publication.authorityRequired")
    .max(200, "publication.tooLong"),
  documentUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/, "publication.badUrl")
    .max(1000, "publication.tooLong")
    .nullable(),
  smallAdministration: z.boolean(),
});

/** Field-level diagnostics of a zod failure whose messages are message codes. */
export function fieldDiagnostics(error: z.ZodError): Diagnostic[] {
  return error.issues.map((issue) => ({
    severity: "error" as const,
    code: issue.message.includes(".") ? issue.message : "publication.invalid",
    params: { field: issue.path.join(".") },
    line: null,
    field: issue.path.join("."),
  }));
}

function parseMetadata(input: PublicationMetadata): PublicationMetadata {
  const parsed = PublicationMetadataSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", "publication.invalid", {}, fieldDiagnostics(parsed.error));
  }
  return parsed.data;
}

async function planForPublishing(db: Db, actor: Actor, planId: number) {
  const plan = await findPlanSummary(db, planId);
  if (!plan) throw new AppError("not_found", "plan.notFound", { id: String(planId) });
  if (!can(actor, "plan.publish", { administrationId: plan.administrationId })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  return plan;
}

/** Every change of what is public: recorded in the audit trail, and a new publication generation. */
async function recordPublicChange(
  tx: Db,
  actor: Actor,
  now: Date,
  entry: {
    administrationId: number;
    entityKey: string;
    action: string;
    before?: unknown;
    after?: unknown;
    reason?: string;
  },
): Promise<void> {
  await recordAudit(tx, {
    ...entry,
    entity: "publication",
    actor: actor.username,
    at: now.toISOString(),
  });
  await bumpGeneration(tx, now);
}

async function campaignForPublishing(tx: Db, actor: Actor, campaignId: number) {
  const campaign = await getCampaign(tx, campaignId);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  await planForPublishing(tx, actor, campaign.plan_id);
  return campaign;
}

function findCampaignPublication(tx: Db, campaignId: number) {
  return tx
    .selectFrom("campaign_publication")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .executeTakeFirst();
}

export async function findPlanPublication(
  db: Db,
  planId: number,
): Promise<PlanPublicationRow | undefined> {
  return db
    .selectFrom("plan_publication")
    .selectAll()
    .where("plan_id", "=", planId)
    .executeTakeFirst();
}

export async function listCampaignPublications(
  db: Db,
  planId: number,
): Promise<CampaignPublicationRow[]> {
  return db
    .selectFrom("campaign_publication")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("campaign_id")
    .execute();
}

/**
 * Publishes the plan's current edition (or re-publishes: a later edition
 * replaces the earlier one on the public pages, at the same addresses).
 */
export async function publishPlan(
  store: Store,
  actor: Actor,
  planId: number,
  metadata: PublicationMetadata,
  now = new Date(),
): Promise<PlanPublicationRow> {
  const meta = parseMetadata(metadata);
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const plan = await planForPublishing(tx, actor, planId);
    if (plan.editionId === null) throw new AppError("invalid_input", "publication.noEdition");
    const before = await findPlanPublication(tx, planId);
    const row: PlanPublicationRow = {
      plan_id: planId,
      administration_id: plan.administrationId,
      edition_id: plan.editionId,
      approval_date: meta.approvalDate,
      approval_act: meta.approvalAct,
      approving_authority: meta.approvingAuthority,
      document_url: meta.documentUrl,
      small_administration: meta.smallAdministration ? 1 : 0,
      published_at: at,
      published_by: actor.username,
    };
    if (before) {
      await tx.updateTable("plan_publication").set(row).where("plan_id", "=", planId).execute();
    } else {
      await tx.insertInto("plan_publication").values(row).execute();
    }
    await tx
      .updateTable("plan")
      .set({ status: "published", adoption_date: meta.approvalDate, updated_at: at })
      .where("id", "=", planId)
      .execute();
    await recordPlanPublished(tx, actor, planId, meta, at);
    await recordPublicChange(tx, actor, now, {
      administrationId: plan.administrationId,
      entityKey: `plan:${planId}`,
      action: before ? "republish" : "publish",
      before: before ?? null,
      after: row,
    });
    return row;
  });
}

/** Takes the plan off the public pages (its campaigns with it). */
export async function withdrawPlan(
  store: Store,
  actor: Actor,
  planId: number,
  reason: string,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  if (reason.trim().length < 3) throw new AppError("invalid_input", "publication.reasonRequired");
  await writeTransaction(store, async (tx) => {
    const plan = await planForPublishing(tx, actor, planId);
    const before = await findPlanPublication(tx, planId);
    if (!before) throw new AppError("invalid_input", "publication.notPublished");
    await tx.deleteFrom("campaign_publication").where("plan_id", "=", planId).execute();
    await tx.deleteFrom("plan_publication").where("plan_id", "=", planId).execute();
    await tx
      .updateTable("plan")
      .set({ status: "adopted", updated_at: at })
      .where("id", "=", planId)
      .execute();
    await recordPublicChange(tx, actor, now, {
      administrationId: plan.administrationId,
      entityKey: `plan:${planId}`,
      action: "withdraw",
      before,
      reason,
    });
  });
}

/** Publishes a closed campaign's frozen results; its plan must be published. */
export async function publishCampaign(
  store: Store,
  actor: Actor,
  campaignId: number,
  now = new Date(),
): Promise<CampaignPublicationRow> {
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const campaign = await campaignForPublishing(tx, actor, campaignId);
    if (campaign.status !== "closed") {
      throw new AppError("invalid_input", "publication.campaignOpen", { id: String(campaignId) });
    }
    if (!(await findPlanPublication(tx, campaign.plan_id))) {
      throw new AppError("invalid_input", "publication.planNotPublished");
    }
    const existing = await findCampaignPublication(tx, campaignId);
    if (existing) return existing;
    const row: CampaignPublicationRow = {
      campaign_id: campaignId,
      administration_id: campaign.administration_id,
      plan_id: campaign.plan_id,
      published_at: at,
      published_by: actor.username,
    };
    await tx.insertInto("campaign_publication").values(row).execute();
    await recordPublicChange(tx, actor, now, {
      administrationId: campaign.administration_id,
      entityKey: `campaign:${campaignId}`,
      action: "publish",
      after: row,
    });
    return row;
  });
}

/** Takes a campaign's results off the public pages. */
export async function withdrawCampaign(
  store: Store,
  actor: Actor,
  campaignId: number,
  reason: string,
  now = new Date(),
): Promise<void> {
  if (reason.trim().length < 3) throw new AppError("invalid_input", "publication.reasonRequired");
  await writeTransaction(store, async (tx) => {
    const campaign = await campaignForPublishing(tx, actor, campaignId);
    const before = await findCampaignPublication(tx, campaignId);
    if (!before) throw new AppError("invalid_input", "publication.notPublished");
    await tx.deleteFrom("campaign_publication").where("campaign_id", "=", campaignId).execute();
    await recordPublicChange(tx, actor, now, {
      administrationId: campaign.administration_id,
      entityKey: `campaign:${campaignId}`,
      action: "withdraw",
      before,
      reason,
    });
  });
}
