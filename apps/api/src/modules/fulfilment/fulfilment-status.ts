import type { FulfilmentStatus as DomainFulfilmentStatus } from "@o2o/domain";
import type { FulfilmentStatus } from "../../generated/prisma/enums.ts";

/**
 * The database keeps a parcel on its way as SHIPPED where the domain machine says OUT_FOR_DELIVERY; the domain's
 * DELIVERY_FAILED has no stored form (failed deliveries are not offered by the API yet).
 */
export function fulfilmentStatusToDomain(status: FulfilmentStatus): DomainFulfilmentStatus {
  return status === "SHIPPED" ? "OUT_FOR_DELIVERY" : status;
}

export function fulfilmentStatusToDb(status: DomainFulfilmentStatus): FulfilmentStatus {
  if (status === "OUT_FOR_DELIVERY") return "SHIPPED";
  if (status === "DELIVERY_FAILED") throw new Error("DELIVERY_FAILED cannot be stored");
  return status;
}
