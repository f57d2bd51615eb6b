/**
 * The web application booted on a real store, driven through Fastify's
 * inject (no socket), with a cookie jar and the CSRF token of the last page,
 * as a browser would have them.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { DEFAULT_OPEN_DATA_LICENSE, type WebConfig } from "../../src/config.ts";
import { buildApp } from "../../src/http/app.ts";
import { setPassword } from "../../src/services/accounts/passwords.ts";
import type { Store } from "../../src/store/database.ts";

export const TEST_PASSWORD = "una-password-lunga-di-prova";

export const TEST_WEB_CONFIG: WebConfig = {
  port: 0,
  host: "127.0.0.1",
  publicUrl: "http://127.0.0.1:3000",
  secret: null,
  oidc: null,
  mail: null,
  openData: DEFAULT_OPEN_DATA_LICENSE,
};

export async function testApp(
  store: Store,
  options: { now?: () => Date; config?: Partial<WebConfig> } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    store,
    config: { ...TEST_WEB_CONFIG, ...options.config },
    ...(options.now ? { now: options.now } : {}),
  });
  await app.ready();
  return app;
}

/** Gives every user of the store the test password, so tests can sign in as anyone. */
export async function givePasswords(store: Store): Promise<void> {
  const users = await store.db.selectFrom("app_user").select("id").execute();
  for (const u of users) await setPassword(store.db, u.id, TEST_PASSWORD);
}

export interface PostOptions {
  /** Another method with a form body (PUT, PATCH, DELETE), as the matrix calls every route. */
  method?: "POST" | "PUT" | "PATCH" | "DELETE";
  /** Leave out the CSRF token, to show it is required. */
  withoutCsrf?: boolean;
  multipart?: { field: string; fileName: string; content: Buffer | string; type?: string };
}

/** One browser: its cookies and the CSRF token of the last page it loaded. */
export class Browser {
  private cookies = new Map<string, string>();
  csrf = "";

  constructor(readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ");
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === "";
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (token?.[1]) this.csrf = token[1];
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({
        method: "GET",
        url,
        headers: { cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  async post(
    url: string,
    form: Record<string, string> = {},
    options: PostOptions = {},
  ): Promise<LightMyRequestResponse> {
    const fields = options.withoutCsrf ? form : { _csrf: this.csrf, ...form };
    if (options.multipart) {
      const boundary = `----piao${Math.random().toString(16).slice(2)}`;
      const parts: Buffer[] = [];
      for (const [name, value] of Object.entries(fields)) {
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
          ),
        );
      }
      const m = options.multipart;
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${m.field}"; filename="${m.fileName}"\r\nContent-Type: ${m.type ?? "application/octet-stream"}\r\n\r\n`,
        ),
        Buffer.isBuffer(m.content) ? m.content : Buffer.from(m.content),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      );
      return this.keep(
        await this.app.inject({
          method: "POST",
          url,
          payload: Buffer.concat(parts),
          headers: {
            cookie: this.cookieHeader(),
            "content-type": `multipart/form-data; boundary=${boundary}`,
          },
        }),
      );
    }
    return this.keep(
      await this.app.inject({
        method: options.method ?? "POST",
        url,
        payload: new URLSearchParams(fields).toString(),
        headers: {
          cookie: this.cookieHeader(),
          "content-type": "application/x-www-form-urlencoded",
        },
      }),
    );
  }

  /** Signs in through the sign-in form; fails the test if it does not work. */
  async signIn(username: string, password = TEST_PASSWORD): Promise<void> {
    await this.get("/accesso");
    const res = await this.post("/accesso", { username, password });
    if (res.statusCode !== 303) throw new Error(`sign-in of ${username} failed: ${res.statusCode}`);
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** A fresh browser signed in as `username`. */
export async function signedIn(app: FastifyInstance, username: string): Promise<Browser> {
  const browser = new Browser(app);
  await browser.signIn(username);
  return browser;
}

/** The visible text of a page, tags removed, white space folded: what a person reads. */
export function pageText(body: string): string {
  return body
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
