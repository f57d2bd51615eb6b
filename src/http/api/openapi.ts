/**
 * The OpenAPI 3.1 document, made from the operations' own zod schemas
 * (route.ts): JSON Schema 2020-12 as OpenAPI 3.1 uses it; named schemas
 * (`.meta({ id })`) become components, referenced from every operation.
 */
import { z } from "zod";
import type { Access } from "../access.ts";
import { ProblemSchema } from "./problem.ts";
import type { ApiOperation } from "./route.ts";

type Json = Record<string, unknown>;

export const API_VERSION = "1.0.0";

/** Converts a schema, hoisting its named parts into `components`. */
function jsonSchema(schema: z.ZodType, io: "input" | "output", components: Json): Json {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as Json;
  const { $schema: _s, $defs, ...rest } = converted;
  const defs = ($defs ?? {}) as Json;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      const out: Json = {};
      for (const [k, v] of Object.entries(value)) {
        out[k] =
          k === "$ref" && typeof v === "string"
            ? v.replace("#/$defs/", "#/components/schemas/")
            : rewrite(v);
      }
      return out;
    }
    return value;
  };
  for (const [name, def] of Object.entries(defs)) components[name] = rewrite(def);
  return rewrite(rest) as Json;
}

function parameters(
  where: "path" | "query",
  schema: z.ZodType | undefined,
  components: Json,
): Json[] {
  if (!schema) return [];
  const converted = jsonSchema(schema, "input", components);
  const props = (converted.properties ?? {}) as Record<string, Json>;
  const required = new Set((converted.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: `errors` lists each field",
  401: "An API token is required (Authorization: Bearer …), or the one given is unknown, revoked or expired",
  403: "The token's role or administration may not do this",
  404: "Not found, or not published",
  409: "Conflict: the record changed meanwhile",
  413: "Body too large",
  415: "Unsupported content type",
  429: "Too many requests for this token: retry later",
};

function isWrite(access: Access): boolean {
  return access !== "public";
}

export function buildOpenApi(operations: readonly ApiOperation[], serverUrl: string): Json {
  const components: Json = {};
  const problem = jsonSchema(ProblemSchema, "output", components);
  const paths: Record<string, Json> = {};
  // Paths are relative to the server's address, which ends in the API's prefix.
  const base = new URL(serverUrl).pathname.replace(/\/$/, "");
  for (const op of operations) {
    const relative = base && op.path.startsWith(base) ? op.path.slice(base.length) : op.path;
    const path = relative.replace(/:(\w+)/g, "{$1}");
    const success: Json = {
      description: op.summary,
      content: {
        [(op.responseType ?? "application/json").split(";")[0] as string]: {
          schema: jsonSchema(op.response, "output", components),
        },
      },
      ...(op.cached
        ? {
            headers: {
              ETag: { schema: { type: "string" } },
              "Last-Modified": { schema: { type: "string" } },
            },
          }
        : {}),
    };
    const responses: Json = {};
    for (const status of [op.status ?? 200, ...(op.otherStatuses ?? [])].sort()) {
      responses[String(status)] = success;
    }
    if (op.cached) responses["304"] = { description: "Not modified since the given ETag/date" };
    const statuses = new Set([
      400,
      // A token that is unknown, revoked or expired is refused whatever the operation (tokens.ts).
      401,
      404,
      ...(isWrite(op.access) ? [403] : []),
      ...(op.problems ?? []),
    ]);
    for (const status of [...statuses].sort()) {
      responses[String(status)] = {
        description: PROBLEM_DESCRIPTIONS[status] ?? "Problem",
        content: { "application/problem+json": { schema: problem } },
      };
    }
    const operation: Json = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: op.tags,
      // Who may call it: "public", or the Action of src/domain/authorization.ts a token's role needs.
      "x-piao-access": op.access,
      parameters: [
        ...parameters("path", op.params, components),
        ...parameters("query", op.query, components),
      ],
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: jsonSchema(op.body, "input", components) },
              },
            },
          }
        : {}),
      responses,
      ...(isWrite(op.access) ? { security: [{ bearerAuth: [] }] } : { security: [] }),
    };
    paths[path] = { ...(paths[path] ?? {}), [op.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "PIAO API",
      version: API_VERSION,
      description:
        "Published PIAO plans, their objectives, indicators, targets, measurements and achievements (read, open to all); plans, objectives, indicators and measurements (write, with an API token of the administration).",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API token created by the administration's administrator",
        },
      },
    },
  };
}
