// The demo category tree: a fashion store and a convenience store under one roof, two levels deep.

export type CategoryNode = {
  name: string;
  en: string;
  zhTW: string;
  /** Pinyin, for the product search text. */
  pinyin: string;
  icon: string;
};

export type CategoryBranch = CategoryNode & { children: CategoryNode[] };

export const CATEGORY_TREE: CategoryBranch[] = [
  {
    name: "服装",
    en: "Apparel",
    zhTW: "服裝",
    pinyin: "fuzhuang",
    icon: "👕",
    children: [
      { name: "T恤", en: "T-Shirts", zhTW: "T恤", pinyin: "txu", icon: "👕" },
      { name: "衬衫", en: "Shirts", zhTW: "襯衫", pinyin: "chenshan", icon: "👔" },
      { name: "裤装", en: "Trousers", zhTW: "褲裝", pinyin: "kuzhuang kuzi", icon: "👖" },
      { name: "外套", en: "Outerwear", zhTW: "外套", pinyin: "waitao", icon: "🧥" },
    ],
  },
  {
    name: "鞋包",
    en: "Shoes & Bags",
    zhTW: "鞋包",
    pinyin: "xiebao",
    icon: "👟",
    children: [
      { name: "运动鞋", en: "Sneakers", zhTW: "運動鞋", pinyin: "yundongxie", icon: "👟" },
      { name: "背包", en: "Bags", zhTW: "背包", pinyin: "beibao", icon: "🎒" },
    ],
  },
  {
    name: "食品",
    en: "Food & Drinks",
    zhTW: "食品",
    pinyin: "shipin",
    icon: "🛒",
    children: [
      { name: "零食", en: "Snacks", zhTW: "零食", pinyin: "lingshi", icon: "🍪" },
      { name: "饮料", en: "Beverages", zhTW: "飲料", pinyin: "yinliao", icon: "🥤" },
      { name: "乳制品", en: "Dairy", zhTW: "乳製品", pinyin: "ruzhipin niunai", icon: "🥛" },
    ],
  },
  {
    name: "日用",
    en: "Household",
    zhTW: "日用",
    pinyin: "riyong",
    icon: "🧴",
    children: [
      { name: "个护", en: "Personal Care", zhTW: "個護", pinyin: "gehu", icon: "🧴" },
      { name: "家清", en: "Home Cleaning", zhTW: "家清", pinyin: "jiaqing qingjie", icon: "🧽" },
    ],
  },
];

export type LeafCategoryName = "T恤" | "衬衫" | "裤装" | "外套" | "运动鞋" | "背包" | "零食" | "饮料" | "乳制品" | "个护" | "家清";
