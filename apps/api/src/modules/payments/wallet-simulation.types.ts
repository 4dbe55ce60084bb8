import { IsEnum, Length } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SimulatedPaymentOutcome {
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(SimulatedPaymentOutcome, { name: "SimulatedPaymentOutcome" });

@ArgsType()
export class SimulateWalletPaymentArgs {
  @Field(() => ID) @Length(1, 64) paymentId!: string;
  @Field(() => SimulatedPaymentOutcome) @IsEnum(SimulatedPaymentOutcome) outcome!: SimulatedPaymentOutcome;
}

@ObjectType({ description: "A signed notification the wallet simulator delivered to this API's webhook." })
export class SimulatedPaymentNotification {
  @Field(() => ID) eventId!: string;
  @Field(() => Int, { description: "The webhook's HTTP status (200 = accepted)." }) httpStatus!: number;
  @Field(() => String, { nullable: true, description: "What the webhook did: PAID, FAILED, REFUNDED, DUPLICATE, IGNORED, ..." })
  outcome!: string | null;
}
