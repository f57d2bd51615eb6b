/** The AppError a service refused with, failing the test if it did not refuse. */
import { expect } from "vitest";
import { AppError } from "../../src/services/errors.ts";

export async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
