/**
 * An API operation declared once: its address, who may call it, the zod
 * schemas of its parameters, query, body and answer. The same schemas
 * validate every request (a failure is a 400 problem with one entry per
 * field) and make the OpenAPI 3.1 document (openapi.ts), so the document
 * cannot drift from what the server accepts.
 */
import type { RateLimitOptions } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Access } from "../access.ts";
import { ApiInputError, apiLang, zodProblems } from "./problem.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of operations of any schema.
type AnyZod = z.ZodType<any, any>;

export interface ApiOperation<
  P extends AnyZod = AnyZod,
  Q extends AnyZod = AnyZod,
  B extends AnyZod = AnyZod,
  R extends AnyZod = AnyZod,
> {
  method: HttpMethod;
  /** Fastify style: "/api/v1/plans/:planId". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** "public" for reads of published data; an Action for writes (API token of a role that may). */
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** The answer's schema; `status` (200 unless said) is its status. */
  response: R;
  status?: number;
  /** Other statuses of the same answer (a write that created or only changed a record), chosen by `statusOf`. */
  otherStatuses?: number[];
  statusOf?: (result: z.input<R>) => number;
  /** Requests allowed per client and time window (writes: per API token). */
  rateLimit?: RateLimitOptions;
  /** Answer content type; JSON unless said (the OpenAPI document itself, files). */
  responseType?: string;
  /** Problem statuses the operation may answer with, documented beside 400/401/403/404/500. */
  problems?: number[];
  /** GETs answer with ETag/Last-Modified and 304 (the handler's answer is kept by generation). */
  cached?: boolean;
  handler: (
    input: ApiInput<z.output<P>, z.output<Q>, z.output<B>>,
  ) => Promise<z.input<R>> | z.input<R>;
}

/** Every operation registered, per app: what the OpenAPI document lists. */
export const apiOperations = new WeakMap<FastifyInstance, ApiOperation[]>();

function parsePart<T extends AnyZod | undefined>(where: string, schema: T, value: unknown) {
  if (!schema) return { ok: true as const, value: undefined };
  const parsed = schema.safeParse(value ?? {});
  return parsed.success
    ? { ok: true as const, value: parsed.data }
    : { ok: false as const, errors: zodProblems(where, parsed.error) };
}

/**
 * Registers an operation. `send` answers: the default sends the handler's
 * result as JSON with the operation's status; cached reads go through the
 * public cache (see api/index.ts).
 */
export function apiRoute<P extends AnyZod, Q extends AnyZod, B extends AnyZod, R extends AnyZod>(
  app: FastifyInstance,
  operation: ApiOperation<P, Q, B, R>,
  send?: (request: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>) => unknown,
): void {
  const list = apiOperations.get(app) ?? [];
  apiOperations.set(app, list);
  list.push(operation as unknown as ApiOperation);
  app.route({
    method: operation.method,
    url: operation.path,
    config: {
      access: operation.access,
      ...(operation.rateLimit ? { rateLimit: operation.rateLimit } : {}),
    },
    handler: async (request, reply) => {
      // Zod's messages in the caller's language, as forms do (parsing is synchronous).
      z.config(apiLang(request) === "it" ? z.locales.it() : z.locales.en());
      const params = parsePart("params", operation.params, request.params);
      const query = parsePart("query", operation.query, request.query);
      const body = parsePart("body", operation.body, request.body);
      const errors = [params, query, body].flatMap((p) => (p.ok ? [] : p.errors));
      if (errors.length > 0) throw new ApiInputError(errors);
      const run = async () =>
        operation.handler({
          params: params.value as z.output<P>,
          query: query.value as z.output<Q>,
          body: body.value as z.output<B>,
          request,
          reply,
        });
      if (send) return send(request, reply, run);
      const result = await run();
      if (reply.sent) return reply;
      return reply
        .status(operation.statusOf?.(result) ?? operation.status ?? 200)
        .header("cache-control", "no-store")
        .type(operation.responseType ?? "application/json; charset=utf-8")
        .send(typeof result === "string" ? result : JSON.stringify(result));
    },
  });
}
