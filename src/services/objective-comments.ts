/** Comments on an objective by the Nucleo di valutazione or the planning office: append-only. */
import { type Actor, can } from "../domain/authorization.ts";
import type { Db, Store } from "../store/database.ts";
import type { ObjectiveCommentRow } from "../store/tables/web.table.ts";
import { AppError } from "./errors.ts";

export interface NewComment {
  administrationId: number;
  planId: number;
  objectiveCode: string;
  body: string;
  campaignId?: number | null;
}

export async function addObjectiveComment(
  store: Store,
  actor: Actor,
  comment: NewComment,
  now: Date = new Date(),
): Promise<void> {
  if (!can(actor, "comment.write", { administrationId: comment.administrationId })) {
    throw new AppError("forbidden", "auth.forbidden");
  }
  await store.db
    .insertInto("objective_comment")
    .values({
      administration_id: comment.administrationId,
      plan_id: comment.planId,
      objective_code: comment.objectiveCode,
      campaign_id: comment.campaignId ?? null,
      author: actor.username,
      body: comment.body,
      created_at: now.toISOString(),
    })
    .execute();
}

/** The comments on an objective, oldest first. */
export async function listObjectiveComments(
  db: Db,
  administrationId: number,
  planId: number,
  objectiveCode: string,
): Promise<ObjectiveCommentRow[]> {
  return db
    .selectFrom("objective_comment")
    .selectAll()
    .where("administration_id", "=", administrationId)
    .where("plan_id", "=", planId)
    .where("objective_code", "=", objectiveCode)
    .orderBy("id")
    .execute();
}
