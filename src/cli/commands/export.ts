/** `piao export --format json`: the whole plan as the documented JSON bundle. */
import { writeFile } from "node:fs/promises";
import { renderBundle } from "../../documents/bundle.ts";
import { loadPlanDocument, type PlanSelector } from "../../services/plan-edition.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";

export interface ExportOptions extends PlanSelector {
  format: "json";
  out?: string;
}

export async function runExport(ctx: CliContext, options: ExportOptions): Promise<number> {
  const { document, edition } = await withStore((store) => loadPlanDocument(store.db, options));
  const text = renderBundle(document, edition.number);
  if (options.out) await writeFile(options.out, text);
  else ctx.write(text);
  return EXIT_OK;
}
