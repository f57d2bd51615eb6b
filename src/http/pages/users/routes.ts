/** `/utenti`: the system administrator's list of accounts, new accounts, password resets, disabling. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { ROLES, type Role } from "../../../domain/authorization.ts";
import { translate } from "../../../i18n/index.ts";
import {
  type AdministrationUnits,
  administrationUnits,
  createWithPassword,
  listUsers,
  resetPassword,
  setActive,
} from "../../../services/accounts/user-admin.ts";
import { AppError } from "../../../services/errors.ts";
import type { FieldErrors } from "../../../views/components/forms.ts";
import { newUserPage, unitChoice, usersPage } from "../../../views/pages/users/users.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { parseForm, requiredText } from "../../forms.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";

const NewUserForm = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{2,64}$/i, "users.badUsername"),
  displayName: requiredText(200),
  role: z.enum(ROLES, { message: "users.badRole" }),
  administration: z.string().optional(),
  unit: z.string().optional(),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === "" || z.email().safeParse(v).success, "users.badEmail")
    .optional(),
});

const ActiveForm = z.object({ active: z.enum(["0", "1"]) });

interface Placement {
  administrationId: number | null;
  unitKey: string | null;
}

/** Where the new user sits: an administration (none for a system administrator) and, for a head, a unit of it. */
function placement(
  role: Role,
  values: Record<string, string>,
  administrations: AdministrationUnits[],
  lang: FastifyRequest["lang"],
): { placement: Placement } | { errors: FieldErrors } {
  if (role === "admin") return { placement: { administrationId: null, unitKey: null } };
  const administrationId = Number(values.administration);
  const administration = administrations.find((a) => a.administrationId === administrationId);
  const errors: FieldErrors = {};
  if (!administration) errors.administration = translate("users.administrationNeeded", {}, lang);
  const unit = administration?.units.find(
    (u) => unitChoice(administrationId, u.key) === values.unit,
  );
  if (role === "head" && !unit) errors.unit = translate("users.headNeedsUnit", {}, lang);
  if (Object.keys(errors).length > 0) return { errors };
  return { placement: { administrationId, unitKey: role === "head" ? (unit?.key ?? null) : null } };
}

function userIdParam(request: FastifyRequest): number {
  const raw = (request.params as { userId?: string }).userId ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw new AppError("not_found", "users.notFound", { id: raw });
  return Number(raw);
}

export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const manage = { config: { access: "user.manage" as const } };

  app.get("/utenti", manage, async (request, reply) => {
    const users = await listUsers(db, currentUser(request));
    return sendPage(request, reply, (ctx) => usersPage(ctx, users));
  });

  app.get("/utenti/nuovo", manage, async (request, reply) => {
    const administrations = await administrationUnits(db, currentUser(request));
    return sendPage(request, reply, (ctx) => newUserPage(ctx, { administrations }));
  });

  app.post("/utenti/nuovo", manage, async (request, reply) => {
    const actor = currentUser(request);
    const administrations = await administrationUnits(db, actor);
    const form = parseForm(NewUserForm, request.body, request.lang);
    const values = form.ok ? (request.body as Record<string, string>) : form.values;
    const placed = form.ok
      ? placement(form.data.role, values, administrations, request.lang)
      : null;
    let errors: FieldErrors = form.ok ? {} : form.errors;
    if (placed && "errors" in placed) errors = placed.errors;
    if (form.ok && placed && "placement" in placed) {
      try {
        const password = await createWithPassword(
          deps.store,
          {
            username: form.data.username,
            displayName: form.data.displayName,
            role: form.data.role,
            email: form.data.email || null,
            ...placed.placement,
          },
          deps.now(),
        );
        setFlash(reply, {
          kind: "success",
          text: translate(
            "users.created",
            { username: form.data.username, password },
            request.lang,
          ),
        });
        return redirectAfterPost(reply, "/utenti");
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "conflict") throw error;
        errors = { username: translate(error.messageCode, error.params, request.lang) };
      }
    }
    return sendPage(
      request,
      reply,
      (ctx) => newUserPage(ctx, { administrations, values, errors }),
      400,
    );
  });

  app.post("/utenti/:userId/password", manage, async (request, reply) => {
    const reset = await resetPassword(db, currentUser(request), userIdParam(request), deps.now());
    setFlash(reply, {
      kind: "success",
      text: translate("users.passwordReset", reset, request.lang),
    });
    return redirectAfterPost(reply, "/utenti");
  });

  app.post("/utenti/:userId/stato", manage, async (request, reply) => {
    const userId = userIdParam(request);
    const form = parseForm(ActiveForm, request.body, request.lang);
    if (!form.ok) throw new AppError("invalid_input", "users.badState");
    const active = form.data.active === "1";
    const username = await setActive(db, currentUser(request), userId, active);
    const text = translate(active ? "users.enabled" : "users.disabled", { username }, request.lang);
    setFlash(reply, { kind: "success", text });
    return redirectAfterPost(reply, "/utenti");
  });
}
