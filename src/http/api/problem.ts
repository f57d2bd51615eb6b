/**
 * Errors of the API as `application/problem+json` (RFC 9457): a type, a
 * title, the status, a detail a person understands, the request's path, and
 * for invalid input one entry per field (`errors`).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { formatDiagnostic, type Lang, translate } from "../../i18n/index.ts";
import { AppError } from "../../services/errors.ts";
import { NotSignedIn } from "../access.ts";
import { MAX_UPLOAD_MB, STATUS } from "../errors.ts";

/** Problem types are documented on the API reference page (a URI reference, RFC 9457 §3.1.1). */
export const PROBLEM_TYPE_BASE = "/api/v1/docs#problema-";

export interface FieldProblem {
  /** Where: "query.pageSize", "body.indicators.0.kind", "params.planId". */
  field: string;
  message: string;
}

export const FieldProblemSchema = z
  .object({
    field: z.string().describe("Where the problem is: query.x, params.x, body.path.to.field"),
    message: z.string(),
  })
  .meta({ id: "FieldProblem" });

export const ProblemSchema = z
  .object({
    type: z.string().describe("A URI naming the kind of problem"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(FieldProblemSchema).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export type Problem = z.infer<typeof ProblemSchema>;

/** A request the API refused before its handler ran: fields that did not validate. */
export class ApiInputError extends Error {
  constructor(readonly errors: FieldProblem[]) {
    super("invalid input");
  }
}

/** A problem an operation answers with on purpose: its status, what happened, and by field. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(detail);
  }
}

/** The request's language for API messages: Accept-Language en, else Italian. */
export function apiLang(request: FastifyRequest): Lang {
  const header = request.headers["accept-language"];
  return typeof header === "string" && /^en\b/i.test(header.trim()) ? "en" : "it";
}

/** The kind of problem of each status: the last part of its `type`, an anchor of the reference page. */
export const PROBLEM_KINDS: Record<number, string> = {
  400: "dati-non-validi",
  401: "autenticazione-richiesta",
  403: "non-consentito",
  404: "non-trovato",
  405: "metodo-non-consentito",
  406: "formato-non-disponibile",
  409: "conflitto",
  413: "troppo-grande",
  415: "tipo-non-supportato",
  429: "troppe-richieste",
  500: "errore-interno",
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  errors?: FieldProblem[],
): FastifyReply {
  const lang = apiLang(request);
  const problem: Problem = {
    type: `${PROBLEM_TYPE_BASE}${PROBLEM_KINDS[status] ?? "errore"}`,
    title: translate(`api.problem.${status in PROBLEM_KINDS ? status : 500}`, {}, lang),
    status,
    detail,
    instance: request.url.split("?")[0] ?? request.url,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  if (status === 401) reply.header("www-authenticate", 'Bearer realm="piao"');
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .type("application/problem+json; charset=utf-8")
    .send(JSON.stringify(problem));
}

/** Field entries of zod issues, under `where` (query, params, body). */
export function zodProblems(where: string, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}

/** An AppError of a service as a problem: its message, its diagnostics as fields. */
export function sendAppErrorProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
): FastifyReply {
  const lang = apiLang(request);
  const errors = [
    ...error.diagnostics.map((d) => ({
      field: d.field ? `body.${d.field}` : d.line !== null ? `body (riga ${d.line})` : "body",
      message: formatDiagnostic(d, lang),
    })),
    ...error.changes.map((c) => ({
      field: `body.${c.field}`,
      message: translate("api.changedBySomeoneElse", { current: JSON.stringify(c.current) }, lang),
    })),
  ];
  return sendProblem(
    request,
    reply,
    STATUS[error.code],
    translate(error.messageCode, error.params, lang),
    errors,
  );
}

/** Whether the request is to the API (answers are problems, not pages). */
export function isApi(request: FastifyRequest): boolean {
  return request.url === "/api" || request.url.startsWith("/api/");
}

/** Every error of an API request as a problem. */
export function apiError(
  request: FastifyRequest,
  reply: FastifyReply,
  error: FastifyError | Error,
): FastifyReply {
  const lang = apiLang(request);
  if (error instanceof ApiInputError) {
    return sendProblem(request, reply, 400, translate("api.invalidInput", {}, lang), error.errors);
  }
  if (error instanceof ApiProblem) {
    return sendProblem(request, reply, error.status, error.detail, error.errors);
  }
  if (error instanceof NotSignedIn) {
    return sendProblem(request, reply, 401, translate("api.tokenRequired", {}, lang));
  }
  if (error instanceof AppError) return sendAppErrorProblem(request, reply, error);
  const fastifyError = error as FastifyError;
  const code = fastifyError.code ?? "";
  const status = fastifyError.statusCode ?? 500;
  if (status === 413 || code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return sendProblem(
      request,
      reply,
      413,
      translate("error.tooLarge", { max: MAX_UPLOAD_MB }, lang),
    );
  }
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return sendProblem(request, reply, 415, translate("api.unsupportedType", {}, lang));
  }
  if (status === 429) return sendProblem(request, reply, 429, translate("api.tooMany", {}, lang));
  if (status >= 400 && status < 500) {
    // Malformed JSON and the like: Fastify's message says where.
    return sendProblem(
      request,
      reply,
      400,
      translate("api.badRequest", { message: error.message }, lang),
      [{ field: "body", message: error.message }],
    );
  }
  request.log.error({ err: error }, "unexpected API error");
  return sendProblem(request, reply, 500, translate("error.internal", { id: request.id }, lang));
}
