/**
 * What the public section page (/trasparenza/…/sezioni/:section) adds to
 * the narrative for 2.1 (public value) and 2.2 (letters e and f, the
 * catalogue of procedures): only records of the published edition, linked
 * to the public pages of the objectives.
 */
import type { Section } from "../../../domain/plan.ts";
import type { PublishedPlan } from "../../../services/public/read.ts";
import { type HtmlValue, html } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";
import { publicObjectiveHref } from "../public/common.ts";
import { procedureRecords, publicValueRecords } from "./records.ts";

export function publicValueSectionRecords(
  ctx: PageContext,
  plan: PublishedPlan,
  section: Section,
): HtmlValue {
  const link = (code: string) =>
    html`<a href="${publicObjectiveHref(plan.meta, code)}">${code}</a>`;
  const doc = plan.document;
  if (section.code === "2.1") return publicValueRecords(ctx, doc, link);
  const pr = doc.procedures;
  if (
    section.code === "2.2" &&
    pr.procedures.length + pr.simplifications.length + pr.accessibility.length > 0
  ) {
    return procedureRecords(ctx, doc, link);
  }
  return "";
}
