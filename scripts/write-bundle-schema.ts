/** Regenerates docs/schema/piao-bundle.schema.json from the Zod schema that validates bundles. */
import { writeFileSync } from "node:fs";
import { bundleJsonSchema } from "../src/import/bundle/schema.ts";

export const SCHEMA_PATH = new URL("../docs/schema/piao-bundle.schema.json", import.meta.url);

export function renderBundleSchema(): string {
  const schema = {
    $id: "urn:piao:bundle:1",
    title: "PIAO bundle",
    ...(bundleJsonSchema() as object),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  writeFileSync(SCHEMA_PATH, renderBundleSchema());
}
