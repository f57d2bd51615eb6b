/**
 * Regenerates fixtures/piao-2025-2027-comune-valle-serena.json, the complete
 * sample plan of a fictitious administration (every section filled), from
 * test/support/complete-plan.ts, which the tests build on. A test checks the
 * file is current: `npm run sample` after changing the sample.
 */
import { writeFileSync } from "node:fs";
import { renderBundle } from "../src/documents/bundle.ts";
import { completePlanDocument } from "../test/support/complete-plan.ts";

export const SAMPLE_PATH = new URL(
  "../fixtures/piao-2025-2027-comune-valle-serena.json",
  import.meta.url,
);

export const renderSampleBundle = (): string => renderBundle(completePlanDocument());

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  writeFileSync(SAMPLE_PATH, renderSampleBundle());
}
