import type { RequestAudit } from "../../audit/request-audit.ts";
import type { Db } from "../../db/client.ts";
import { notFound } from "../../errors/api-errors.ts";
import type { UpdateStoreInput } from "./stores.types.ts";

export class StoresService {
  constructor(private readonly db: Db) {}

  async update(merchantId: string, id: string, input: UpdateStoreInput, audit: RequestAudit) {
    return this.db.$transaction(async (tx) => {
      const before = await tx.store.findFirst({ where: { id, merchantId } });
      if (!before) throw notFound("Store", id);
      const after = await tx.store.update({
        where: { id },
        data: {
          name: input.name ?? undefined,
          addressLine: input.addressLine ?? undefined,
          phone: input.phone ?? undefined,
          openingHours: (input.openingHours ?? undefined) as object | undefined,
          active: input.active ?? undefined,
        },
      });
      await audit.record(tx, { action: "store.update", entityType: "Store", entityId: id, storeId: id, before, after });
      return after;
    });
  }
}
