import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ChannelType, LocationType } from "../../generated/prisma/enums.ts";
import { DateTime, JSONObject } from "../../graphql/scalars.ts";

registerEnumType(LocationType, { name: "LocationType", description: "SHOP, WAREHOUSE (online warehouse) or KIOSK." });
registerEnumType(ChannelType, { name: "ChannelType", description: "Where a sale happens: POS, ONLINE mall, KIOSK, SOCIAL mini-program." });

@ObjectType({ description: "A till in a store." })
export class Register {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) active!: boolean;
  storeId!: string;
}

@ObjectType({ description: "A place that holds stock and sells: a shop, the online warehouse or a kiosk." })
export class Store {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => LocationType) type!: LocationType;
  @Field(() => String, { nullable: true }) province!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => String, { nullable: true }) addressLine!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Number, { nullable: true }) latitude!: number | null;
  @Field(() => Number, { nullable: true }) longitude!: number | null;
  @Field(() => String) timezone!: string;
  @Field(() => String) currency!: string;
  @Field(() => JSONObject, { nullable: true }) openingHours!: object | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTime) createdAt!: Date;
  /** Store.settings JSON (pickup, receipt header): read by field resolvers, not exposed whole. */
  settings?: unknown;
}

@ObjectType()
export class SalesChannel {
  @Field(() => ID) id!: string;
  @Field(() => ChannelType) type!: ChannelType;
  @Field(() => String) name!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType()
export class UpdateStoreInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) addressLine?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(32) phone?: string | null;
  @Field(() => JSONObject, { nullable: true }) @IsOptional() openingHours?: Record<string, unknown> | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() active?: boolean | null;
}
