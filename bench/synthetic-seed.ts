/**
 * A synthetic PIAO text N times the size of the seed: every objective of the
 * seed's annex is repeated N times inside its action area, with codes made
 * unique by a prefix ("1609" → "11609", "21609", …). Same layouts, more records.
 */
import { readFileSync } from "node:fs";

export const SEED_PATH = new URL(
  "../fixtures/piao-2025-2027-citta-metropolitana-bologna.txt",
  import.meta.url,
);

const OBJECTIVE = /^Obiettivo Performance\b/;
const AREA = /^AZIONE(\s+\d+\s+.*)?$/;

function renumber(block: string[], copy: number): string[] {
  if (copy === 0) return block;
  return block.map((line) =>
    line
      .replace(/^(Obiettivo Performance[ \t]+)(\d{4})\b/, `$1${copy}$2`)
      .replace(/^(\d{4})(?=[ \t]|$)/, `${copy}$1`),
  );
}

/** Splits the annex into area headings and objective blocks, in order. */
function splitAnnex(lines: string[]): { kind: "area" | "objective"; lines: string[] }[] {
  const parts: { kind: "area" | "objective"; lines: string[] }[] = [];
  for (const line of lines) {
    const kind = AREA.test(line) ? "area" : OBJECTIVE.test(line) ? "objective" : null;
    if (kind || parts.length === 0) parts.push({ kind: kind ?? "area", lines: [line] });
    else parts[parts.length - 1]?.lines.push(line);
  }
  return parts;
}

export function syntheticSeed(times: number): string {
  const lines = readFileSync(SEED_PATH, "utf8").split("\n");
  const start = lines.findIndex((l) => /^AZIONE 1\b/.test(l));
  const out = lines.slice(0, start);
  for (const part of splitAnnex(lines.slice(start))) {
    if (part.kind === "area") out.push(...part.lines);
    else for (let copy = 0; copy < times; copy++) out.push(...renumber(part.lines, copy));
  }
  return out.join("\n");
}
