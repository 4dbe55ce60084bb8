import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "./error-codes.ts";
import type { FieldError } from "./api-errors.ts";

type ValidationErrorLike = {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
};

function flatten(errors: ValidationErrorLike[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ field, message, constraint }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const PASS_THROUGH = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
const VARIABLE_ERROR = /^Variable "\$|^Expected type|^Field ".*" of required type|^Cannot query field/;
const GRAPHQL_CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_REQUEST,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
};

/**
 * Every error leaving the API goes through here: known codes pass, class-validator failures become BAD_USER_INPUT with
 * field errors, and anything else is a bug, logged and masked (clients never see a stack trace or an SQL message).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = String(formatted.extensions?.code ?? "");
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof ArgumentValidationError) {
    const fieldErrors = flatten((original.extensions.validationErrors ?? []) as ValidationErrorLike[], "");
    const message = fieldErrors.map((f) => `${f.field}: ${f.message}`).join("; ") || "Invalid input.";
    return { ...base, message, extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors } };
  }
  // Apollo reports every validation-rule error as GRAPHQL_VALIDATION_FAILED; the depth rule's error keeps its maxDepth.
  if (code === "GRAPHQL_VALIDATION_FAILED" && formatted.extensions?.maxDepth !== undefined) {
    return { ...base, extensions: { code: ErrorCode.QUERY_TOO_DEEP, maxDepth: formatted.extensions.maxDepth } };
  }
  if (PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, exception: _drop2, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: { ...rest, code } };
  }
  const mapped = GRAPHQL_CLIENT_CODES[code];
  if (mapped) return { ...base, extensions: { code: mapped } };
  // Variable coercion errors ("Variable "$x" got invalid value ...") come without a code or as INTERNAL_SERVER_ERROR.
  if ((!code || code === ErrorCode.INTERNAL_SERVER_ERROR) && VARIABLE_ERROR.test(formatted.message) && !formatted.path) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  log(original);
  return { message: "Internal server error.", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
