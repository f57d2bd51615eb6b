/**
 * Reading a posted form with its Zod schema: the data, or a message per
 * field in the user's language, ready to show beside each field.
 */
import { type ZodType, z } from "zod";
import type { Lang } from "../i18n/index.ts";
import { translate } from "../i18n/index.ts";
import type { FieldErrors } from "../views/components/forms.ts";

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The posted fields as strings (multipart fields included; files left out). */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== "object") return values;
  for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
    if (name === "_csrf") continue;
    if (typeof raw === "string") values[name] = raw;
    else if (raw && typeof raw === "object" && "value" in raw && !("file" in raw)) {
      values[name] = String((raw as { value: unknown }).value);
    }
  }
  return values;
}

/** A refinement's message may be a message code of src/i18n ("form.badDate"): it is translated. */
const MESSAGE_CODE = /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9]+)+$/;

export function parseForm<T>(schema: ZodType<T>, body: unknown, lang: Lang): FormResult<T> {
  const values = formValues(body);
  // Zod's messages in the user's language; parsing is synchronous, so no other request interleaves.
  z.config(lang === "it" ? z.locales.it() : z.locales.en());
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field]) continue;
    const blank = values[field] === undefined || values[field] === "";
    errors[field] =
      blank && issue.code !== "custom"
        ? translate("form.required", {}, lang)
        : MESSAGE_CODE.test(issue.message)
          ? translate(
              issue.message,
              (issue as { params?: Record<string, string | number> }).params ?? {},
              lang,
            )
          : issue.message;
  }
  return { ok: false, errors, values };
}

/** A required text field: trimmed, not empty. */
export const requiredText = (max = 2000) => z.string().trim().min(1).max(max);
/** An optional text field: "" becomes null. */
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
