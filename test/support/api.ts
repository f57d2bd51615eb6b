/**
 * The API as its clients see it, checked against its own OpenAPI document:
 * every test of the API calls it through `ApiClient`, which loads
 * /api/v1/openapi.json once into Ajv (JSON Schema 2020-12, as OpenAPI 3.1
 * uses it) and validates every answer it gets — the status is one the
 * operation documents, the content type is documented for that status, the
 * body matches its schema. So every response of the suite is validated
 * against the document, and the document cannot promise what the server
 * does not do.
 *
 * Each API test file owns operations (OWNERS) and checks at its end that it
 * exercised all of them (`expectOwnedExercised`); the document test checks
 * that every operation has an owner, so every operation is exercised.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Actor } from "../../src/domain/authorization.ts";
import { createApiToken, type TokenRole } from "../../src/services/api-tokens.ts";
import type { Store } from "../../src/store/database.ts";

type Json = Record<string, unknown>;
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Which test file exercises which operations. */
export const OWNERS: Record<string, string[]> = {
  "api-read": [
    "listAdministrations",
    "getAdministration",
    "listPlans",
    "getPlan",
    "listObjectives",
    "getObjective",
    "listIndicators",
    "listAchievements",
  ],
  "api-write": [
    "importPlan",
    "createObjective",
    "updateObjective",
    "createIndicator",
    "updateIndicator",
    "putMeasurement",
  ],
  comparison: ["compareAdministrations"],
  "workflow-api": ["getWorkflow", "moveWorkflow"],
  "api-section-records": [
    "PublicValue",
    "Procedures",
    "Risk",
    "Organisation",
    "AgileWork",
    "Staffing",
  ].flatMap((g) => [`get${g}Records`, `put${g}Records`, `getPublished${g}Records`]),
  "measure-monitoring-api": ["listCampaignMeasures", "putMeasureStatus"],
};

/** Addresses under /api/ that are not operations: the document itself and its reference page. */
export const NOT_OPERATIONS = ["/api/v1/openapi.json", "/api/v1/docs"];

interface Operation {
  id: string;
  method: Method;
  template: string;
  pattern: RegExp;
  responses: Record<string, Json>;
  pointer: string;
}

export interface ApiDocument {
  raw: Json;
  base: string;
  operations: Operation[];
  validator(pointer: string): ValidateFunction;
}

const pointerPart = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const DOC_ID = "urn:piao:openapi";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;

function load(raw: Json): ApiDocument {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(raw, DOC_ID);
  const compiled = new Map<string, ValidateFunction>();
  const servers = raw.servers as { url: string }[];
  const base = new URL(servers[0]?.url ?? "http://x/").pathname.replace(/\/$/, "");
  const paths = raw.paths as Record<string, Record<string, Json>>;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      const segments = template
        .split("/")
        .map((s) => (/^\{\w+\}$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      operations.push({
        id: String(op.operationId),
        method: method.toUpperCase() as Method,
        template,
        pattern: new RegExp(`^${segments.join("/")}$`),
        responses: op.responses as Record<string, Json>,
        pointer: `#/paths/${pointerPart(template)}/${method}`,
      });
    }
  }
  return {
    raw,
    base,
    operations,
    validator(pointer) {
      const known = compiled.get(pointer);
      if (known) return known;
      const v = ajv.compile({ $ref: `${DOC_ID}${pointer}` });
      compiled.set(pointer, v);
      return v;
    },
  };
}

let documentPromise: Promise<ApiDocument> | null = null;

/** The OpenAPI document the app serves, loaded once per test file. */
export function apiDocument(app: FastifyInstance): Promise<ApiDocument> {
  documentPromise ??= app.inject({ url: "/api/v1/openapi.json" }).then((res) => {
    expect(res.statusCode).toBe(200);
    return load(JSON.parse(res.body) as Json);
  });
  return documentPromise;
}

/** Operations this file's calls reached, by operationId. */
const exercised = new Set<string>();

export interface ApiCall {
  method?: Method;
  url: string;
  /** The API token (a secret "piao_…"), sent as Authorization: Bearer. */
  token?: string | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (malformed JSON, another content type). */
  raw?: string;
  headers?: Record<string, string>;
}

export interface ApiAnswer {
  status: number;
  headers: LightMyRequestResponse["headers"];
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: answers are read field by field in tests.
  json: any;
  /** The documented operation that answered, or null for an address the document has not. */
  operationId: string | null;
}

/** Every operation of the document matching the request's method and address. */
function operationOf(doc: ApiDocument, method: string, url: string): Operation | null {
  const path = (url.split("?")[0] ?? "").replace(doc.base, "") || "/";
  if (!url.startsWith(`${doc.base}/`)) return null;
  return doc.operations.find((o) => o.method === method && o.pattern.test(path)) ?? null;
}

function check(doc: ApiDocument, op: Operation, res: LightMyRequestResponse, call: string): void {
  const status = String(res.statusCode);
  const response = op.responses[status] ?? op.responses.default;
  expect(response, `${call}: status ${status} is not documented for ${op.id}`).toBeDefined();
  const content = (response?.content ?? {}) as Record<string, Json>;
  const types = Object.keys(content);
  if (types.length === 0) {
    expect(res.body, `${call}: ${status} documents no body`).toBe("");
    return;
  }
  const type =
    String(res.headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim() ?? "";
  expect(types, `${call}: content type ${type} is not documented for ${status}`).toContain(type);
  const pointer = `${op.pointer}/responses/${status}/content/${pointerPart(type)}/schema`;
  const validate = doc.validator(pointer);
  const body = JSON.parse(res.body) as unknown;
  const valid = validate(body);
  expect(
    valid ? [] : validate.errors?.slice(0, 5),
    `${call}: the ${status} body does not match the schema of ${op.id}`,
  ).toEqual([]);
}

/** Calls the API and validates the answer against the OpenAPI document. */
export class ApiClient {
  constructor(readonly app: FastifyInstance) {}

  async call(c: ApiCall): Promise<ApiAnswer> {
    const method = c.method ?? "GET";
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (c.token) headers.authorization = `Bearer ${c.token}`;
    let payload: string | undefined;
    if (c.raw !== undefined) {
      payload = c.raw;
      headers["content-type"] ??= "application/json";
    } else if (c.body !== undefined) {
      payload = JSON.stringify(c.body);
      headers["content-type"] ??= "application/json";
    }
    const res = await this.app.inject({
      method,
      url: c.url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    const doc = await apiDocument(this.app);
    const op = operationOf(doc, method, c.url);
    const label = `${method} ${c.url}`;
    if (op) {
      exercised.add(op.id);
      check(doc, op, res, label);
    } else if (!NOT_OPERATIONS.includes(c.url.split("?")[0] ?? "")) {
      // An address the document has not: only a problem may answer there.
      expect([404, 405], `${label}: not in the document`).toContain(res.statusCode);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    const type = String(res.headers["content-type"] ?? "");
    return {
      status: res.statusCode,
      headers: res.headers,
      text: res.body,
      json: /json/.test(type) && res.body ? JSON.parse(res.body) : undefined,
      operationId: op?.id ?? null,
    };
  }

  get(url: string, options: Omit<ApiCall, "url" | "method" | "body"> = {}) {
    return this.call({ ...options, url });
  }

  post(url: string, body: unknown, options: Omit<ApiCall, "url" | "method" | "body"> = {}) {
    return this.call({ ...options, method: "POST", url, body });
  }

  put(url: string, body: unknown, options: Omit<ApiCall, "url" | "method" | "body"> = {}) {
    return this.call({ ...options, method: "PUT", url, body });
  }
}

/** At the end of a file: it exercised every operation it owns. */
export function expectOwnedExercised(owner: keyof typeof OWNERS): void {
  const missing = (OWNERS[owner] ?? []).filter((id) => !exercised.has(id));
  expect(missing, `operations of ${owner} no test called`).toEqual([]);
}

/** Asserts the answer is a problem (RFC 9457) of this status, with these fields in `errors`. */
export function expectProblem(res: ApiAnswer, status: number, fields?: string[]): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.json).toMatchObject({
    status,
    type: expect.stringContaining("/api/v1/docs#problema-"),
  });
  if (fields) {
    const seen = ((res.json.errors ?? []) as { field: string }[]).map((e) => e.field);
    for (const f of fields) expect(seen, `problem fields of ${res.text}`).toContain(f);
  }
}

/** A system administrator, for making tokens in a suite's preparation. */
export const SYSADMIN: Actor = {
  username: "sysadmin",
  role: "admin",
  administrationId: null,
  unitKey: null,
};

/** A new API token's secret. */
export async function makeToken(
  store: Store,
  administrationId: number,
  name: string,
  role: TokenRole,
  unit?: string,
): Promise<string> {
  const made = await createApiToken(store, SYSADMIN, {
    administrationId,
    name,
    role,
    ...(unit ? { unit } : {}),
  });
  return made.secret;
}
