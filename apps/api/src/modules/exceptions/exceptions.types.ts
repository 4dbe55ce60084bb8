import { IsBoolean, IsIn, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ExceptionKind } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";

registerEnumType(ExceptionKind, {
  name: "ExceptionKind",
  description: "Operational exceptions: failed payments, unknown barcodes, price overrides, stock discrepancies, sync conflicts.",
});

@ObjectType({ description: "Something at a till or in an online order that a manager should look at." })
export class ExceptionEntry {
  @Field(() => ID) id!: string;
  @Field(() => ExceptionKind) kind!: ExceptionKind;
  @Field(() => String) message!: string;
  @Field(() => JSONObject) details!: object;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => ID, { nullable: true }) staffId!: string | null;
  @Field(() => ID, { nullable: true, description: "The manager who approved it (price overrides)." }) approvedById!: string | null;
  @Field(() => DateTime, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class ExceptionConnection extends ConnectionType(ExceptionEntry, "Exception") {}

@InputType()
export class ExceptionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) storeId?: string | null;
  @Field(() => ExceptionKind, { nullable: true }) @IsOptional() @IsIn(Object.values(ExceptionKind)) kind?: ExceptionKind | null;
  @Field(() => Boolean, { nullable: true, description: "Only those nobody has resolved yet." }) @IsOptional() @IsBoolean() unresolved?:
    | boolean
    | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() from?: Date | null;
  @Field(() => DateTime, { nullable: true }) @IsOptional() to?: Date | null;
}

@InputType()
export class ResolveExceptionInput {
  @Field(() => ID) @Length(1, 64) id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType({ description: "A code scanned at a till that no item carries." })
export class UnknownBarcodeInput {
  @Field(() => ID) @Length(1, 64) storeId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) registerId?: string | null;
  @Field(() => String) @Length(1, 64) code!: string;
}
