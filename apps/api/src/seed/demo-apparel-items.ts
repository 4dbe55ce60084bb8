// Clothing, shoes and bags: names are material × style ("纯棉" + "圆领短袖T恤"), variants colour × size.
import type { LeafCategoryName } from "./demo-category-tree.ts";
import type { DemoBrandName, OptionAxis, ProductSpec } from "./demo-product-spec.ts";
import type { Random } from "./seed-random.ts";

/** [中文, English, pinyin, price in 分 (a style's base price, or a material's surcharge)] */
type Term = readonly [zh: string, en: string, pinyin: string, price: number];

type ApparelGroup = {
  category: LeafCategoryName;
  skuPrefix: string;
  brands: DemoBrandName[];
  materials: Term[];
  styles: Term[];
  sizeAxis: OptionAxis | null;
  weightGrams: number;
  season: string;
  /** Every n-th product of the group comes in three colours instead of two. */
  threeColoursEvery?: number;
};

const COLOURS: { label: string; code: string }[] = [
  { label: "黑色", code: "BLK" },
  { label: "白色", code: "WHT" },
  { label: "藏青", code: "NVY" },
  { label: "灰色", code: "GRY" },
  { label: "红色", code: "RED" },
  { label: "卡其", code: "KHK" },
  { label: "军绿", code: "OLV" },
  { label: "雾蓝", code: "BLU" },
  { label: "米白", code: "BEG" },
  { label: "樱花粉", code: "PNK" },
];

const sizes = (name: string, labels: string[]): OptionAxis => ({ name, values: labels.map((l) => ({ label: l, code: l })) });
const TOP_SIZES = sizes("尺码", ["M", "L", "XL"]);

const GROUPS: ApparelGroup[] = [
  {
    category: "T恤",
    skuPrefix: "TS",
    brands: ["鲜衣坊", "UrbanLoom"],
    materials: [
      ["纯棉", "Cotton", "chunmian", 0],
      ["莫代尔", "Modal", "modaier", 2000],
      ["冰丝", "Ice Silk", "bingsi", 1000],
      ["华夫格", "Waffle", "huafuge", 2000],
      ["重磅", "Heavyweight", "zhongbang", 3000],
    ],
    styles: [
      ["圆领短袖T恤", "Crew Neck Tee", "yuanling duanxiu txu", 3900],
      ["V领短袖T恤", "V-Neck Tee", "vling duanxiu txu", 4900],
      ["宽松印花T恤", "Oversized Graphic Tee", "kuansong yinhua txu", 6900],
      ["长袖打底T恤", "Long Sleeve Tee", "changxiu dadi txu", 5900],
    ],
    sizeAxis: TOP_SIZES,
    weightGrams: 200,
    season: "春夏",
    threeColoursEvery: 3,
  },
  {
    category: "衬衫",
    skuPrefix: "SH",
    brands: ["鲜衣坊", "UrbanLoom"],
    materials: [
      ["牛津纺", "Oxford", "niujinfang", 0],
      ["亚麻", "Linen", "yama", 3000],
      ["法兰绒", "Flannel", "falanrong", 2000],
      ["天丝", "Tencel", "tiansi", 4000],
      ["免烫", "Non-iron", "mientang", 2000],
    ],
    styles: [
      ["商务长袖衬衫", "Long Sleeve Dress Shirt", "shangwu changxiu chenshan", 12900],
      ["休闲短袖衬衫", "Short Sleeve Casual Shirt", "xiuxian duanxiu chenshan", 9900],
      ["立领衬衫", "Band Collar Shirt", "liling chenshan", 11900],
    ],
    sizeAxis: TOP_SIZES,
    weightGrams: 250,
    season: "四季",
  },
  {
    category: "裤装",
    skuPrefix: "PT",
    brands: ["UrbanLoom", "鲜衣坊"],
    materials: [
      ["弹力", "Stretch", "tanli", 0],
      ["工装", "Cargo", "gongzhuang", 2000],
      ["阔腿", "Wide-leg", "kuotui", 1000],
      ["直筒", "Straight", "zhitong", 0],
      ["束脚", "Jogger", "shujiao", 1000],
    ],
    styles: [
      ["牛仔裤", "Jeans", "niuzaiku", 19900],
      ["休闲裤", "Chinos", "xiuxianku", 15900],
      ["运动裤", "Track Pants", "yundongku", 12900],
    ],
    sizeAxis: sizes("尺码", ["29", "31", "33"]),
    weightGrams: 500,
    season: "四季",
  },
  {
    category: "外套",
    skuPrefix: "JK",
    brands: ["北纬三十度", "NORDPEAK"],
    materials: [
      ["轻薄", "Lightweight", "qingbao", 0],
      ["连帽", "Hooded", "lianmao", 3000],
      ["防风", "Windproof", "fangfeng", 5000],
      ["加绒", "Fleece-lined", "jiarong", 4000],
      ["双面", "Reversible", "shuangmian", 6000],
    ],
    styles: [
      ["夹克", "Jacket", "jiake", 29900],
      ["羽绒服", "Down Jacket", "yurongfu", 59900],
      ["风衣", "Trench Coat", "fengyi", 49900],
    ],
    sizeAxis: TOP_SIZES,
    weightGrams: 800,
    season: "秋冬",
  },
  {
    category: "运动鞋",
    skuPrefix: "SN",
    brands: ["StrideX"],
    materials: [
      ["透气", "Breathable", "touqi", 0],
      ["减震", "Cushioned", "jianzhen", 4000],
      ["轻量", "Lightweight", "qingliang", 2000],
      ["复古", "Retro", "fugu", 3000],
      ["网面", "Mesh", "wangmian", 0],
      ["高帮", "High-top", "gaobang", 5000],
    ],
    styles: [
      ["跑步鞋", "Running Shoes", "paobuxie", 39900],
      ["板鞋", "Skate Shoes", "banxie", 29900],
    ],
    sizeAxis: sizes("鞋码", ["40", "41", "42"]),
    weightGrams: 900,
    season: "四季",
  },
  {
    category: "背包",
    skuPrefix: "BG",
    brands: ["NORDPEAK"],
    materials: [
      ["防泼水", "Water-repellent", "fangposhui", 2000],
      ["大容量", "Large", "darongliang", 3000],
      ["轻便", "Lightweight", "qingbian", 0],
      ["商务", "Business", "shangwu", 5000],
      ["户外", "Outdoor", "huwai", 4000],
    ],
    styles: [
      ["双肩包", "Backpack", "shuangjianbao", 19900],
      ["斜挎包", "Crossbody Bag", "xiekuabao", 12900],
    ],
    sizeAxis: null,
    weightGrams: 700,
    season: "四季",
  },
];

/** About 90 apparel products with two or three colours and three sizes each. */
export function apparelProducts(random: Random): ProductSpec[] {
  const products: ProductSpec[] = [];
  for (const group of GROUPS) {
    let n = 0;
    for (const [styleZh, styleEn, stylePinyin, stylePrice] of group.styles) {
      for (const [materialZh, materialEn, materialPinyin, surcharge] of group.materials) {
        n += 1;
        const colourCount = group.threeColoursEvery && n % group.threeColoursEvery === 0 ? 3 : 2;
        const colours: OptionAxis = { name: "颜色", values: random.shuffle(COLOURS).slice(0, colourCount) };
        const tags = [group.category, group.season];
        if (random.chance(0.2)) tags.push("新品");
        if (random.chance(0.2)) tags.push("热销");
        products.push({
          category: group.category,
          brand: group.brands[n % group.brands.length] as DemoBrandName,
          name: `${materialZh}${styleZh}`,
          nameEn: `${materialEn} ${styleEn}`,
          skuPrefix: group.skuPrefix,
          basePrice: stylePrice + surcharge,
          tags,
          keywords: [materialPinyin, stylePinyin],
          options: group.sizeAxis ? [colours, group.sizeAxis] : [colours],
          weightGrams: group.weightGrams,
          description: `${materialZh}${styleZh}，${group.season}百搭，多色可选。`,
        });
      }
    }
  }
  return products;
}
