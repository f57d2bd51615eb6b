/** The organisation as a tree (Area → Settore → Ufficio), as far as the roll-up needs it. */
import type { UnitInput } from "./types.ts";

function childrenByParent(units: readonly UnitInput[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentKey === null) continue;
    const list = children.get(unit.parentKey) ?? [];
    list.push(unit.key);
    children.set(unit.parentKey, list);
  }
  return children;
}

/**
 * For every unit, its own key and the keys of all units below it. A cycle in
 * parentKey (bad data) cannot loop: each unit is visited once per subtree.
 */
export function subtreeKeys(units: readonly UnitInput[]): Map<string, Set<string>> {
  const children = childrenByParent(units);
  const result = new Map<string, Set<string>>();
  for (const unit of units) {
    const seen = new Set<string>();
    const stack = [unit.key];
    for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push(...(children.get(key) ?? []));
    }
    result.set(unit.key, seen);
  }
  return result;
}

/**
 * Top-level units: no parent. A unit whose parent is not among the units is
 * also top-level, so that a partial organisation chart cannot drop a whole
 * branch from the administration's score.
 */
export function topLevelUnits(units: readonly UnitInput[]): UnitInput[] {
  const keys = new Set(units.map((u) => u.key));
  return units.filter((u) => u.parentKey === null || !keys.has(u.parentKey));
}
