/**
 * The roll-up of a monitoring campaign: indicators → objectives → units
 * (with their sub-units), positive-action areas, tags, and the whole
 * administration (performance organizzativa). DOMAIN.md, "The performance
 * cycle" step 3 and "Measuring achievement".
 */
import { bandOf } from "./bands.ts";
import { assertReferenceDate } from "./indicator-score.ts";
import { plainMean, weightedMean } from "./mean.ts";
import { entersGroups, scoreObjective } from "./objective.ts";
import type {
  Achievement,
  AchievementRules,
  GroupAchievement,
  ObjectiveAchievement,
  ObjectiveInput,
  RollupInput,
  RollupResult,
} from "./types.ts";
import { subtreeKeys, topLevelUnits } from "./unit-tree.ts";

/** An objective's result next to what places it in groups. */
interface Scored {
  input: ObjectiveInput;
  result: ObjectiveAchievement;
}

/**
 * Weighted mean of the objectives of a group (objective weight ?? 1). A
 * blocked objective does not count, but the group says it is blocked, so a
 * partial score is never mistaken for a complete one.
 */
function groupOf(members: readonly Scored[], rules: AchievementRules): Achievement {
  const live = members.filter((m) => !m.result.neutralised);
  const counted = live.filter((m) => entersGroups(m.result));
  const score = weightedMean(
    counted.map((m) => ({ score: m.result.score ?? 0, weight: m.input.weight ?? 1 })),
  );
  return {
    score,
    band: bandOf(score, rules.bands),
    blocked: live.some((m) => m.result.blocked),
    counted: counted.length,
    total: members.length,
  };
}

function unitGroups(input: RollupInput, scored: readonly Scored[]): GroupAchievement[] {
  const subtrees = subtreeKeys(input.units);
  return input.units.map((unit) => {
    const keys = subtrees.get(unit.key) ?? new Set([unit.key]);
    const members = scored.filter((s) => s.input.unitKey !== null && keys.has(s.input.unitKey));
    return { key: unit.key, ...groupOf(members, input.rules) };
  });
}

/** Groups by the keys each objective gives (none, one or several), keys in the order given. */
function groupsBy(
  scored: readonly Scored[],
  keysOf: (o: ObjectiveInput) => string[],
  order: (keys: string[]) => string[],
  rules: AchievementRules,
): GroupAchievement[] {
  const byKey = new Map<string, Scored[]>();
  for (const s of scored) {
    for (const key of new Set(keysOf(s.input))) {
      const members = byKey.get(key);
      if (members) members.push(s);
      else byKey.set(key, [s]);
    }
  }
  return order([...byKey.keys()]).map((key) => ({ key, ...groupOf(byKey.get(key) ?? [], rules) }));
}

const byActionNumber = (keys: string[]) => [...keys].sort((a, b) => Number(a) - Number(b));
const asGiven = (keys: string[]) => keys;

/**
 * "units": plain mean of the top-level units that have a score (each Area
 * weighs the same, whatever its number of objectives); "objectives":
 * weighted mean of every scored objective.
 */
function administrationOf(
  input: RollupInput,
  scored: readonly Scored[],
  units: readonly GroupAchievement[],
): Achievement {
  if (input.rules.administrationRollup === "objectives") return groupOf(scored, input.rules);
  const topKeys = new Set(topLevelUnits(input.units).map((u) => u.key));
  const top = units.filter((u) => topKeys.has(u.key));
  const withScore = top.flatMap((u) => (u.score === null ? [] : [u.score]));
  const score = plainMean(withScore);
  return {
    score,
    band: bandOf(score, input.rules.bands),
    blocked: top.some((u) => u.blocked),
    counted: withScore.length,
    total: top.length,
  };
}

export function computeRollup(input: RollupInput): RollupResult {
  assertReferenceDate(input.referenceDate);
  const scored = input.objectives.map((o) => ({
    input: o,
    result: scoreObjective(o, input.rules, input.referenceDate),
  }));
  const units = unitGroups(input, scored);
  const positiveActions = groupsBy(
    scored,
    (o) => (o.positiveAction === null ? [] : [String(o.positiveAction)]),
    byActionNumber,
    input.rules,
  );
  const tags = groupsBy(scored, (o) => o.tags, asGiven, input.rules);
  return {
    objectives: scored.map((s) => s.result),
    units,
    positiveActions,
    tags,
    administration: administrationOf(input, scored, units),
  };
}
