/** Writes a plan as the JSON bundle (docs/schema/piao-bundle.schema.json). */
import type { PlanDocument } from "../domain/plan.ts";
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from "../import/bundle/schema.ts";

export function toBundle(document: PlanDocument, edition?: number): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...(edition === undefined ? {} : { edition }),
    ...document,
  };
}

export function renderBundle(document: PlanDocument, edition?: number): string {
  return `${JSON.stringify(toBundle(document, edition), null, 2)}\n`;
}
