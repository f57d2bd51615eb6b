/**
 * The API reference, made from the OpenAPI document itself: every operation
 * with its method, address, who may call it, parameters, request body,
 * answers and a curl example; the kinds of problem (anchors
 * #problema-<kind>, the `type` of every problem); every schema. Plain HTML,
 * no script. Texts of the document are in English: marked so on the Italian page.
 */
import { type Action, ROLES, roleMay } from "../../domain/authorization.ts";
import { dataTable } from "../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../html.ts";
import type { PageOptions } from "../layout.ts";
import type { PageContext } from "../page-context.ts";

type Json = Record<string, unknown>;

export interface ApiDocsModel {
  document: Json;
  /** "/api/v1/docs#problema-" and the kind of each status. */
  problemBase: string;
  problemKinds: Record<number, string>;
  /** Example values: path parameters, query strings and bodies by operation. */
  examples: {
    params: Record<string, string>;
    queries: Record<string, string>;
    bodies: Record<string, unknown>;
  };
  writesPerMinute: number;
}

interface Operation {
  method: string;
  path: string;
  op: Json;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function operations(document: Json): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Json>;
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m, path, op: item[m] as Json })),
  );
}

/** A text of the document (English) on a page that may be Italian. */
function english(ctx: PageContext, text: unknown): HtmlValue {
  if (typeof text !== "string" || text === "") return "";
  return ctx.lang === "en" ? text : html`<span lang="en">${text}</span>`;
}

/** The catalog's words for `code` in the page's language, else the document's English. */
function translatedOr(ctx: PageContext, code: string, fallback: unknown): HtmlValue {
  const translated = ctx.t(code);
  return translated.startsWith(code) ? english(ctx, fallback) : translated;
}

const summaryOf = (ctx: PageContext, op: Json) =>
  translatedOr(ctx, `apiDocs.op.${String(op.operationId)}`, op.summary);
const tagLabel = (ctx: PageContext, tag: string) => translatedOr(ctx, `apiDocs.tag.${tag}`, tag);

const schemaAnchor = (name: string) => `schema-${name}`;

function refName(ref: string): string {
  return ref.split("/").pop() ?? ref;
}

/** A schema's type as a reader wants it: a link to a named schema, "array of …", "a | b". */
function typeOf(ctx: PageContext, schema: unknown): SafeHtml {
  const s = (schema ?? {}) as Json;
  if (typeof s.$ref === "string") {
    const name = refName(s.$ref);
    return html`<a href="#${schemaAnchor(name)}">${name}</a>`;
  }
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(variants)) {
    return html`${variants.map((v, i) => html`${i > 0 ? " | " : ""}${typeOf(ctx, v)}`)}`;
  }
  if (s.const !== undefined) return html`<code>${JSON.stringify(s.const)}</code>`;
  if (Array.isArray(s.enum)) {
    return html`${s.enum.map((v, i) => html`${i > 0 ? " | " : ""}<code>${JSON.stringify(v)}</code>`)}`;
  }
  const type = Array.isArray(s.type) ? s.type.join(" | ") : String(s.type ?? ctx.t("apiDocs.any"));
  if (type === "array") return html`${ctx.t("apiDocs.arrayOf")} ${typeOf(ctx, s.items)}`;
  const format = typeof s.format === "string" ? ` (${s.format})` : "";
  if (type === "object" && s.properties) {
    return html`${ctx.t("apiDocs.object")}${propertyList(ctx, s)}`;
  }
  return html`<code>${type}${format}</code>`;
}

/** The properties of an object schema as a list: name, type, required, description. */
function propertyList(ctx: PageContext, s: Json): SafeHtml {
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  return html`<ul class="mb-0">${Object.entries(props).map(
    ([name, p]) =>
      html`<li><code>${name}</code>${required.has(name) ? "" : html` <em>(${ctx.t("apiDocs.optional")})</em>`}: ${typeOf(ctx, p)}${
        p.description ? html` — ${english(ctx, p.description)}` : ""
      }</li>`,
  )}</ul>`;
}

function accessText(ctx: PageContext, access: unknown): HtmlValue {
  if (access === "public" || access === undefined) return ctx.t("apiDocs.access.public");
  const roles = ROLES.filter((r) => r !== "admin" && roleMay(r, access as Action)).map((r) =>
    ctx.t(`role.${r}`),
  );
  return html`${ctx.t("apiDocs.access.token", { roles: roles.join(", ") })} (<code>${String(access)}</code>)`;
}

function parametersTable(ctx: PageContext, op: Json): HtmlValue {
  const params = (op.parameters ?? []) as Json[];
  if (params.length === 0) return "";
  return dataTable({
    caption: ctx.t("apiDocs.parameters"),
    head: [
      ctx.t("apiDocs.name"),
      ctx.t("apiDocs.in"),
      ctx.t("apiDocs.required"),
      ctx.t("apiDocs.type"),
      ctx.t("apiDocs.description"),
    ],
    rowHeaders: true,
    rows: params.map((p) => [
      html`<code>${String(p.name)}</code>`,
      ctx.t(`apiDocs.in.${String(p.in)}`),
      ctx.t(p.required ? "apiDocs.yes" : "apiDocs.no"),
      typeOf(ctx, p.schema),
      english(ctx, p.description) || "—",
    ]),
  });
}

function contentOf(value: unknown): [string, Json][] {
  const content = ((value ?? {}) as Json).content as Record<string, Json> | undefined;
  return Object.entries(content ?? {});
}

function requestBody(ctx: PageContext, op: Json): HtmlValue {
  const body = op.requestBody as Json | undefined;
  if (!body) return "";
  return html`<h4 class="h6">${ctx.t("apiDocs.body")}</h4>
<ul>${contentOf(body).map(([type, c]) => html`<li><code>${type}</code>: ${typeOf(ctx, c.schema)}</li>`)}</ul>`;
}

function responsesTable(ctx: PageContext, op: Json): SafeHtml {
  const responses = (op.responses ?? {}) as Record<string, Json>;
  return dataTable({
    caption: ctx.t("apiDocs.responses"),
    head: [ctx.t("apiDocs.status"), ctx.t("apiDocs.description"), ctx.t("apiDocs.content")],
    rowHeaders: true,
    rows: Object.entries(responses).map(([status, r]) => [
      status,
      english(ctx, r.description),
      contentOf(r).length === 0
        ? "—"
        : html`${contentOf(r).map(
            ([type, c], i) =>
              html`${i > 0 ? html`<br>` : ""}<code>${type}</code>: ${typeOf(ctx, c.schema)}`,
          )}`,
    ]),
  });
}

function curl(model: ApiDocsModel, server: string, { method, path, op }: Operation): string {
  const id = String(op.operationId);
  const address = path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => model.examples.params[name] ?? "1",
  );
  const query = model.examples.queries[id];
  const url = `${server}${address}${query ? `?${query}` : ""}`;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} '${url}'`];
  if (op.security && (op.security as unknown[]).length > 0) {
    lines.push(`-H "Authorization: Bearer $PIAO_TOKEN"`);
  }
  const body = model.examples.bodies[id];
  if (body !== undefined) {
    lines.push("-H 'Content-Type: application/json'");
    lines.push(
      typeof body === "string" ? `--data ${body}` : `--data '${JSON.stringify(body, null, 2)}'`,
    );
  }
  return lines.join(" \\\n  ");
}

function operationSection(
  ctx: PageContext,
  model: ApiDocsModel,
  server: string,
  operation: Operation,
): SafeHtml {
  const { method, path, op } = operation;
  const id = String(op.operationId);
  return html`<section class="mb-5" aria-labelledby="op-${id}">
  <h3 class="h5" id="op-${id}"><span class="badge bg-primary me-2">${method.toUpperCase()}</span><code>${path}</code></h3>
  <p class="mb-1">${summaryOf(ctx, op)}</p>
  ${op.description ? html`<p class="small">${english(ctx, op.description)}</p>` : ""}
  <p class="small mb-2"><strong>${ctx.t("apiDocs.access")}:</strong> ${accessText(ctx, op["x-piao-access"])} · <strong>operationId:</strong> <code>${id}</code></p>
  ${parametersTable(ctx, op)}
  ${requestBody(ctx, op)}
  ${responsesTable(ctx, op)}
  <h4 class="h6">${ctx.t("apiDocs.example")}</h4>
  <pre class="bg-light p-2 border" tabindex="0" aria-label="${ctx.t("apiDocs.exampleOf", { id })}"><code>${curl(model, server, operation)}</code></pre>
</section>`;
}

function problemsSection(ctx: PageContext, model: ApiDocsModel): SafeHtml {
  const kinds = Object.entries(model.problemKinds);
  const example = {
    type: `${model.problemBase}${model.problemKinds[400]}`,
    title: ctx.t("api.problem.400"),
    status: 400,
    detail: ctx.t("api.invalidInput"),
    instance: "/api/v1/plans/1/objectives",
    errors: [{ field: "query.pageSize", message: "≤ 200" }],
  };
  return html`<section class="mb-5" aria-labelledby="problemi">
<h2 class="h4" id="problemi">${ctx.t("apiDocs.problems")}</h2>
<p>${ctx.t("apiDocs.problemsIntro")}</p>
<pre class="bg-light p-2 border" tabindex="0" aria-label="${ctx.t("apiDocs.problemExample")}"><code>${JSON.stringify(example, null, 2)}</code></pre>
${[...kinds, ["", "errore"] as [string, string]].map(
  ([
    status,
    kind,
  ]) => html`<h3 class="h6 mt-3" id="problema-${kind}">${status ? `${status} · ` : ""}<code>${kind}</code></h3>
<p>${ctx.t(`apiDocs.problem.${kind}`)}</p>`,
)}
</section>`;
}

function schemasSection(ctx: PageContext, document: Json): SafeHtml {
  const schemas = (((document.components ?? {}) as Json).schemas ?? {}) as Record<string, Json>;
  return html`<section aria-labelledby="schemi">
<h2 class="h4" id="schemi">${ctx.t("apiDocs.schemas")}</h2>
${Object.entries(schemas)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(
    ([name, s]) => html`<h3 class="h6 mt-4" id="${schemaAnchor(name)}"><code>${name}</code></h3>
${s.description ? html`<p class="small">${english(ctx, s.description)}</p>` : ""}
<div>${s.properties ? propertyList(ctx, s) : typeOf(ctx, s)}</div>`,
  )}
</section>`;
}

export function apiDocsPage(ctx: PageContext, model: ApiDocsModel): PageOptions {
  const document = model.document;
  const server = String((document.servers as Json[] | undefined)?.[0]?.url ?? "");
  const info = (document.info ?? {}) as Json;
  const all = operations(document);
  const tags = [...new Set(all.flatMap((o) => (o.op.tags as string[] | undefined) ?? []))];
  const tagAnchor = (tag: string) => `gruppo-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return {
    title: ctx.t("apiDocs.title"),
    lead: ctx.t("apiDocs.lead", { version: String(info.version ?? "") }),
    public: true,
    body: html`<nav aria-labelledby="indice" class="mb-4">
  <h2 class="h4" id="indice">${ctx.t("apiDocs.contents")}</h2>
  <ul>
    <li><a href="#uso">${ctx.t("apiDocs.usage")}</a></li>
    <li><a href="#autenticazione">${ctx.t("apiDocs.authentication")}</a></li>
    ${tags.map(
      (tag) =>
        html`<li><a href="#${tagAnchor(tag)}">${tagLabel(ctx, tag)}</a><ul>${all
          .filter((o) => ((o.op.tags as string[]) ?? []).includes(tag))
          .map(
            (o) =>
              html`<li><a href="#op-${String(o.op.operationId)}"><code>${o.method.toUpperCase()} ${o.path}</code></a></li>`,
          )}</ul></li>`,
    )}
    <li><a href="#problemi">${ctx.t("apiDocs.problems")}</a></li>
    <li><a href="#schemi">${ctx.t("apiDocs.schemas")}</a></li>
  </ul>
</nav>
<section class="mb-5" aria-labelledby="uso">
  <h2 class="h4" id="uso">${ctx.t("apiDocs.usage")}</h2>
  <p>${ctx.t("apiDocs.usage.base")} <code>${server}</code>. ${ctx.t("apiDocs.usage.document")} <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI ${String(document.openapi)}).</p>
  <ul>
    <li>${ctx.t("apiDocs.usage.paging")}</li>
    <li>${ctx.t("apiDocs.usage.cache")}</li>
    <li>${ctx.t("apiDocs.usage.published")}</li>
    <li>${ctx.t("apiDocs.usage.language")}</li>
  </ul>
</section>
<section class="mb-5" aria-labelledby="autenticazione">
  <h2 class="h4" id="autenticazione">${ctx.t("apiDocs.authentication")}</h2>
  <p>${ctx.t("apiDocs.auth.reads")}</p>
  <p>${ctx.t("apiDocs.auth.tokens")}</p>
  <pre class="bg-light p-2 border" tabindex="0" aria-label="${ctx.t("apiDocs.auth.header")}"><code>Authorization: Bearer piao_…</code></pre>
  <ul>
    <li>${ctx.t("apiDocs.auth.roles")}</li>
    <li>${ctx.t("apiDocs.auth.concurrency")}</li>
    <li>${ctx.t("apiDocs.auth.rateLimit", { n: model.writesPerMinute })}</li>
    <li>${ctx.t("apiDocs.auth.cookies")}</li>
  </ul>
</section>
${tags.map(
  (tag) => html`<section class="mb-5" aria-labelledby="${tagAnchor(tag)}">
<h2 class="h4" id="${tagAnchor(tag)}">${tagLabel(ctx, tag)}</h2>
${all
  .filter((o) => ((o.op.tags as string[]) ?? []).includes(tag))
  .map((o) => operationSection(ctx, model, server, o))}
</section>`,
)}
${problemsSection(ctx, model)}
${schemasSection(ctx, document)}`,
  };
}
