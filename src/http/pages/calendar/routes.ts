/** The iCalendar feed of each user, and the profile's button that makes (or remakes) its secret link. */
import type { FastifyInstance } from "fastify";
import { translate } from "../../../i18n/index.ts";
import { calendarFeed, renewCalendarToken } from "../../../services/calendar.ts";
import { AppError } from "../../../services/errors.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost } from "../../render.ts";

export function registerCalendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  // Calendar applications send no cookie: the secret token in the address is the credential.
  app.get("/calendario/:token.ics", { config: { access: "public" } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const feed = await calendarFeed(db, token, deps.config.publicUrl, deps.now());
    if (feed === null) throw new AppError("not_found", "cal.unknownFeed");
    return reply
      .header("cache-control", "private, max-age=900")
      .type("text/calendar; charset=utf-8")
      .send(feed);
  });

  app.post("/profilo/calendario", { config: { access: "signedIn" } }, async (request, reply) => {
    await renewCalendarToken(db, currentUser(request).userId);
    setFlash(reply, { kind: "success", text: translate("cal.renewed", {}, request.lang) });
    return redirectAfterPost(reply, "/profilo");
  });
}
