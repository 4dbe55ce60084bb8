import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-codes.ts";

/** One invalid field of an input, as clients show it next to the field. */
export type FieldError = { field: string; message: string; constraint?: string };

function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = "Sign in first.") => apiError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "You do not have permission to do this.") => apiError(ErrorCode.FORBIDDEN, message);
export const notFound = (entity: string, id?: string) =>
  apiError(ErrorCode.NOT_FOUND, id ? `${entity} ${id} was not found.` : `${entity} was not found.`, { entity });
export const conflict = (message: string) => apiError(ErrorCode.CONFLICT, message);
export const rateLimited = (message: string, retryAfterSeconds: number) => apiError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
export const badInput = (message: string, fieldErrors: FieldError[] = []) => apiError(ErrorCode.BAD_USER_INPUT, message, { fieldErrors });
export const invalidField = (field: string, message: string) => badInput(message, [{ field, message }]);

/** The body of an error answered outside GraphQL (plain HTTP routes): the same shape and codes as a GraphQL error. */
export const httpErrorBody = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});
