// Strings of the shopping flow, one file per locale.
import { shopEn } from "./shop.messages.en";
import { shopZhCN } from "./shop.messages.zh-CN";
import { shopZhTW } from "./shop.messages.zh-TW";

export const shopMessages = { "zh-CN": shopZhCN, "zh-TW": shopZhTW, en: shopEn };
