import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_MESSAGES } from "../../src/i18n/import-messages.ts";

const SOURCES = [
  new URL("../../src/import/decode.ts", import.meta.url),
  ...readdirSync(new URL("../../src/import/piao-text/", import.meta.url)).map(
    (name) => new URL(`../../src/import/piao-text/${name}`, import.meta.url),
  ),
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the import messages", () => {
  it("have an Italian and an English text for every code the reader uses", () => {
    const used = new Set(
      SOURCES.flatMap((url) =>
        [...readFileSync(url, "utf8").matchAll(/"(import\.[A-Za-z0-9]+)"/g)].map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(30);
    for (const code of used) expect(IMPORT_MESSAGES, code).toHaveProperty([code as string]);
    expect(Object.keys(IMPORT_MESSAGES).filter((code) => !used.has(code))).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    for (const [code, { it: italian, en }] of Object.entries(IMPORT_MESSAGES)) {
      const shared = placeholders(italian).filter((p) => !p?.endsWith("It"));
      const english = placeholders(en).filter((p) => !p?.endsWith("En"));
      expect(english, code).toEqual(shared);
    }
  });
});
