import { defineMessages } from "./define-messages";

export const membersMessages = defineMessages({
  "members.searchPlaceholder": ["姓名或手机号", "姓名或手機號", "Name or phone"],
  "members.empty": ["没有符合条件的会员", "沒有符合條件的會員", "No members match"],
  "members.tier": ["等级", "等級", "Tier"],
  "members.points": ["积分", "點數", "Points"],
  "members.spend": ["累计消费", "累計消費", "Lifetime spend"],
  "members.joined": ["入会时间", "入會時間", "Joined"],
  "members.profile": ["会员资料", "會員資料", "Profile"],
  "members.phone": ["手机号", "手機號", "Phone"],
  "members.credit": ["储值余额", "儲值餘額", "Store credit"],
  "members.homeStore": ["归属门店", "歸屬門市", "Home store"],
  "members.orders": ["最近订单", "最近訂單", "Recent orders"],
  "members.pointsLedger": ["积分明细", "點數明細", "Points ledger"],
  "members.balance": ["余额 {n}", "餘額 {n}", "balance {n}"],
  "members.tierHistory": ["等级变化", "等級變化", "Tier history"],
});
