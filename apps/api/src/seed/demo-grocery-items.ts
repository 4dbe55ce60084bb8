// Convenience-store goods: one sellable unit per product, named "<brand> <item> <pack size>".
import type { LeafCategoryName } from "./demo-category-tree.ts";
import type { DemoBrandName, ProductSpec } from "./demo-product-spec.ts";
import type { Random } from "./seed-random.ts";

/** [pack size, price in 分, weight in grams] */
type Pack = readonly [size: string, price: number, grams: number];
/** [中文, English, pinyin, packs]: one product per pack size. */
type Item = readonly [zh: string, en: string, pinyin: string, packs: readonly Pack[]];

type GroceryGroup = { category: LeafCategoryName; skuPrefix: string; brand: DemoBrandName; tag: string; items: Item[] };

const GROUPS: GroceryGroup[] = [
  {
    category: "饮料",
    skuPrefix: "DR",
    brand: "山泉源",
    tag: "饮品",
    items: [
      [
        "饮用天然水",
        "Natural Spring Water",
        "yinyong tianranshui",
        [
          ["550ml", 200, 570],
          ["1.5L", 450, 1540],
          ["4L", 900, 4080],
        ],
      ],
      ["饮用天然水 整箱", "Spring Water Case", "kuangquanshui zhengxiang", [["380ml×24", 3990, 9500]]],
      ["苏打气泡水 白桃味", "Peach Sparkling Water", "suda qipaoshui baitao", [["480ml", 550, 500]]],
      ["苏打气泡水 青柠味", "Lime Sparkling Water", "suda qipaoshui qingning", [["480ml", 550, 500]]],
      ["无糖乌龙茶", "Sugar-free Oolong Tea", "wutang wulongcha", [["500ml", 500, 520]]],
      ["茉莉花茶", "Jasmine Tea", "molihuacha", [["500ml", 400, 520]]],
      [
        "冰红茶",
        "Iced Black Tea",
        "binghongcha",
        [
          ["500ml", 350, 520],
          ["1L", 550, 1030],
        ],
      ],
      [
        "100%橙汁",
        "100% Orange Juice",
        "chengzhi",
        [
          ["300ml", 800, 330],
          ["1L", 1990, 1060],
        ],
      ],
      ["冷萃拿铁", "Cold Brew Latte", "lengcui natie kafei", [["270ml", 900, 300]]],
      ["椰子水", "Coconut Water", "yezishui", [["330ml", 990, 350]]],
      ["电解质饮料", "Electrolyte Drink", "dianjiezhi yinliao", [["600ml", 550, 620]]],
      ["柠檬茶", "Lemon Tea", "ningmengcha", [["250ml×6", 1590, 1600]]],
      ["原味豆奶", "Soy Milk", "douna", [["250ml×6", 1890, 1600]]],
      ["凉茶", "Herbal Tea", "liangcha", [["310ml", 450, 340]]],
      ["酸梅汤", "Sour Plum Drink", "suanmeitang", [["450ml", 500, 480]]],
    ],
  },
  {
    category: "乳制品",
    skuPrefix: "DA",
    brand: "田园牧场",
    tag: "冷藏",
    items: [
      [
        "纯牛奶",
        "Whole Milk",
        "chun niunai",
        [
          ["250ml×12", 6590, 3200],
          ["1L", 1590, 1060],
        ],
      ],
      ["低脂牛奶", "Low-fat Milk", "dizhi niunai", [["950ml", 1690, 1000]]],
      [
        "鲜牛奶",
        "Fresh Milk",
        "xian niunai",
        [
          ["950ml", 1890, 1000],
          ["450ml", 990, 480],
        ],
      ],
      [
        "原味酸奶",
        "Plain Yogurt",
        "yuanwei suannai",
        [
          ["200g", 590, 210],
          ["1kg", 1990, 1050],
        ],
      ],
      ["希腊酸奶", "Greek Yogurt", "xila suannai", [["135g", 890, 145]]],
      ["草莓酸奶", "Strawberry Yogurt", "caomei suannai", [["200g×4", 1990, 850]]],
      ["芝士片", "Cheese Slices", "zhishi pian", [["200g", 2590, 210]]],
      ["马苏里拉奶酪", "Mozzarella", "masulila nailao", [["250g", 3590, 260]]],
      ["动物黄油", "Butter", "huangyou", [["200g", 2890, 210]]],
      ["燕麦奶", "Oat Milk", "yanmainai", [["1L", 2190, 1060]]],
      ["儿童成长牛奶", "Kids Growth Milk", "ertong niunai", [["190ml×12", 5990, 2400]]],
      ["乳酸菌饮品", "Probiotic Drink", "rusuanjun", [["100ml×5", 1190, 550]]],
      ["奶酪棒", "Cheese Sticks", "nailao bang", [["90g", 2490, 100]]],
    ],
  },
  {
    category: "零食",
    skuPrefix: "SK",
    brand: "脆乐",
    tag: "休闲零食",
    items: [
      ["原味薯片", "Potato Chips Original", "shupian yuanwei", [["70g", 750, 80]]],
      ["番茄味薯片", "Potato Chips Tomato", "shupian fanqie", [["70g", 750, 80]]],
      ["黄瓜味薯片", "Potato Chips Cucumber", "shupian huanggua", [["70g", 750, 80]]],
      ["烤海苔", "Roasted Seaweed", "haitai", [["36g", 1290, 50]]],
      ["每日坚果", "Daily Mixed Nuts", "meiri jianguo", [["25g×7", 4990, 200]]],
      ["夏威夷果", "Macadamia Nuts", "xiaweiyiguo", [["250g", 3990, 270]]],
      ["开心果", "Pistachios", "kaixinguo", [["200g", 3590, 220]]],
      ["五香牛肉干", "Five-spice Beef Jerky", "niurougan wuxiang", [["100g", 2990, 110]]],
      ["麻辣牛肉干", "Spicy Beef Jerky", "niurougan mala", [["100g", 2990, 110]]],
      ["猪肉脯", "Pork Jerky", "zhuroufu", [["100g", 2590, 110]]],
      ["芒果干", "Dried Mango", "mangguogan", [["80g", 1290, 90]]],
      ["巧克力威化", "Chocolate Wafers", "qiaokeli weihua", [["150g", 1590, 160]]],
      ["夹心饼干", "Sandwich Cookies", "jiaxin binggan", [["97g", 650, 105]]],
      ["海盐苏打饼干", "Sea Salt Soda Crackers", "suda binggan", [["400g", 1290, 420]]],
      ["辣条", "Spicy Gluten Strips", "latiao", [["108g", 500, 115]]],
      ["卤味鸭脖", "Braised Duck Neck", "yabo", [["180g", 2590, 200]]],
      ["果冻", "Fruit Jelly", "guodong", [["360g", 1290, 380]]],
      ["70%黑巧克力", "70% Dark Chocolate", "hei qiaokeli", [["100g", 2290, 110]]],
      ["牛奶巧克力", "Milk Chocolate", "niunai qiaokeli", [["100g", 1890, 110]]],
      ["焦糖爆米花", "Caramel Popcorn", "baomihua", [["100g", 990, 110]]],
      ["山楂条", "Hawthorn Strips", "shanzha", [["200g", 990, 210]]],
      ["米饼", "Rice Crackers", "mibing", [["150g", 890, 160]]],
      ["魔芋爽", "Konjac Snack", "moyushuang", [["180g", 1290, 190]]],
      ["蛋黄酥", "Egg Yolk Pastry", "danhuangsu", [["6枚", 3290, 330]]],
      ["红烧牛肉面", "Braised Beef Instant Noodles", "fangbianmian hongshao niurou", [["5连包", 1490, 520]]],
      ["自热火锅", "Self-heating Hotpot", "zire huoguo", [["1盒", 3290, 420]]],
      ["燕麦能量棒", "Oat Energy Bar", "nengliangbang", [["40g×6", 3990, 250]]],
      ["酸奶溶豆", "Yogurt Melts", "suannai rongdou", [["20g", 1990, 30]]],
    ],
  },
  {
    category: "个护",
    skuPrefix: "PC",
    brand: "素肌",
    tag: "个人护理",
    items: [
      ["去屑洗发水", "Anti-dandruff Shampoo", "xifashui quxie", [["400ml", 4990, 450]]],
      ["柔顺洗发水", "Smoothing Shampoo", "xifashui roushun", [["400ml", 4990, 450]]],
      ["护发素", "Conditioner", "hufasu", [["400ml", 4990, 450]]],
      ["沐浴露", "Body Wash", "muyulu", [["750ml", 4590, 800]]],
      ["美白牙膏", "Whitening Toothpaste", "yagao meibai", [["120g", 1590, 150]]],
      ["草本牙膏", "Herbal Toothpaste", "yagao caoben", [["120g", 1590, 150]]],
      ["软毛牙刷", "Soft Toothbrush", "yashua", [["2支装", 1290, 60]]],
      ["氨基酸洗面奶", "Amino Acid Cleanser", "ximiannai", [["100g", 6990, 130]]],
      ["保湿面霜", "Moisturising Cream", "baoshi mianshuang", [["50g", 12900, 120]]],
      ["清爽防晒霜 SPF50", "Sunscreen SPF50", "fangshaishuang", [["50ml", 8900, 80]]],
      ["护手霜", "Hand Cream", "hushoushuang", [["50g", 2990, 70]]],
      ["润唇膏", "Lip Balm", "runchungao", [["4g", 2490, 20]]],
      ["泡沫洗手液", "Foaming Hand Wash", "xishouye", [["500ml", 2290, 560]]],
      ["湿巾", "Wet Wipes", "shijin", [["80抽", 990, 400]]],
      ["抽纸", "Facial Tissues", "chouzhi", [["3层×6包", 2590, 900]]],
      ["卸妆水", "Micellar Water", "xiezhuangshui", [["400ml", 8900, 450]]],
      ["漱口水", "Mouthwash", "shukoushui", [["500ml", 3290, 560]]],
      ["补水面膜", "Hydrating Sheet Masks", "mianmo", [["5片", 5990, 150]]],
      ["止汗露", "Antiperspirant", "zhihanlu", [["50ml", 3990, 90]]],
    ],
  },
  {
    category: "家清",
    skuPrefix: "HC",
    brand: "洁宝",
    tag: "家居清洁",
    items: [
      [
        "薰衣草洗衣液",
        "Lavender Laundry Detergent",
        "xiyiye",
        [
          ["2kg", 3990, 2100],
          ["3kg", 5490, 3150],
        ],
      ],
      ["洗衣凝珠", "Laundry Pods", "xiyi ningzhu", [["30颗", 4990, 600]]],
      ["衣物柔顺剂", "Fabric Softener", "roushunji", [["1L", 2990, 1080]]],
      ["洗洁精", "Dish Soap", "xijiejing", [["1.5kg", 1590, 1580]]],
      ["厨房重油污清洁剂", "Kitchen Degreaser", "chufang qingjieji", [["500g", 2290, 560]]],
      ["84消毒液", "Disinfectant", "xiaoduye", [["1L", 2590, 1100]]],
      ["洁厕灵", "Toilet Cleaner", "jieceling", [["500g", 1290, 560]]],
      ["玻璃清洁剂", "Glass Cleaner", "boli qingjieji", [["500ml", 1590, 560]]],
      ["加厚垃圾袋", "Garbage Bags", "lajidai", [["100只", 1990, 600]]],
      ["保鲜膜", "Cling Film", "baoxianmo", [["30m", 1290, 250]]],
      ["保鲜袋", "Food Storage Bags", "baoxiandai", [["100只", 1590, 300]]],
      ["百洁布", "Scrub Sponges", "baijiebu", [["10片", 990, 120]]],
      ["一次性手套", "Disposable Gloves", "yicixing shoutao", [["100只", 1990, 250]]],
      ["除湿盒", "Dehumidifier Boxes", "chushihe", [["3盒", 2990, 1200]]],
      ["地板清洁片", "Floor Cleaning Sheets", "diban qingjie", [["30片", 2990, 400]]],
      ["衣物除菌液", "Laundry Sanitiser", "yiwu chujunye", [["1L", 4590, 1080]]],
      ["洗碗机洗涤块", "Dishwasher Tablets", "xiwanji", [["30块", 5990, 600]]],
    ],
  },
];

/** About 110 convenience-store products, each a single variant. */
export function groceryProducts(random: Random): ProductSpec[] {
  return GROUPS.flatMap((group) =>
    group.items.flatMap(([zh, en, pinyin, packs]) =>
      packs.map(([size, price, grams]) => {
        const tags = [group.category, group.tag];
        if (random.chance(0.15)) tags.push("热销");
        if (random.chance(0.1)) tags.push("新品");
        return {
          category: group.category,
          brand: group.brand,
          name: `${group.brand} ${zh} ${size}`,
          nameEn: `${en} ${size}`,
          skuPrefix: group.skuPrefix,
          basePrice: price,
          tags,
          keywords: [pinyin],
          options: [],
          weightGrams: grams,
        };
      }),
    ),
  );
}
