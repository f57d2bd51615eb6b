/**
 * Before and after of an audit entry as a person reads them: one line per
 * field that changed, targets and dates the Italian way, not raw JSON.
 */
import { formatItalianDate, formatTarget } from "../../../domain/format-value.ts";
import type { TargetValue } from "../../../domain/plan.ts";
import { formatNumber } from "../../../i18n/index.ts";
import { html, type SafeHtml } from "../../html.ts";

const KINDS = new Set(["deadline", "number", "percent", "boolean"]);

function isTargetValue(value: unknown): value is TargetValue {
  return (
    typeof value === "object" &&
    value !== null &&
    KINDS.has(String((value as { kind?: unknown }).kind)) &&
    ("date" in value || "value" in value)
  );
}

/** A stored value as text: targets and dates the Italian way, lists joined, records as "key: value". */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "SÌ" : "NO";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string")
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatItalianDate(value) : value;
  if (isTargetValue(value)) return formatTarget(value);
  if (Array.isArray(value)) {
    return (
      value
        .map((v) =>
          typeof v === "object" && v !== null && "year" in v && "value" in v
            ? `${(v as { year: number }).year}: ${readableValue((v as { value: unknown }).value)}`
            : readableValue(v),
        )
        .join("; ") || "—"
    );
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${readableValue(v)}`)
      .join("; ");
  }
  return String(value);
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !isTargetValue(v)
    ? (v as Record<string, unknown>)
    : null;

/** Fields of the plan's records that have a name for people (message "plan.field.<name>"). */
export const NAMED_FIELDS = [
  "code",
  "title",
  "description",
  "unitKey",
  "positiveAction",
  "weight",
  "tags",
  "kind",
  "unitLabel",
  "polarity",
  "baseline",
  "targets",
  "name",
  "parentKey",
  "head",
  "key",
  "edition",
  "source",
  "status",
] as const;

/** The fields that differ between before and after, as "field: before → after". */
export function readableChange(
  before: unknown,
  after: unknown,
  label: (field: string) => string = (f) => f,
): SafeHtml {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b || !a) {
    return html`${before === null || before === undefined ? "" : html`<del>${readableValue(before)}</del> → `}${readableValue(after)}`;
  }
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
  return html`<ul class="list-unstyled mb-0">${fields.map(
    (k) =>
      html`<li><span class="fw-semibold">${label(k)}:</span> ${k in b ? html`<del>${readableValue(b[k])}</del> → ` : ""}${readableValue(a[k])}</li>`,
  )}</ul>`;
}
