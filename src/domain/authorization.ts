/**
 * Who may do what: the one place that decides. Least privilege: a head of
 * unit (dirigente) acts only on the objectives of their unit and its
 * sub-units; the Nucleo di valutazione reads everything and neutralises, but
 * enters no figures; a reader only reads.
 */
export const ROLES = ["admin", "planning", "head", "evaluator", "reader"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  username: string;
  role: Role;
  /** null: a system administrator, for every administration. */
  administrationId: number | null;
  /** For a head of unit: the key of their unit. */
  unitKey: string | null;
}

export type Action =
  | "plan.read"
  | "plan.import"
  | "plan.edit"
  | "campaign.manage"
  | "measurement.write"
  | "forecast.write"
  | "reprogramming.request"
  | "reprogramming.decide"
  | "neutralisation.write"
  | "comment.write"
  | "validation.write"
  | "settings.write"
  | "audit.read"
  | "user.manage"
  | "plan.publish"
  | "token.manage"
  | "plan.workflow";

const GRANTS: Record<Role, readonly Action[]> = {
  admin: [
    "plan.read",
    "plan.import",
    "plan.edit",
    "campaign.manage",
    "reprogramming.decide",
    "settings.write",
    "audit.read",
    "user.manage",
    "plan.publish",
    "token.manage",
    "plan.workflow",
  ],
  planning: [
    "plan.read",
    "plan.import",
    "plan.edit",
    "campaign.manage",
    "measurement.write",
    "forecast.write",
    "reprogramming.request",
    "reprogramming.decide",
    "settings.write",
    "audit.read",
    "comment.write",
    "plan.publish",
    "plan.workflow",
  ],
  head: ["plan.read", "measurement.write", "forecast.write", "reprogramming.request", "audit.read"],
  evaluator: [
    "plan.read",
    "neutralisation.write",
    "comment.write",
    "validation.write",
    "audit.read",
  ],
  reader: ["plan.read"],
};

/** Whether a role may ever do `action` (where and on what is for `can`). */
export function roleMay(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}

/** The unit tree, as parent links by unit key. */
export type UnitParents = ReadonlyMap<string, string | null>;

/** True when `unitKey` is `ancestor` or lies below it. */
export function isWithinUnit(
  unitKey: string | null,
  ancestor: string,
  parents: UnitParents,
): boolean {
  const seen = new Set<string>();
  let current = unitKey;
  while (current !== null && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = parents.get(current) ?? null;
  }
  return false;
}

export interface Resource {
  administrationId: number;
  /** The unit an objective belongs to, for actions on an objective's records. */
  unitKey?: string | null;
}

/** May `actor` do `action` on `resource`? */
export function can(
  actor: Actor,
  action: Action,
  resource: Resource,
  parents: UnitParents = new Map(),
): boolean {
  if (!roleMay(actor.role, action)) return false;
  if (actor.administrationId !== null && actor.administrationId !== resource.administrationId)
    return false;
  if (
    actor.role !== "head" ||
    resource.unitKey === undefined ||
    action === "plan.read" ||
    action === "audit.read"
  ) {
    return true;
  }
  return actor.unitKey !== null && isWithinUnit(resource.unitKey, actor.unitKey, parents);
}
