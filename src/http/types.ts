/** What every request carries once the session plugin has run, and what every route declares. */
import type { Lang } from "../i18n/index.ts";
import type { SignedInUser } from "../services/accounts/sessions.ts";
import type { Flash } from "../views/page-context.ts";
import type { Access } from "./access.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null for a visitor. */
    user: SignedInUser | null;
    /** The token of the session cookie, when there is a live session. */
    sessionToken: string | null;
    lang: Lang;
    /** The outcome of the previous action, shown once (post/redirect/get). */
    flash: Flash | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route: checked before the handler runs, for every route (access.ts). */
    access?: Access;
  }
}
