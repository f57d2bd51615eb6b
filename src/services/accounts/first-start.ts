/**
 * The first accounts of an installation, made when it has no user at all:
 * a system administrator and, for the demonstration, one person per role
 * of the sample plan. Each gets a generated password, shown once; there is
 * no default password.
 */
import type { Role } from "../../domain/authorization.ts";
import type { Store } from "../../store/database.ts";
import { createUser } from "../users.ts";
import { generatePassword, setPassword } from "./passwords.ts";

export interface FirstAccount {
  username: string;
  role: Role;
  unitKey: string | null;
  password: string;
}

interface DemoPerson {
  username: string;
  displayName: string;
  role: Role;
  /** The unit, by its name in the plan. */
  unitName?: string;
}

const DEMO_PEOPLE: DemoPerson[] = [
  { username: "pianificazione", displayName: "Ufficio Pianificazione", role: "planning" },
  {
    username: "dirigente.risorse",
    displayName: "Dirigente Area Risorse",
    role: "head",
    unitName: "Area Risorse Programmazione e Organizzazione",
  },
  {
    username: "dirigente.istruzione",
    displayName: "Dirigente Settore Istruzione",
    role: "head",
    unitName: "Settore Istruzione e Sviluppo Sociale",
  },
  { username: "nucleo", displayName: "Nucleo di valutazione", role: "evaluator" },
  { username: "lettore", displayName: "Lettore", role: "reader" },
];

export async function hasAnyUser(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom("app_user").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

async function addWithPassword(
  store: Store,
  person: { username: string; displayName: string; role: Role },
  administrationId: number | null,
  unitKey: string | null,
): Promise<FirstAccount> {
  const id = await createUser(store, { ...person, administrationId, unitKey });
  const password = generatePassword();
  await setPassword(store.db, id, password);
  return { username: person.username, role: person.role, unitKey, password };
}

/**
 * Creates the administrator (and, with `demo`, the sample plan's people) when
 * the installation has no user; returns who was created, with their passwords.
 */
export async function createFirstAccounts(
  store: Store,
  demo: { administrationId: number; units: { key: string; name: string }[] } | null,
): Promise<FirstAccount[]> {
  if (await hasAnyUser(store)) return [];
  const created = [
    await addWithPassword(
      store,
      { username: "admin", displayName: "Amministratore", role: "admin" },
      null,
      null,
    ),
  ];
  if (!demo) return created;
  for (const person of DEMO_PEOPLE) {
    const unit = person.unitName ? demo.units.find((u) => u.name === person.unitName) : undefined;
    if (person.unitName && !unit) continue;
    created.push(await addWithPassword(store, person, demo.administrationId, unit?.key ?? null));
  }
  return created;
}
