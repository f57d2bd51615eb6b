/** What every page is rendered with: language, who is signed in, the CSRF token, the current path. */
import type { Lang } from "../i18n/index.ts";
import type { SignedInUser } from "../services/accounts/sessions.ts";

export interface Flash {
  kind: "success" | "info" | "warning" | "danger";
  text: string;
}

export interface PageContext {
  lang: Lang;
  /** A message of src/i18n in the page's language. */
  t: (code: string, params?: Record<string, string | number>) => string;
  user: SignedInUser | null;
  /** For every form that posts (a hidden `_csrf` field). */
  csrfToken: string;
  /** Path and query of the request, for the language switch and the current menu entry. */
  path: string;
  flash: Flash | null;
}
