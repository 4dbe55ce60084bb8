import type { Locale } from "@o2o/client";

const zhCN = {
  welcome: "欢迎光临",
  waiting: "等待收银台连接…",
  item: "商品",
  qty: "数量",
  amount: "金额",
  subtotal: "小计",
  discount: "优惠",
  total: "应付",
  member: "会员",
  paid: "支付成功",
  change: "找零",
  thanks: "谢谢惠顾，欢迎再次光临",
  empty: "请稍候，收银员正在为您结账",
} as const;

type Dict = Record<keyof typeof zhCN, string>;

const zhTW: Dict = {
  welcome: "歡迎光臨",
  waiting: "等待收銀台連線…",
  item: "商品",
  qty: "數量",
  amount: "金額",
  subtotal: "小計",
  discount: "優惠",
  total: "應付",
  member: "會員",
  paid: "付款成功",
  change: "找零",
  thanks: "謝謝惠顧，歡迎再次光臨",
  empty: "請稍候，收銀員正在為您結帳",
};

const en: Dict = {
  welcome: "Welcome",
  waiting: "Waiting for the till…",
  item: "Item",
  qty: "Qty",
  amount: "Amount",
  subtotal: "Subtotal",
  discount: "Discount",
  total: "To pay",
  member: "Member",
  paid: "Paid — thank you",
  change: "Change",
  thanks: "Thank you, see you again",
  empty: "One moment, your items are being scanned",
};

export const displayMessages: Record<Locale, Dict> = { "zh-CN": zhCN, "zh-TW": zhTW, en };
