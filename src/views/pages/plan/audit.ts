/** The audit trail as a table: when (Italian time), who, what, before → after, why. */
import { formatItalianDateTime } from "../../../domain/format-value.ts";
import type { AuditRecord } from "../../../services/audit.ts";
import { selectField } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { NAMED_FIELDS, readableChange } from "./audit-values.ts";
import { auditHref } from "./common.ts";

const named = new Set<string>(NAMED_FIELDS);

/** The operations services record, with a name for people; others are shown as stored. */
const NAMED_ACTIONS = new Set([
  "create",
  "update",
  "import",
  "open",
  "close",
  "request",
  "approve",
  "reject",
  "publish",
  "republish",
  "withdraw",
]);

/** The kinds of record the audit trail holds (AuditEntry["entity"]). */
export const AUDIT_ENTITIES = [
  "plan",
  "campaign",
  "measurement",
  "measure",
  "evidence",
  "forecast",
  "reprogramming",
  "neutralisation",
  "settings",
  "objective",
  "indicator",
  "unit",
  "publication",
  "section_records",
] as const;

/** A record's field as people call it ("targets" → "target"); unknown fields as stored. */
export function fieldLabel(ctx: PageContext, field: string): string {
  return named.has(field) ? ctx.t(`plan.field.${field}`) : field;
}

export function auditTable(ctx: PageContext, entries: AuditRecord[], caption: string): SafeHtml {
  const label = (field: string) => fieldLabel(ctx, field);
  return dataTable({
    caption,
    head: [
      ctx.t("plan.audit.at"),
      ctx.t("plan.audit.actor"),
      ctx.t("plan.audit.record"),
      ctx.t("plan.audit.action"),
      ctx.t("plan.audit.change"),
      ctx.t("plan.audit.reason"),
    ],
    rows: entries.map((e) => [
      formatItalianDateTime(e.at),
      e.actor,
      html`<a href="${auditHref(e.entity, e.entityKey)}">${ctx.t(`plan.audit.entity.${e.entity}`)} ${e.entityKey}</a>`,
      NAMED_ACTIONS.has(e.action) ? ctx.t(`plan.audit.op.${e.action}`) : e.action,
      readableChange(e.before, e.after, label),
      e.reason ?? "",
    ]),
    empty: ctx.t("plan.audit.none"),
  });
}

export interface AuditFilter {
  entity: string | null;
  key: string | null;
}

export function auditPage(
  ctx: PageContext,
  filter: AuditFilter,
  entries: AuditRecord[],
): PageOptions {
  const filtered = filter.entity !== null || filter.key !== null;
  return {
    title: ctx.t("nav.audit"),
    crumbs: [{ label: ctx.t("nav.audit") }],
    lead: filtered
      ? ctx.t("plan.audit.ofRecord", {
          entity: filter.entity ? ctx.t(`plan.audit.entity.${filter.entity}`) : "",
          key: filter.key ?? "",
        })
      : ctx.t("plan.audit.latest", { n: entries.length }),
    body: html`<form method="get" action="/registro" class="row g-2 mb-3">
  <div class="col-md-4">${selectField({
    name: "entity",
    label: ctx.t("plan.audit.entityLabel"),
    value: filter.entity ?? "",
    options: [
      { value: "", label: ctx.t("plan.audit.anyEntity") },
      ...AUDIT_ENTITIES.map((e) => ({ value: e, label: ctx.t(`plan.audit.entity.${e}`) })),
    ],
  })}</div>
  <div class="col-md-5"><label for="f-key" class="form-label">${ctx.t("plan.audit.keyLabel")}</label>
  <input id="f-key" name="key" class="form-control" value="${filter.key ?? ""}"></div>
  <div class="col-md-3 align-self-end"><button type="submit" class="btn btn-outline-primary">${ctx.t("plan.audit.filter")}</button></div>
</form>
${auditTable(ctx, entries, ctx.t("plan.audit.caption"))}`,
  };
}
