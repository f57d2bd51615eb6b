/**
 * Who the browser tests and the web benchmark sign in as: the demonstration
 * people of src/services/accounts/first-start.ts, one per role, all with the
 * tests' known password.
 */
export { TEST_PASSWORD } from "../../test/support/web.ts";

export const E2E_USERS = {
  admin: "admin",
  planning: "pianificazione",
  head: "dirigente.risorse",
  evaluator: "nucleo",
  reader: "lettore",
} as const;

export type E2eRole = keyof typeof E2E_USERS;
