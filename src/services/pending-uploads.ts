/**
 * Files uploaded in the browser, kept between their preview and their
 * confirmation: only the user who uploaded one may see, confirm or discard
 * it, and only within an hour (then it is as if it never was).
 */
import type { Actor } from "../domain/authorization.ts";
import type { Db } from "../store/database.ts";
import type { PendingUploadRow } from "../store/tables/web.table.ts";
import { AppError } from "./errors.ts";

export const UPLOAD_KINDS = ["plan", "figures"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const UPLOAD_TTL_MS = 60 * 60 * 1000;

export interface NewUpload {
  kind: UploadKind;
  fileName: string;
  content: Buffer;
  campaignId: number | null;
}

export async function keepUpload(
  db: Db,
  actor: Actor,
  upload: NewUpload,
  now: Date,
): Promise<number> {
  // Expired uploads of anyone are removed on the way: nobody can confirm them any more.
  await db
    .deleteFrom("pending_upload")
    .where("created_at", "<", new Date(now.getTime() - UPLOAD_TTL_MS).toISOString())
    .execute();
  const row = await db
    .insertInto("pending_upload")
    .values({
      administration_id: actor.administrationId,
      username: actor.username,
      kind: upload.kind,
      file_name: upload.fileName,
      content: upload.content,
      campaign_id: upload.campaignId,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The user's own upload, still within its hour; else "not found" (someone else's is not even said to exist). */
export async function findUpload(
  db: Db,
  actor: Actor,
  id: number,
  now: Date,
): Promise<PendingUploadRow> {
  const row = await db
    .selectFrom("pending_upload")
    .selectAll()
    .where("id", "=", id)
    .where("username", "=", actor.username)
    .executeTakeFirst();
  if (!row || Date.parse(row.created_at) < now.getTime() - UPLOAD_TTL_MS) {
    throw new AppError("not_found", "upload.notFound", { id: String(id) });
  }
  return { ...row, content: Buffer.from(row.content) };
}

export async function discardUpload(db: Db, actor: Actor, id: number): Promise<void> {
  await db
    .deleteFrom("pending_upload")
    .where("id", "=", id)
    .where("username", "=", actor.username)
    .execute();
}
