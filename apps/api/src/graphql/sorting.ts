import { registerEnumType } from "type-graphql";

/** Direction of every list's sort input. */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });
