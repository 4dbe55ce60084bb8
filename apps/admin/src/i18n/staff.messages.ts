import { defineMessages } from "./define-messages";

export const staffMessages = defineMessages({
  "audit.filters": ["审计筛选", "稽核篩選", "Audit filters"],
  "audit.who": ["操作人", "操作人", "Who"],
  "audit.action": ["操作", "操作", "Action"],
  "audit.entity": ["对象", "對象", "Entity"],
  "audit.entityId": ["对象 ID", "對象 ID", "Entity ID"],
  "audit.details": ["详情", "詳情", "Details"],
  "audit.changes": ["查看变更", "檢視變更", "Show changes"],
  "audit.empty": ["没有符合条件的记录", "沒有符合條件的紀錄", "No entries match"],
  "audit.merchantWide": ["全商户", "全商戶", "Merchant-wide"],
  "actor.STAFF": ["员工", "員工", "Staff"],
  "actor.MEMBER": ["会员", "會員", "Member"],
  "actor.SYSTEM": ["系统", "系統", "System"],
  "staff.users": ["员工账号", "員工帳號", "Staff accounts"],
  "staff.name": ["员工", "員工", "Staff"],
  "staff.roles": ["角色与门店", "角色與門市", "Roles and stores"],
  "staff.lastLogin": ["最近登录", "最近登入", "Last sign-in"],
  "staff.rolesTitle": ["角色与权限", "角色與權限", "Roles and permissions"],
  "staff.signOutOthers": ["退出其他设备", "登出其他裝置", "Sign out other sessions"],
  "staff.signOutOthersConfirm": [
    "退出你在其他设备上的所有登录？当前页面不受影响。",
    "登出你在其他裝置上的所有登入？目前頁面不受影響。",
    "Sign out every other session of yours? This one stays signed in.",
  ],
  "staff.signedOutOthers": ["已退出 {n} 个其他会话", "已登出 {n} 個其他工作階段", "{n} other sessions signed out"],
});
