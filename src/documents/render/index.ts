/** One entry for every output format of a report. */
import type { PlanDocument } from "../../domain/plan.ts";
import type { ReportDocument } from "../model.ts";
import { renderPiaoText } from "../piao-text.ts";
import { renderDocx } from "./docx.ts";
import { renderPdf } from "./pdf.ts";
import { renderText } from "./text.ts";
import { renderXlsx } from "./xlsx.ts";

export const REPORT_FORMATS = ["pdf", "docx", "xlsx", "txt"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The PIAO as text is the format our reader reads (so it round-trips);
 * the other reports as text are plain text.
 */
export async function renderReport(
  report: ReportDocument,
  format: ReportFormat,
  plan: { kind: string; document: PlanDocument },
): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return renderPdf(report);
    case "docx":
      return renderDocx(report);
    case "xlsx":
      return renderXlsx(report);
    case "txt":
      return Buffer.from(
        plan.kind === "piao" ? renderPiaoText(plan.document) : renderText(report),
        "utf8",
      );
  }
}
