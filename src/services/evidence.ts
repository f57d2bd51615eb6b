/** Evidence files beside a measurement: kept in the database with their SHA-256, within a size limit. */

import { createHash } from "node:crypto";
import type { Actor } from "../domain/authorization.ts";
import { type Store, writeTransaction } from "../store/database.ts";
import { findMeasurement } from "../store/repositories/measurement.repository.ts";
import { recordAudit } from "./audit.ts";
import { indicatorKey, loadCampaignContext } from "./campaign-context.ts";
import { requireOpenCampaign } from "./campaigns.ts";
import { AppError } from "./errors.ts";

import { authoriseOnObjective } from "./measurements.ts";

/** Evidence files: kept in the database with their SHA-256, up to this size. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface EvidenceInput {
  campaignId: number;
  objectiveCode: string;
  indicatorCode: string;
  fileName: string;
  mediaType: string;
  content: Uint8Array;
}

export async function addEvidence(
  store: Store,
  actor: Actor,
  input: EvidenceInput,
  now = new Date(),
) {
  if (input.content.byteLength === 0)
    throw new AppError("invalid_input", "evidence.empty", { file: input.fileName });
  if (input.content.byteLength > MAX_EVIDENCE_BYTES) {
    throw new AppError("invalid_input", "evidence.tooLarge", {
      file: input.fileName,
      size: String(Math.ceil(input.content.byteLength / 1024 / 1024)),
      limit: String(MAX_EVIDENCE_BYTES / 1024 / 1024),
    });
  }
  const at = now.toISOString();
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  return writeTransaction(store, async (tx) => {
    await requireOpenCampaign(tx, actor, input.campaignId, "measurement.write");
    const ctx = await loadCampaignContext(tx, input.campaignId);
    authoriseOnObjective(ctx, actor, "measurement.write", input.objectiveCode);
    const measurement = await findMeasurement(
      tx,
      input.campaignId,
      input.objectiveCode,
      input.indicatorCode,
    );
    if (!measurement) {
      throw new AppError("invalid_input", "evidence.noMeasurement", {
        indicator: input.indicatorCode,
      });
    }
    const fileName = input.fileName.replace(/[/\\]/g, "_").slice(0, 200);
    const row = await tx
      .insertInto("evidence")
      .values({
        administration_id: ctx.administrationId,
        measurement_id: measurement.id,
        file_name: fileName,
        media_type: input.mediaType,
        size_bytes: input.content.byteLength,
        sha256,
        content: Buffer.from(input.content),
        uploaded_by: actor.username,
        uploaded_at: at,
      })
      .returning(["id", "file_name", "size_bytes", "sha256"])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, {
      administrationId: ctx.administrationId,
      entity: "evidence",
      entityKey: `${input.campaignId}/${indicatorKey(input.objectiveCode, input.indicatorCode)}`,
      action: "create",
      actor: actor.username,
      at,
      after: { fileName: row.file_name, size: row.size_bytes, sha256: row.sha256 },
    });
    return row;
  });
}
