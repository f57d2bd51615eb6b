/**
 * Organisational units from the owners of the objectives: "Area X - Settore Y"
 * is the Settore Y inside the Area X, keyed by its full path.
 */
import type { OrgUnit, OrgUnitKind } from "../../domain/plan.ts";
import { normKey } from "../text-folding.ts";
import type { DiagnosticSink } from "./sink.ts";

const KINDS = new Map<string, OrgUnitKind>([
  ["AREA", "area"],
  ["DIREZIONE", "area"],
  ["DIPARTIMENTO", "area"],
  ["SETTORE", "sector"],
  ["SERVIZIO", "sector"],
  ["UFFICIO", "office"],
  ["U.O.", "office"],
  ["UO", "office"],
]);

const PATH_SEPARATOR = /\s+[-–]\s+/;

export class UnitRegistry {
  private readonly units = new Map<string, OrgUnit>();

  /** Registers the owner and its parents; returns the key of the owner. */
  register(owner: string, line: number, sink: DiagnosticSink): string | null {
    const names = owner
      .split(PATH_SEPARATOR)
      .map((name) => name.replace(/\s+/g, " ").trim())
      .filter((name) => name !== "");
    let parentKey: string | null = null;
    for (const name of names) {
      const key: string = parentKey === null ? name : `${parentKey} - ${name}`;
      if (!this.units.has(key)) this.units.set(key, this.create(key, name, parentKey, line, sink));
      parentKey = key;
    }
    return parentKey;
  }

  list(): OrgUnit[] {
    return [...this.units.values()];
  }

  private create(
    key: string,
    name: string,
    parentKey: string | null,
    line: number,
    sink: DiagnosticSink,
  ): OrgUnit {
    const word = name.split(" ")[0] ?? "";
    let kind = KINDS.get(normKey(word));
    if (kind === undefined) {
      sink.warning("import.unknownUnitKind", line, { unit: name, word });
      kind = "office";
    }
    return { key, name, kind, parentKey, head: null };
  }
}
