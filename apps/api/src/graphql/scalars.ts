export { GraphQLDateTimeISO as DateTime, GraphQLJSONObject as JSONObject } from "graphql-scalars";
