import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { DateTime } from "../../graphql/scalars.ts";

export enum PrincipalKindGql {
  STAFF = "STAFF",
  MEMBER = "MEMBER",
}
registerEnumType(PrincipalKindGql, { name: "PrincipalKind", description: "Who a session belongs to." });

@ObjectType({ description: "Tokens for a new or refreshed session. Send the access token as `Authorization: Bearer <token>`." })
export class AuthPayload {
  @Field(() => String, { description: "Short-lived bearer token." }) accessToken!: string;
  @Field(() => String, { description: "Single-use token for refreshSession; rotates on every refresh." }) refreshToken!: string;
  @Field(() => DateTime, { description: "When the access token expires." }) expiresAt!: Date;
  @Field(() => PrincipalKindGql) kind!: PrincipalKindGql;
  @Field(() => ID, { description: "The staff user's or member's id." }) principalId!: string;
  @Field(() => Boolean, { description: "True when this login registered a new member." }) created!: boolean;
}

@InputType()
export class StaffLoginInput {
  @Field(() => String) @Length(1, 64) username!: string;
  @Field(() => String) @Length(1, 256) password!: string;
}

@InputType()
export class StaffPinLoginInput {
  @Field(() => String) @Length(1, 64) username!: string;
  @Field(() => String, { description: "4 to 8 digits." }) @Matches(/^\d{4,8}$/, { message: "a PIN is 4 to 8 digits" }) pin!: string;
}

@InputType()
export class MemberCodeInput {
  @Field(() => String, { description: "Mainland mobile number; +86, spaces and dashes are accepted." })
  @Length(5, 32)
  phone!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32) merchantCode?: string | null;
}

@InputType()
export class MemberLoginInput {
  @Field(() => String) @Length(5, 32) phone!: string;
  @Field(() => String, { nullable: true, description: "The 6-digit code sent by SMS." })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: "code must be 6 digits" })
  code?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 256) password?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32) merchantCode?: string | null;
}

@ObjectType()
export class CodeSent {
  @Field(() => String, { description: "The normalised phone number the code was sent to." }) phone!: string;
  @Field(() => DateTime) expiresAt!: Date;
}
