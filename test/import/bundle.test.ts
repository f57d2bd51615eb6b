import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderBundleSchema, SCHEMA_PATH } from "../../scripts/write-bundle-schema.ts";
import { renderBundle } from "../../src/documents/bundle.ts";
import { readBundle } from "../../src/import/bundle/read.ts";
import { makePlanDocument } from "../support/factories.ts";

describe("the JSON bundle", () => {
  it("reads back exactly what was written", () => {
    const doc = makePlanDocument();
    const read = readBundle(renderBundle(doc, 3));
    expect(read.diagnostics).toEqual([]);
    expect(read.edition).toBe(3);
    expect(read.document).toEqual(doc);
  });

  it("has its JSON Schema in the repository, up to date with the validator", () => {
    expect(JSON.parse(readFileSync(SCHEMA_PATH, "utf8"))).toEqual(JSON.parse(renderBundleSchema()));
  });

  it("names the line of a JSON syntax error", () => {
    const text = renderBundle(makePlanDocument()).replace(
      '"region": "EMILIA ROMAGNA"',
      '"region": EMILIA',
    );
    const expected = text.split("\n").findIndex((l) => l.includes("EMILIA")) + 1;
    const read = readBundle(text);
    expect(read.document).toBeNull();
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]?.line).toBe(expected);
  });

  it("names the field of every invalid value", () => {
    const bundle = JSON.parse(renderBundle(makePlanDocument()));
    bundle.objectives[1].indicators[0].targets[0].value = { kind: "deadline", date: "2025-02-31" };
    bundle.objectives[0].indicators[0].kind = "speed";
    const read = readBundle(JSON.stringify(bundle));
    expect(read.document).toBeNull();
    expect(read.diagnostics.map((d) => d.field).sort()).toEqual([
      "objectives[0].indicators[0].kind",
      "objectives[1].indicators[0].targets[0].value.date",
    ]);
  });

  it("refuses a target whose kind is not the indicator's, and a reference to a missing unit", () => {
    const bundle = JSON.parse(renderBundle(makePlanDocument()));
    bundle.objectives[0].indicators[0].targets[0].value = { kind: "number", value: 3 };
    bundle.objectives[1].unitKey = "Area Inesistente";
    const read = readBundle(JSON.stringify(bundle));
    expect(read.document).toBeNull();
    expect(read.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ["rules.targetKind", "objectives[0].indicators[0].targets[0].value"],
      ["rules.unknownUnit", "objectives[1].unitKey"],
    ]);
  });
});
