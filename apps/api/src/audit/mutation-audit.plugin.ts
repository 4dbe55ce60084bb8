import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.ts";

/**
 * Every successful mutation leaves an audit row. Services record precise before/after rows themselves; when a mutation
 * did not, this records at least who called which mutation with which (redacted) variables.
 */
export const mutationAuditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, contextValue, request, response }) {
        if (operation?.operation !== "mutation" || contextValue.audit.written || !contextValue.viewer) return;
        const body = response.body.kind === "single" ? response.body.singleResult : null;
        if (!body || body.errors?.length) return;
        await contextValue.audit.record(contextValue.db, {
          action: `mutation.${request.operationName ?? "anonymous"}`,
          entityType: "Mutation",
          after: { variables: request.variables ?? {}, result: body.data },
        });
      },
    };
  },
};
