/**
 * The one path every plan form takes when posted: the plan in scope for
 * "plan.edit", a stale form refused (409), the fields checked (400, typed
 * values kept, nothing written), the edit stored as a new edition, then a
 * redirect with a flash message.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ZodType } from "zod";
import type { PlanDocument } from "../../../domain/plan.ts";
import { formatDiagnostic, type Lang, translate } from "../../../i18n/index.ts";
import { editPlan, type RecordEdit, staleEdition } from "../../../services/plan-editing.ts";
import type { FieldErrors } from "../../../views/components/forms.ts";
import type { PageOptions } from "../../../views/layout.ts";
import type { PageContext } from "../../../views/page-context.ts";
import type { FormState } from "../../../views/pages/plan/forms.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, parseForm } from "../../forms.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";
import { formEdition } from "./plan-forms.ts";

export interface PreparedEdit extends RecordEdit {
  /** Message codes by field, found before the plan rules run (a value that does not parse). */
  problems: Record<string, string>;
  /** Where to go once saved. */
  next: string;
}

export interface EditSpec<T> {
  schema: ZodType<T>;
  /** The form page, with the values typed and the messages beside the fields. */
  page: (ctx: PageContext, state: FormState) => PageOptions;
  action: string;
  title: (ctx: PageContext) => string;
  /** Fields shown read-only (an existing record's code). */
  locked?: string[];
  prepare: (doc: PlanDocument, data: T, values: Record<string, string>) => PreparedEdit;
}

type FormSpec = Pick<EditSpec<unknown>, "page" | "action" | "title" | "locked">;
type ScopedPlan = Awaited<ReturnType<typeof planInScope>>;

function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  spec: FormSpec,
  plan: ScopedPlan,
  state: { edition: number; values: Record<string, string>; errors: FieldErrors },
  status = 200,
): FastifyReply {
  return sendPage(
    request,
    reply,
    (ctx) =>
      spec.page(ctx, {
        planId: plan.planId,
        document: plan.document,
        ...state,
        action: spec.action,
        title: spec.title(ctx),
        locked: spec.locked ?? [],
      }),
    status,
  );
}

/** Problems (message codes, or codes with parameters) as messages in the user's language. */
function messages(
  problems: Record<string, string | { code: string; params?: Record<string, string> }>,
  lang: Lang,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(problems).map(([field, m]) => [
      field,
      typeof m === "string" ? translate(m, {}, lang) : translate(m.code, m.params ?? {}, lang),
    ]),
  );
}

/** Shows a plan form with the record's values (empty for a new one). */
export async function showPlanForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  spec: FormSpec,
  values: (doc: PlanDocument) => Record<string, string>,
): Promise<FastifyReply> {
  const plan = await planInScope(request, deps.store.db, planIdParam(request), "plan.edit");
  const edition = plan.summary.editionNumber ?? 0;
  return renderForm(request, reply, spec, plan, {
    edition,
    values: values(plan.document),
    errors: {},
  });
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
  const values = formValues(request.body);
  const refuse = (errors: FieldErrors) =>
    renderForm(request, reply, spec as FormSpec, plan, { edition, values, errors }, 400);
  const form = parseForm(spec.schema, request.body, lang);
  if (!form.ok) return refuse(form.errors);
  const prepared = spec.prepare(plan.document, form.data, values);
  if (Object.keys(prepared.problems).length) return refuse(messages(prepared.problems, lang));
  const outcome = await editPlan(deps.store, currentUser(request), {
    planId: plan.planId,
    expectedEdition: edition,
    edit: prepared.edit,
    record: prepared.record,
    now: deps.now,
  });
  if (!outcome.ok) {
    const errors = messages(outcome.problems, lang);
    if (outcome.diagnostics.length) {
      errors._form = outcome.diagnostics.map((d) => formatDiagnostic(d, lang)).join("; ");
    }
    return refuse(errors);
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
