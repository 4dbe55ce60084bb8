import { type ValidatorOptions, validateOrReject } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, stopAtFirstError: false, skipMissingProperties: true };

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * Validates a resolver argument with class-validator, as type-graphql's built-in validation does, but with the library
 * imported once: the built-in one runs `await import("class-validator")` for every argument of every request, which
 * under a module loader (tsx) is a round trip to the loader thread each time.
 */
export async function validateInput(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
