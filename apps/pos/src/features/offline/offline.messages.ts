// Strings of the offline mode and the sync (kept with the feature; the till's dictionary is src/i18n/messages.ts).

import type { Locale } from "@o2o/client";

const zhCN = {
  queued: "{count} 笔待同步",
  syncing: "正在同步…",
  conflicts: "{count} 笔同步异常",
  conflictsTitle: "同步异常的离线交易",
  conflictsIntro: "以下离线交易服务器未能入账，已记入异常日志，请店长核对处理。",
  conflictSoldAt: "交易时间",
  conflictTotal: "收款金额",
  conflictReason: "原因",
  conflictRetry: "重新提交",
  conflictNone: "没有同步异常。",
  close: "关闭",
  snapshotLoading: "正在下载商品资料…",
  snapshotReady: "离线商品资料：{count} 个 SKU",
  snapshotMissing: "尚无离线商品资料",
} as const;

export type OfflineMessageKey = keyof typeof zhCN;
type Dict = Record<OfflineMessageKey, string>;

const zhTW: Dict = {
  queued: "{count} 筆待同步",
  syncing: "正在同步…",
  conflicts: "{count} 筆同步異常",
  conflictsTitle: "同步異常的離線交易",
  conflictsIntro: "以下離線交易伺服器未能入帳，已記入異常日誌，請店長核對處理。",
  conflictSoldAt: "交易時間",
  conflictTotal: "收款金額",
  conflictReason: "原因",
  conflictRetry: "重新提交",
  conflictNone: "沒有同步異常。",
  close: "關閉",
  snapshotLoading: "正在下載商品資料…",
  snapshotReady: "離線商品資料：{count} 個 SKU",
  snapshotMissing: "尚無離線商品資料",
};

const en: Dict = {
  queued: "{count} to sync",
  syncing: "Syncing…",
  conflicts: "{count} sync problems",
  conflictsTitle: "Offline sales the server refused",
  conflictsIntro: "The server could not record these offline sales. They are in the exception log for the manager to settle.",
  conflictSoldAt: "Sold at",
  conflictTotal: "Taken",
  conflictReason: "Reason",
  conflictRetry: "Submit again",
  conflictNone: "No sync problems.",
  close: "Close",
  snapshotLoading: "Downloading the catalogue…",
  snapshotReady: "Offline catalogue: {count} SKUs",
  snapshotMissing: "No offline catalogue yet",
};

export const offlineMessages: Record<Locale, Dict> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

export function offlineText(locale: Locale, key: OfflineMessageKey, params: Record<string, string | number> = {}): string {
  return offlineMessages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
