import { getMetadataStorage, type ValidatorOptions, validateOrReject } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

type Storage = ReturnType<typeof getMetadataStorage>;

/**
 * class-validator recomputes a class's validation rules on every validated object: a filter of its rules plus a walk
 * over every class that has rules (hundreds of input types here) looking for parents — ~5% of the API's CPU on a till
 * sale. The rules only change when a decorated class is loaded, so the answer is kept per class and options until the
 * next rule is added.
 */
function memoizeRuleLookup(storage: Storage): void {
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  // class → schema name (class-validator passes the parent's class name when it validates a nested object) → rules
  let rules = new Map<Function, Map<string | undefined, ReturnType<Storage["getTargetValidationMetadatas"]>>>();
  let grouped = new WeakMap<object, ReturnType<Storage["groupByPropertyName"]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // Only the options this API validates with are kept; anything else is computed as before.
    if (always || strictGroups || groups?.length) return lookup(target, schema, always, strictGroups, groups);
    let bySchema = rules.get(target);
    if (!bySchema) {
      bySchema = new Map();
      rules.set(target, bySchema);
    }
    let hit = bySchema.get(schema);
    if (!hit) {
      hit = lookup(target, schema, always, strictGroups, groups);
      bySchema.set(schema, hit);
    }
    return hit;
  };
  storage.groupByPropertyName = (metadata) => {
    let hit = grouped.get(metadata);
    if (!hit) {
      hit = group(metadata);
      grouped.set(metadata, hit);
    }
    return hit;
  };
  storage.addValidationMetadata = (metadata) => {
    rules = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
}
memoizeRuleLookup(getMetadataStorage());

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
