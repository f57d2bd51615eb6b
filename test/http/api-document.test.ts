/**
 * The OpenAPI document and its reference page: the document is valid OpenAPI
 * 3.1; it lists every /api/ route the app registers and nothing else; every
 * operation is owned by an API test file, which checks it exercised it
 * (support/api.ts), so every operation is called by a test; the page
 * /api/v1/docs shows every operation, every kind of problem at the anchor its
 * `type` points to, and examples that match the operations' schemas.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { declaredAccess } from "../../src/http/access.ts";
import { BODY_EXAMPLES, PARAM_EXAMPLES } from "../../src/http/api/docs-examples.ts";
import { PROBLEM_KINDS, PROBLEM_TYPE_BASE } from "../../src/http/api/problem.ts";
import { apiDocument, NOT_OPERATIONS, OWNERS } from "../support/api.ts";
import { describeEachEngine } from "../support/engines.ts";
import { pageText, testApp } from "../support/web.ts";

describeEachEngine("API: the OpenAPI document and the reference page", (engine) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const created = await engine.create();
    dispose = created.dispose;
    app = await testApp(created.store);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = await apiDocument(app);
    expect(doc.raw.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc.raw);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every /api/ route the app registers, and only those", async () => {
    const doc = await apiDocument(app);
    const registered = [...(declaredAccess.get(app)?.keys() ?? [])]
      .map((key) => key.split(" ") as [string, string])
      .filter(([, url]) => url.startsWith("/api/") && !NOT_OPERATIONS.includes(url))
      .map(([method, url]) => `${method} ${url.replace(doc.base, "").replace(/:(\w+)/g, "{$1}")}`)
      .sort();
    const documented = doc.operations.map((o) => `${o.method} ${o.template}`).sort();
    expect(documented).toEqual(registered);
  });

  it("has a test file answering for every operation", async () => {
    const doc = await apiDocument(app);
    const owned = new Set(Object.values(OWNERS).flat());
    expect(doc.operations.map((o) => o.id).filter((id) => !owned.has(id))).toEqual([]);
    const ids = doc.operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows every operation, its access, the problems at their anchors, without script", async () => {
    const doc = await apiDocument(app);
    const res = await app.inject({ url: "/api/v1/docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).not.toMatch(/<script/i);
    for (const op of doc.operations) {
      expect(res.body).toContain(`id="op-${op.id}"`);
      expect(res.body).toContain(`<code>${op.template}</code>`);
    }
    expect(PROBLEM_TYPE_BASE).toBe("/api/v1/docs#problema-");
    for (const kind of Object.values(PROBLEM_KINDS)) {
      expect(res.body).toContain(`id="problema-${kind}"`);
    }
    for (const name of Object.keys((doc.raw.components as { schemas: object }).schemas)) {
      expect(res.body).toContain(`id="schema-${name}"`);
    }
    const text = pageText(res.body);
    expect(text).toContain("Authorization: Bearer piao_…");
    expect(text).toContain("curl -X PUT");
    expect(text).toContain("token API con ruolo ufficio di pianificazione, dirigente");
    const ids = [...res.body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size).toBe(0);
    const en = await app.inject({ url: "/api/v1/docs", cookies: { piao_lang: "en" } });
    expect(pageText(en.body)).toContain("How to use it");
  });

  it("gives examples that match the operations' own schemas", async () => {
    const doc = await apiDocument(app);
    for (const op of doc.operations) {
      const params = op.template.match(/\{(\w+)\}/g) ?? [];
      for (const p of params) expect(PARAM_EXAMPLES[p.slice(1, -1)], p).toBeDefined();
      const body = BODY_EXAMPLES[op.id];
      const operation = (
        doc.raw.paths as Record<string, Record<string, { requestBody?: unknown }>>
      )[op.template]?.[op.method.toLowerCase()];
      if (!operation?.requestBody) continue;
      expect(body, `example of ${op.id}`).toBeDefined();
      if (typeof body === "string") continue;
      const validate = doc.validator(`${op.pointer}/requestBody/content/application~1json/schema`);
      expect(validate(body) ? [] : validate.errors, op.id).toEqual([]);
    }
  });
});
