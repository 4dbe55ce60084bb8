import type { OrderStatus, Prisma } from "../generated/prisma/client.ts";
import { minutesFrom } from "./seed-context.ts";
import type { Random } from "./seed-random.ts";

const HOUR_MINUTES = 60;
const DAY_MS = 86_400_000;

const ADDRESSES = [
  { province: "上海市", city: "上海市", district: "徐汇区", line: "漕溪北路 88 号 1202 室", postalCode: "200030" },
  { province: "上海市", city: "上海市", district: "浦东新区", line: "张杨路 500 号 15 楼", postalCode: "200122" },
  { province: "北京市", city: "北京市", district: "海淀区", line: "中关村大街 27 号 8 层", postalCode: "100080" },
  { province: "北京市", city: "北京市", district: "朝阳区", line: "建国路 93 号 6 号楼 1801", postalCode: "100022" },
  { province: "浙江省", city: "杭州市", district: "西湖区", line: "文三路 478 号 3 单元 502", postalCode: "310012" },
  { province: "广东省", city: "深圳市", district: "南山区", line: "高新南七道 10 号 2 栋 706", postalCode: "518057" },
  { province: "江苏省", city: "南京市", district: "鼓楼区", line: "中山北路 200 号 1 栋 901", postalCode: "210009" },
];

const CARRIERS = [
  { name: "顺丰速运", prefix: "SF" },
  { name: "中通快递", prefix: "ZT" },
];

export type FulfilmentPlan = {
  orderStatus: OrderStatus;
  fulfilment: Prisma.FulfilmentCreateManyInput;
  events: Prisma.TrackingEventCreateManyInput[];
};

type OnlineOrder = {
  id: string;
  type: "DELIVERY" | "PICKUP";
  paidAt: Date;
  recipient: { name: string; phone: string };
  pickupStoreId: string | null;
};

/**
 * Where an online order has got to, by its age: deliveries go paid → shipped → delivered → completed over a week,
 * pickups are ready within hours and collected within two days.
 */
export function planFulfilment(random: Random, ids: () => string, order: OnlineOrder, now: Date): FulfilmentPlan {
  const ageDays = (now.getTime() - order.paidAt.getTime()) / DAY_MS;
  const fulfilmentId = ids();
  const base = { id: fulfilmentId, orderId: order.id, type: order.type, createdAt: order.paidAt };

  if (order.type === "PICKUP") {
    const pickupCode = random.code(6, "0123456789");
    const pickup = { ...base, pickupStoreId: order.pickupStoreId, pickupCode };
    if (ageDays < 0.25) return { orderStatus: "PAID", fulfilment: { ...pickup, status: "PENDING" }, events: [] };
    const readyAt = minutesFrom(order.paidAt, random.int(30, 2 * HOUR_MINUTES));
    if (ageDays < 2) {
      return { orderStatus: "READY_FOR_PICKUP", fulfilment: { ...pickup, status: "READY_FOR_PICKUP", readyAt }, events: [] };
    }
    const collectedAt = minutesFrom(readyAt, random.int(2 * HOUR_MINUTES, 40 * HOUR_MINUTES));
    return { orderStatus: "COMPLETED", fulfilment: { ...pickup, status: "COLLECTED", readyAt, collectedAt }, events: [] };
  }

  const address = { recipient: order.recipient.name, phone: order.recipient.phone, ...random.pick(ADDRESSES) };
  const delivery = { ...base, address };
  if (ageDays < 1) return { orderStatus: "PAID", fulfilment: { ...delivery, status: "PENDING" }, events: [] };

  const carrier = random.pick(CARRIERS);
  const shippedAt = minutesFrom(order.paidAt, random.int(2 * HOUR_MINUTES, 20 * HOUR_MINUTES));
  const shipped = {
    ...delivery,
    carrier: carrier.name,
    trackingNumber: `${carrier.prefix}${random.code(12, "0123456789")}`,
    shippedAt,
  };
  const events: Prisma.TrackingEventCreateManyInput[] = [
    {
      id: ids(),
      fulfilmentId,
      status: "PICKED_UP",
      description: `${carrier.name} 已揽收`,
      location: "上海市青浦区",
      occurredAt: shippedAt,
    },
  ];
  const inTransitAt = minutesFrom(shippedAt, 8 * HOUR_MINUTES);
  if (inTransitAt < now) {
    events.push({
      id: ids(),
      fulfilmentId,
      status: "IN_TRANSIT",
      description: `快件已发往 ${address.city} 转运中心`,
      location: address.city,
      occurredAt: inTransitAt,
    });
  }
  if (ageDays < 3) return { orderStatus: "SHIPPED", fulfilment: { ...shipped, status: "SHIPPED" }, events };

  const deliveredAt = minutesFrom(shippedAt, random.int(20 * HOUR_MINUTES, 44 * HOUR_MINUTES));
  events.push({
    id: ids(),
    fulfilmentId,
    status: "DELIVERED",
    description: "已签收，签收人：本人",
    location: `${address.city}${address.district}`,
    occurredAt: deliveredAt,
  });
  return {
    orderStatus: ageDays < 7 ? "DELIVERED" : "COMPLETED",
    fulfilment: { ...shipped, status: "DELIVERED", deliveredAt },
    events,
  };
}
