import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";

/** A product shows at most this many images. */
export const MAX_PRODUCT_IMAGES = 12;

@InputType()
export class ProductImageInput {
  @Field(() => String, {
    description: "A URL answered by POST /media (`/media/<sha256>.<ext>`), or one of the product's current image URLs.",
  })
  @Length(1, 300)
  url!: string;

  @Field(() => String, { nullable: true, description: "What the image shows, for screen readers; blank = none." })
  @IsOptional()
  @MaxLength(200)
  alt?: string | null;
}

@ArgsType()
export class SetProductImagesArgs {
  @Field(() => ID) @Length(1, 64) productId!: string;

  @Field(() => [ProductImageInput], { description: `In display order, the first is the main image; at most ${MAX_PRODUCT_IMAGES}.` })
  @ArrayMaxSize(MAX_PRODUCT_IMAGES)
  @ValidateNested({ each: true })
  images!: ProductImageInput[];
}
