import { randomUUID } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type MemberViewer, type Scope, type StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { forbidden, invalidField, notFound } from "../../errors/api-errors.ts";
import type { EventSignup as EventSignupRow, Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { CreateMemberEventInput, MemberEvent, UpdateMemberEventInput } from "./engagement.types.ts";
import type { Failure } from "./marketing-errors.ts";

type EventRow = Prisma.MemberEventGetPayload<{ include: { _count: { select: { signups: true } }; signups: { select: { id: true } } } }>;

export type SignupOutcome =
  | { ok: true; signup: EventSignupRow }
  | (Failure<"EVENT_FULL" | "EVENT_CLOSED" | "EVENT_TIER_NOT_ELIGIBLE"> & { eventId: string });

/** An event as GraphQL shows it: seats taken and left, and whether the viewing member holds one. */
function eventOf(row: EventRow, memberId: string | null): MemberEvent {
  const taken = row._count.signups;
  return {
    ...row,
    // The array column has no database default: rows written without it (the demo seed) hold NULL.
    tierIds: row.tierIds ?? [],
    signedUpCount: taken,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
    signedUp: memberId ? row.signups.length > 0 : null,
  };
}

/** Member events with sign-up; capacity is enforced under the event's row lock. */
export class MemberEventService {
  constructor(private readonly db: Db) {}

  private include(memberId: string | null) {
    return { _count: { select: { signups: true } }, signups: { where: { memberId: memberId ?? "" }, select: { id: true } } } as const;
  }

  /** Upcoming ACTIVE events (not yet ended), soonest first, unless `all`. */
  async list(merchantId: string | null, memberId: string | null, all: boolean, page: PageArgs): Promise<Connection<MemberEvent>> {
    const where: Prisma.MemberEventWhereInput = {
      ...(merchantId ? { merchantId } : {}),
      ...(all ? {} : { status: "ACTIVE", endsAt: { gt: new Date() } }),
    };
    const connection = await paginate(
      page,
      (p) => this.db.memberEvent.findMany({ where, include: this.include(memberId), orderBy: [{ startsAt: "asc" }, { id: "asc" }], ...p }),
      () => this.db.memberEvent.count({ where }),
    );
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: eventOf(e.node, memberId) })) };
  }

  async get(id: string, memberId: string | null): Promise<MemberEvent | null> {
    const row = await this.db.memberEvent.findUnique({ where: { id }, include: this.include(memberId) });
    return row ? eventOf(row, memberId) : null;
  }

  async create(viewer: StaffViewer, input: CreateMemberEventInput, audit: RequestAudit): Promise<MemberEvent> {
    if (input.startsAt >= input.endsAt) throw invalidField("endsAt", "The end must be after the start.");
    if (input.endsAt <= new Date()) throw invalidField("endsAt", "The event is already over.");
    const [store, tierIds] = await Promise.all([
      input.storeId ? this.db.store.findFirst({ where: { id: input.storeId, merchantId: viewer.merchantId }, select: { id: true } }) : null,
      this.checkTiers(this.db, viewer.merchantId, input.tierIds),
    ]);
    if (input.storeId && !store) throw notFound("Store", input.storeId);
    const row = await this.db.$transaction(async (tx) => {
      const created = await tx.memberEvent.create({
        data: {
          merchantId: viewer.merchantId,
          storeId: input.storeId ?? null,
          title: input.title,
          description: input.description ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity ?? null,
          tierIds,
          status: input.status,
        },
        include: this.include(null),
      });
      await audit.record(tx, {
        action: "member_event.create",
        entityType: "MemberEvent",
        entityId: created.id,
        storeId: created.storeId,
        after: created,
      });
      return created;
    });
    return eventOf(row, null);
  }

  /**
   * Changes an event under its row lock (marketing:write in its store, or merchant-wide for an event without one). The
   * capacity cannot drop below the seats already taken; status ENDED cancels the event.
   */
  async update(viewer: StaffViewer, id: string, input: UpdateMemberEventInput, audit: RequestAudit): Promise<MemberEvent> {
    const row = await this.db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM "MemberEvent" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`, id, viewer.merchantId);
      const before = await tx.memberEvent.findFirst({ where: { id, merchantId: viewer.merchantId }, include: this.include(null) });
      if (!before) throw notFound("Member event", id);
      if (before.storeId) authz.requireInStore(viewer, "marketing:write", before.storeId);
      else authz.requireMerchantWide(viewer, "marketing:write");
      const startsAt = input.startsAt ?? before.startsAt;
      const endsAt = input.endsAt ?? before.endsAt;
      if (startsAt >= endsAt) throw invalidField("endsAt", "The end must be after the start.");
      if (input.endsAt && input.endsAt <= new Date()) throw invalidField("endsAt", "The event is already over.");
      const capacity = input.capacity === undefined ? before.capacity : input.capacity;
      if (capacity !== null && capacity < before._count.signups) {
        throw invalidField("capacity", `${before._count.signups} members have signed up already.`);
      }
      const tierIds = input.tierIds ? await this.checkTiers(tx, viewer.merchantId, input.tierIds) : undefined;
      const after = await tx.memberEvent.update({
        where: { id },
        data: {
          title: input.title ?? undefined,
          description: input.description,
          startsAt,
          endsAt,
          capacity,
          tierIds,
          status: input.status ?? undefined,
        },
        include: this.include(null),
      });
      await audit.record(tx, {
        action: "member_event.update",
        entityType: "MemberEvent",
        entityId: id,
        storeId: after.storeId,
        before,
        after,
      });
      return after;
    });
    return eventOf(row, null);
  }

  /** Who signed up, first come first: for staff whose scope covers the event's store (merchant-wide for an event without one). */
  async signups(viewer: StaffViewer, scope: Scope, eventId: string, page: PageArgs): Promise<Connection<EventSignupRow>> {
    const event = await this.db.memberEvent.findFirst({ where: { id: eventId, merchantId: viewer.merchantId }, select: { storeId: true } });
    if (!event) throw notFound("Member event", eventId);
    if (!authz.canSeeStore(scope, event.storeId)) throw forbidden("This event is for a store outside your marketing:read scope.");
    const where = { eventId };
    return paginate(
      page,
      (p) => this.db.eventSignup.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...p }),
      () => this.db.eventSignup.count({ where }),
    );
  }

  /** The distinct tier ids, all of them the merchant's. */
  private async checkTiers(db: Db | Tx, merchantId: string, ids: string[]): Promise<string[]> {
    const tierIds = [...new Set(ids)];
    const found = tierIds.length ? await db.memberTier.count({ where: { merchantId, id: { in: tierIds } } }) : 0;
    if (found !== tierIds.length) throw invalidField("tierIds", "Unknown member tier.");
    return tierIds;
  }

  /**
   * Takes a seat: the event row is locked, so concurrent sign-ups are counted one after another and the last seat
   * goes to exactly one member. Signing up twice returns the existing place.
   */
  async signUp(viewer: MemberViewer, eventId: string, audit: RequestAudit): Promise<SignupOutcome> {
    return this.db.$transaction(async (tx): Promise<SignupOutcome> => {
      const events = await tx.$queryRawUnsafe<
        { status: string; endsAt: Date | string; capacity: number | null; tierIds: string[] | null; storeId: string | null }[]
      >(
        `SELECT status::text AS status, "endsAt", capacity, "tierIds", "storeId" FROM "MemberEvent" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`,
        eventId,
        viewer.merchantId,
      );
      const event = events[0];
      if (!event) throw notFound("Member event", eventId);
      const existing = await tx.eventSignup.findUnique({ where: { eventId_memberId: { eventId, memberId: viewer.memberId } } });
      if (existing) return { ok: true, signup: existing };
      if (event.status !== "ACTIVE" || new Date(event.endsAt) <= new Date()) {
        return { ok: false, code: "EVENT_CLOSED", message: "Sign-up for this event is closed.", eventId };
      }
      // The array column has no database default: rows written without it (the demo seed) hold NULL.
      const tierIds = event.tierIds ?? [];
      if (tierIds.length) {
        const member = await tx.member.findUnique({ where: { id: viewer.memberId }, select: { tierId: true } });
        if (!member?.tierId || !tierIds.includes(member.tierId)) {
          return { ok: false, code: "EVENT_TIER_NOT_ELIGIBLE", message: "This event is for members of other tiers.", eventId };
        }
      }
      const inserted = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO "EventSignup" (id, "eventId", "memberId", "createdAt")
         SELECT $1, $2, $3, now() WHERE $4::int IS NULL OR (SELECT count(*) FROM "EventSignup" WHERE "eventId" = $2) < $4::int
         ON CONFLICT ("eventId", "memberId") DO NOTHING RETURNING id`,
        randomUUID(),
        eventId,
        viewer.memberId,
        event.capacity,
      );
      const id = inserted[0]?.id;
      if (!id) return { ok: false, code: "EVENT_FULL", message: "The event is full.", eventId };
      const signup = await tx.eventSignup.findUniqueOrThrow({ where: { id } });
      await audit.record(tx, {
        action: "member_event.signup",
        entityType: "EventSignup",
        entityId: id,
        storeId: event.storeId,
        after: signup,
      });
      return { ok: true, signup };
    });
  }

  /** Gives the member's seat back; false when they held none. */
  async cancelSignup(viewer: MemberViewer, eventId: string, audit: RequestAudit): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.eventSignup.deleteMany({
        where: { eventId, memberId: viewer.memberId, event: { merchantId: viewer.merchantId } },
      });
      if (count > 0)
        await audit.record(tx, {
          action: "member_event.cancel_signup",
          entityType: "MemberEvent",
          entityId: eventId,
          after: { memberId: viewer.memberId },
        });
      return count > 0;
    });
  }
}
