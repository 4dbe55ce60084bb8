import { Field, InterfaceType } from "type-graphql";

/**
 * Expected business failures of mutations (out of stock, coupon expired, tender short) are returned, not thrown:
 * each error type implements this interface, mutations return unions, clients narrow on `__typename`.
 */
@InterfaceType({ description: "An expected business failure, returned as a value by a mutation." })
export abstract class ErrorResult {
  @Field(() => String, { description: "Stable machine-readable code, e.g. INSUFFICIENT_STOCK." }) code!: string;
  @Field(() => String, { description: "Human-readable explanation." }) message!: string;
}
