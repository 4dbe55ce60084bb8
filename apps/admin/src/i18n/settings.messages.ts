import { defineMessages } from "./define-messages";

export const settingsMessages = defineMessages({
  "settings.languages": ["界面语言", "介面語言", "Languages"],
  "settings.languagesBody": [
    "后台支持：{list}。每位员工可自行切换。",
    "後台支援：{list}。每位員工可自行切換。",
    "The console speaks {list}; each person picks their own.",
  ],
  "settings.stores": ["门店与收银台", "門市與收銀台", "Stores and registers"],
  "settings.address": ["地址", "地址", "Address"],
  "settings.registers": ["收银台", "收銀台", "Registers"],
  "settings.editStore": ["编辑 {name}", "編輯 {name}", "Edit {name}"],
  "settings.phone": ["电话", "電話", "Phone"],
});
