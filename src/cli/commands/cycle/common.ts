/** What the performance-cycle commands share: the acting user, the plan, Italian names of kinds. */
import { InvalidArgumentError, Option } from "commander";
import type { Actor } from "../../../domain/authorization.ts";
import { AppError } from "../../../services/errors.ts";
import { resolvePlan } from "../../../services/plan-edition.ts";
import { findActor } from "../../../services/users.ts";
import type { Db } from "../../../store/database.ts";

/** Sets the exit code from a command's work. */
export type Runner = (work: () => Promise<number>) => Promise<void>;

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError(
      "serve un numero intero positivo / a positive whole number is required",
    );
  }
  return Number(value);
}

export const asOption = () =>
  new Option("--as <utente>", "utente che esegue l'operazione (o variabile PIAO_USER)").env(
    "PIAO_USER",
  );
export const planOption = () =>
  new Option("--plan <id>", "id del piano (vedi «piao plans»); di norma il più recente").argParser(
    positiveInt,
  );
export const campaignOption = () =>
  new Option("--campaign <id>", "id della campagna (vedi «piao campaign list»)").argParser(
    positiveInt,
  );

export async function actorFrom(db: Db, username: string | undefined): Promise<Actor> {
  if (!username) throw new AppError("invalid_input", "cli.asRequired");
  return findActor(db, username);
}

export async function planIdFrom(db: Db, planId: number | undefined): Promise<number> {
  return (await resolvePlan(db, planId === undefined ? {} : { planId })).planId;
}

/** Campaign kinds as users name them. */
export const CAMPAIGN_KIND_NAMES = { infrannuale: "midyear", consuntivo: "yearend" } as const;

/** "31/12/2025" → "2025-12-31"; anything else is a usage error. */
export function italianDate(value: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) throw new InvalidArgumentError("data nel formato gg/mm/aaaa / date as dd/mm/yyyy");
  return `${m[3]}-${m[2]}-${m[1]}`;
}
