/** What the monitoring routes share: ids and codes from the URL, the campaign in scope, typed values. */
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { MeasuredValue } from "../../../domain/achievement/types.ts";
import type { IndicatorKind, TargetValue } from "../../../domain/plan.ts";
import { translate } from "../../../i18n/index.ts";
import { parseValue } from "../../../import/monitoring-sheet/cells.ts";
import { textCell } from "../../../import/monitoring-sheet/grid.ts";
import { AppError } from "../../../services/errors.ts";
import type { Db } from "../../../store/database.ts";
import { getCampaign } from "../../../store/repositories/campaign.repository.ts";
import type { MonitoringCampaignRow } from "../../../store/tables/cycle.table.ts";
import { authorise } from "../../access.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost } from "../../render.ts";

function urlParam(request: FastifyRequest, name: string, pattern: RegExp): string {
  const raw = (request.params as Record<string, string | undefined>)[name] ?? "";
  if (!pattern.test(raw)) throw new AppError("not_found", "mon.badId", { id: raw });
  return raw;
}

/** A record id from the URL: a positive whole number, else "no such page". */
export const idParam = (request: FastifyRequest, name: string): number =>
  Number(urlParam(request, name, /^[1-9]\d{0,8}$/));

/** An objective or indicator code from the URL: digits and letters, else "no such page". */
export const codeParam = (request: FastifyRequest, name: string): string =>
  urlParam(request, name, /^[A-Za-z0-9._-]{1,40}$/);

/** Post/redirect/get with the message the next page shows once. */
export function doneAndShow(
  request: FastifyRequest,
  reply: FastifyReply,
  location: string,
  code: string,
  params: Record<string, string | number> = {},
): FastifyReply {
  setFlash(reply, { kind: "success", text: translate(code, params, request.lang) });
  return redirectAfterPost(reply, location);
}

/** The campaign of the URL, if the user may read its administration's plans. */
export async function campaignInScope(
  request: FastifyRequest,
  db: Db,
  campaignId: number,
): Promise<MonitoringCampaignRow> {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) throw new AppError("not_found", "campaign.notFound", { id: String(campaignId) });
  authorise(request, "plan.read", { administrationId: campaign.administration_id });
  return campaign;
}

/** The version of the record the form was filled in from (0: none yet). */
export const versionField = z.coerce.number().int().min(0).max(1_000_000_000);

export type TypedValue =
  | { ok: true; value: MeasuredValue }
  | { ok: false; code: string; params: Record<string, string | number> };

/** A value typed by a person, read as the indicator's kind with the monitoring sheet's rules and messages. */
export function readTypedValue(kind: IndicatorKind, raw: string): TypedValue {
  const parsed = parseValue(kind, textCell(raw.trim()));
  return "value" in parsed
    ? { ok: true, value: parsed.value }
    : { ok: false, code: parsed.problem, params: parsed.params };
}

export type TypedTarget =
  | { ok: true; target: TargetValue }
  | { ok: false; code: string; params: Record<string, string | number> };

/** A target typed by a person: like a measured value, except that a deadline needs its date. */
export function readTarget(kind: IndicatorKind, raw: string): TypedTarget {
  const typed = readTypedValue(kind, raw);
  if (!typed.ok) return typed;
  const v = typed.value;
  if (v.kind !== "deadline") return { ok: true, target: v };
  return v.doneOn === null
    ? { ok: false, code: "mon.badDate", params: { value: raw.trim() } }
    : { ok: true, target: { kind: "deadline", date: v.doneOn } };
}

/** An optional date field typed gg/mm/aaaa: ISO text, or undefined when left empty. */
export const optionalItalianDate = z
  .string()
  .trim()
  .max(20)
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return undefined;
    const typed = readTarget("deadline", raw);
    if (typed.ok && typed.target.kind === "deadline") return typed.target.date;
    if (!typed.ok) ctx.addIssue({ code: "custom", message: typed.code, params: typed.params });
    return z.NEVER;
  });

/**
 * A service's refusal of a form's content (by default: invalid input), as the
 * message shown at the top of the form; any other error goes on to its error page.
 */
export function refusal(
  error: unknown,
  lang: FastifyRequest["lang"],
  codes: readonly AppError["code"][] = ["invalid_input"],
): string {
  if (error instanceof AppError && codes.includes(error.code)) {
    return translate(error.messageCode, error.params, lang);
  }
  throw error;
}
