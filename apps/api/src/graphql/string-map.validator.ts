import { registerDecorator, type ValidationOptions } from "class-validator";

/**
 * A JSON object whose values are all short strings (translations, chosen option values): at most `maxKeys` keys, keys of
 * 1–32 characters and values of 1–`maxLength` characters. JSON scalars escape the per-field length checks otherwise.
 */
export function IsStringMap(limits: { maxKeys: number; maxLength: number }, options?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({
      name: "isStringMap",
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an object of at most ${limits.maxKeys} keys with string values of 1–${limits.maxLength} characters`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (value === null || value === undefined) return true;
          if (typeof value !== "object" || Array.isArray(value)) return false;
          const entries = Object.entries(value);
          return (
            entries.length <= limits.maxKeys &&
            entries.every(
              ([k, v]) => k.length >= 1 && k.length <= 32 && typeof v === "string" && v.length >= 1 && v.length <= limits.maxLength,
            )
          );
        },
      },
    });
  };
}
