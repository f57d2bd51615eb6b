/**
 * The one path every plan form takes when posted: the plan in scope for
 * "plan.edit", a stale form refused (409), the fields checked (400, typed
 * values kept, nothing written), the edit stored as a new edition, then a
 * redirect with a flash message.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ZodType } from "zod";
import type { PlanDocument } from "../../../domain/plan.ts";
import type { EditResult } from "../../../domain/plan-edit.ts";
import { formatDiagnostic, translate } from "../../../i18n/index.ts";
import { type EditedRecord, editPlan, staleEdition } from "../../../services/plan-editing.ts";
import type { FieldErrors } from "../../../views/components/forms.ts";
import type { PageOptions } from "../../../views/layout.ts";
import type { PageContext } from "../../../views/page-context.ts";
import type { FormState } from "../../../views/pages/plan/forms.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { parseForm } from "../../forms.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";
import { formEdition } from "./plan-forms.ts";

export interface PreparedEdit {
  /** Message codes by field, found before the plan rules run (a value that does not parse). */
  problems: Record<string, string>;
  edit: (doc: PlanDocument) => EditResult;
  record: (before: PlanDocument, after: PlanDocument) => EditedRecord;
  /** Where to go once saved. */
  next: string;
}

export interface EditSpec<T> {
  schema: ZodType<T>;
  /** The form page, with the values typed and the messages beside the fields. */
  page: (ctx: PageContext, state: FormState) => PageOptions;
  action: string;
  title: (ctx: PageContext) => string;
  prepare: (doc: PlanDocument, data: T, values: Record<string, string>) => PreparedEdit;
}

/** Shows a plan form: on GET with the record's values, after a refused POST with what was typed. */
export async function showPlanForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  spec: Pick<EditSpec<T>, "page" | "action" | "title">,
  values: (doc: PlanDocument) => Record<string, string>,
): Promise<FastifyReply> {
  const plan = await planInScope(request, deps.store.db, planIdParam(request), "plan.edit");
  return sendPage(request, reply, (ctx) =>
    spec.page(ctx, {
      planId: plan.planId,
      document: plan.document,
      edition: plan.summary.editionNumber ?? 0,
      values: values(plan.document),
      errors: {},
      action: spec.action,
      title: spec.title(ctx),
    }),
  );
}

export async function submitPlanEdit<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  spec: EditSpec<T>,
): Promise<FastifyReply> {
  const plan = await planInScope(request, deps.store.db, planIdParam(request), "plan.edit");
  const edition = formEdition(request.body);
  const current = plan.summary.editionNumber ?? 0;
  if (edition !== current) throw staleEdition(edition, current);
  const lang = request.lang;
  const refuse = (errors: FieldErrors, values: Record<string, string>) =>
    sendPage(
      request,
      reply,
      (ctx) =>
        spec.page(ctx, {
          planId: plan.planId,
          document: plan.document,
          edition,
          values,
          errors,
          action: spec.action,
          title: spec.title(ctx),
        }),
      400,
    );
  const form = parseForm(spec.schema, request.body, lang);
  if (!form.ok) return refuse(form.errors, form.values);
  const values = Object.fromEntries(
    Object.entries(request.body as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[0] !== "_csrf",
    ),
  );
  const prepared = spec.prepare(plan.document, form.data, values);
  const translateAll = (
    p: Record<string, string | { code: string; params?: Record<string, string> }>,
  ) =>
    Object.fromEntries(
      Object.entries(p).map(([field, m]) => [
        field,
        typeof m === "string" ? translate(m, {}, lang) : translate(m.code, m.params ?? {}, lang),
      ]),
    );
  if (Object.keys(prepared.problems).length) return refuse(translateAll(prepared.problems), values);
  const outcome = await editPlan(deps.store, currentUser(request), {
    planId: plan.planId,
    expectedEdition: edition,
    edit: prepared.edit,
    record: prepared.record,
  });
  if (!outcome.ok) {
    const errors = translateAll(outcome.problems);
    if (outcome.diagnostics.length) {
      errors._form = outcome.diagnostics.map((d) => formatDiagnostic(d, lang)).join("; ");
    }
    return refuse(errors, values);
  }
  setFlash(reply, {
    kind: "success",
    text:
      outcome.status === "unchanged"
        ? translate("plan.edit.unchanged", {}, lang)
        : translate("plan.edit.saved", { edition: String(outcome.edition) }, lang),
  });
  return redirectAfterPost(reply, prepared.next);
}
