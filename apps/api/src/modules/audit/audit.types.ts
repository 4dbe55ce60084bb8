import { IsDate, IsOptional, Length, MaxLength } from "class-validator";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { ActorType } from "../../generated/prisma/enums.ts";
import { ConnectionType } from "../../graphql/pagination.ts";
import { DateTime } from "../../graphql/scalars.ts";

registerEnumType(ActorType, {
  name: "ActorType",
  description: "Who acted: a STAFF user, a MEMBER, or the SYSTEM (jobs, failed sign-ins).",
});

@ObjectType({ description: "Who did what to which entity, from where, with the state before and after (secrets redacted)." })
export class AuditLogEntry {
  @Field(() => ID) id!: string;
  @Field(() => ActorType) actorType!: ActorType;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: "The staff user's display name, or the member's name (masked mobile when unnamed)." })
  actorName?: string | null;
  @Field(() => String, { description: "e.g. member.update, store.update, auth.staffLogin, mutation.<operation>." }) action!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => ID, { nullable: true, description: "The store the change concerns; null for merchant-wide changes." }) storeId!:
    | string
    | null;
  @Field(() => GraphQLJSON, { nullable: true }) before!: Prisma.JsonValue;
  @Field(() => GraphQLJSON, { nullable: true }) after!: Prisma.JsonValue;
  @Field(() => GraphQLJSON, { nullable: true, description: "{ ip, userAgent, operation }." }) origin!: Prisma.JsonValue;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class AuditLogEntryConnection extends ConnectionType(AuditLogEntry) {}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Prefix of the action: "member." finds every member change.' })
  @IsOptional()
  @MaxLength(100)
  action?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 64) entityType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Length(1, 64) entityId?: string | null;
  @Field(() => ID, { nullable: true, description: "One store (it must be one of the viewer's)." }) @IsOptional() @Length(1, 64) storeId?:
    | string
    | null;
  @Field(() => DateTime, { nullable: true, description: "At or after." }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "Before." }) @IsOptional() @IsDate() to?: Date | null;
}
