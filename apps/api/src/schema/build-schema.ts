import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import type { AppPubSub } from "../outbox/pubsub.ts";
import { resolvers } from "./resolvers.ts";
import { validateInput } from "./validate-input.ts";

/** Builds the executable schema. Inputs are validated with class-validator before any resolver runs. */
export async function buildApiSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    validateFn: validateInput,
  });
}
