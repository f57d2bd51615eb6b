/** What route modules are given: the store, the web configuration and the clock. */
import type { WebConfig } from "../config.ts";
import type { Store } from "../store/database.ts";

export interface AppDeps {
  store: Store;
  config: WebConfig;
  /** The clock, so tests can stand at a date of the plan's calendar. */
  now: () => Date;
}
