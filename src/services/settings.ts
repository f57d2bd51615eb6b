/** The administration's SMVP rules: read with defaults, changed with a version check and an audit entry. */
import { z } from "zod";
import { AchievementRulesSchema } from "../domain/achievement/rules-schema.ts";
import { DEFAULT_RULES, MISSING_POLICIES } from "../domain/achievement/types.ts";
import { type Actor, can } from "../domain/authorization.ts";
import { POLARITIES } from "../domain/plan.ts";
import { affectedRows, type Db, type Store, writeTransaction } from "../store/database.ts";
import { recordAudit } from "./audit.ts";
import { conflictError } from "./conflict.ts";
import { AppError } from "./errors.ts";
import { refreshOpenCampaigns } from "./indicator-results.ts";

/** Per-indicator exceptions to the rules, keyed "objective/indicator" (e.g. "1609/3826"). */
export const IndicatorOverridesSchema = z.record(
  z.string().regex(/^[^/]+\/[^/]+$/, "chiave nella forma obiettivo/indicatore"),
  z
    .object({
      polarity: z.enum(POLARITIES).optional(),
      missing: z.enum(MISSING_POLICIES).optional(),
    })
    .strict(),
);

export const SettingsSchema = z
  .object({ rules: AchievementRulesSchema, indicators: IndicatorOverridesSchema.default({}) })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;

export interface StoredSettings {
  settings: Settings;
  /** 0 while the administration still uses the defaults. */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function getSettings(db: Db, administrationId: number): Promise<StoredSettings> {
  const row = await db
    .selectFrom("achievement_settings")
    .selectAll()
    .where("administration_id", "=", administrationId)
    .executeTakeFirst();
  if (!row) {
    return {
      settings: { rules: DEFAULT_RULES, indicators: {} },
      version: 0,
      updatedBy: null,
      updatedAt: null,
    };
  }
  return {
    settings: SettingsSchema.parse(JSON.parse(row.rules)),
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export async function updateSettings(
  store: Store,
  actor: Actor,
  administrationId: number,
  input: unknown,
  expectedVersion: number,
  now = new Date(),
): Promise<StoredSettings> {
  if (!can(actor, "settings.write", { administrationId }))
    throw new AppError("forbidden", "auth.forbidden");
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((i) => ({
      severity: "error" as const,
      code: "bundle.invalidField",
      params: { problem: i.message },
      line: null,
      field: i.path.join("."),
    }));
    throw new AppError("invalid_input", "settings.invalid", {}, diagnostics);
  }
  const at = now.toISOString();
  return writeTransaction(store, async (tx) => {
    const current = await getSettings(tx, administrationId);
    if (current.version !== expectedVersion) {
      throw conflictError("settings", String(administrationId), {
        current: current.settings.rules,
        proposed: parsed.data.rules,
        version: current.version,
        by: current.updatedBy ?? "—",
        at: current.updatedAt ?? "—",
      });
    }
    const values = {
      rules: JSON.stringify(parsed.data),
      updated_at: at,
      updated_by: actor.username,
    };
    const written =
      expectedVersion === 0
        ? await tx
            .insertInto("achievement_settings")
            .values({ administration_id: administrationId, ...values })
            .onConflict((oc) => oc.column("administration_id").doNothing())
            .executeTakeFirst()
        : await tx
            .updateTable("achievement_settings")
            .set((eb) => ({ ...values, version: eb("version", "+", 1) }))
            .where("administration_id", "=", administrationId)
            .where("version", "=", expectedVersion)
            .executeTakeFirst();
    if (affectedRows(written) === 0) {
      const now = await getSettings(tx, administrationId);
      throw conflictError("settings", String(administrationId), {
        current: now.settings.rules,
        proposed: parsed.data.rules,
        version: now.version,
        by: now.updatedBy ?? "—",
        at: now.updatedAt ?? "—",
      });
    }
    await refreshOpenCampaigns(tx, { administrationId });
    await recordAudit(tx, {
      administrationId,
      entity: "settings",
      entityKey: String(administrationId),
      action: expectedVersion === 0 ? "create" : "update",
      actor: actor.username,
      at,
      before: current.settings,
      after: parsed.data,
    });
    return {
      settings: parsed.data,
      version: expectedVersion + 1,
      updatedBy: actor.username,
      updatedAt: at,
    };
  });
}
