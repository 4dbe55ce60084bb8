import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.ts";
import { Product } from "../catalog/catalog.types.ts";
import { Store } from "../stores/stores.types.ts";
import { productCards, selectedFields } from "./product-cards.ts";
import {
  LocationAvailability,
  ProductOffer,
  ProductOfferArgs,
  RecommendedProductsArgs,
  SearchFacets,
  ShopSearchInput,
  ShopSearchResult,
} from "./storefront.types.ts";

/** The merchant whose shop the viewer is in (the storefront's for anonymous shoppers), or null before any exists. */
async function shopMerchant(ctx: Context): Promise<string | null> {
  return (await ctx.services.catalog.audienceOf(ctx.viewer)).merchantId;
}

const memberOf = (ctx: Context) => (ctx.viewer?.kind === "MEMBER" ? ctx.viewer.memberId : null);

@Resolver()
export class StorefrontResolver {
  @Query(() => ShopSearchResult, {
    description:
      "Shopper search over Chinese names, pinyin and SKUs with filters; when nothing matches exactly, close matches (small typos) with fuzzy = true. Public.",
  })
  async shopSearch(
    @Arg("input", () => ShopSearchInput) input: ShopSearchInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ShopSearchResult> {
    const merchantId = await shopMerchant(ctx);
    if (!merchantId) {
      return { products: [], totalCount: 0, hasMore: false, fuzzy: false, correctedText: null, facets: { sizes: [], colours: [] } };
    }
    const [page, facets] = await Promise.all([
      ctx.services.shopSearch.search(merchantId, input),
      ctx.services.shopSearch.facets(merchantId),
    ]);
    return {
      products: await productCards(ctx, page.productIds, selectedFields(info, ["products"])),
      totalCount: page.totalCount,
      hasMore: page.hasMore,
      fuzzy: page.fuzzy,
      correctedText: page.correctedText,
      facets: Object.assign(new SearchFacets(), facets),
    };
  }

  @Query(() => ProductOffer, {
    nullable: true,
    description:
      "The viewer's online prices for a product's variants (members get their tier price), the lowest member price and the live promotions covering it. Public; null when the product is not on sale.",
  })
  async productOffer(@Args(() => ProductOfferArgs) args: ProductOfferArgs, @Ctx() ctx: Context): Promise<ProductOffer | null> {
    const merchantId = await shopMerchant(ctx);
    if (!merchantId) return null;
    return ctx.services.productOffers.offer(merchantId, memberOf(ctx), args.productId, args.storeId ?? null);
  }

  @Query(() => [LocationAvailability], {
    description:
      "Units available to buy of each of a product's variants, per shop (pickup) and the online warehouse (delivery). Public: live updates come from stockChanged.",
  })
  async productAvailability(@Arg("productId", () => ID) productId: string, @Ctx() ctx: Context): Promise<LocationAvailability[]> {
    const merchantId = await shopMerchant(ctx);
    if (!merchantId || productId.length > 64) return [];
    return (await ctx.services.productOffers.availability(merchantId, productId)) as unknown as LocationAvailability[];
  }

  @Query(() => [Product], { description: "Often bought together with this product, from order history. Public." })
  async recommendedProducts(
    @Args(() => RecommendedProductsArgs) args: RecommendedProductsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Product[]> {
    const merchantId = await shopMerchant(ctx);
    if (!merchantId) return [];
    const ids = await ctx.services.recommendations.boughtTogether(merchantId, args.productId, args.first);
    return productCards(ctx, ids, selectedFields(info, []));
  }
}

@Resolver(() => LocationAvailability)
export class LocationAvailabilityResolver {
  @FieldResolver(() => Store)
  async store(@Root() row: { storeId: string }, @Ctx() ctx: Context): Promise<Store> {
    return (await ctx.loaders.store.load(row.storeId)) as Store;
  }
}
