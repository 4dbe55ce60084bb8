import { randomUUID } from "node:crypto";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { MemberViewer, StaffViewer } from "../../auth/viewer.ts";
import type { Db } from "../../db/client.ts";
import { invalidField, notFound } from "../../errors/api-errors.ts";
import type { EventSignup as EventSignupRow, Prisma } from "../../generated/prisma/client.ts";
import { type Connection, type PageArgs, paginate } from "../../graphql/pagination.ts";
import type { CreateMemberEventInput, MemberEvent } from "./engagement.types.ts";
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
    const tierIds = [...new Set(input.tierIds)];
    const [store, tiers] = await Promise.all([
      input.storeId ? this.db.store.findFirst({ where: { id: input.storeId, merchantId: viewer.merchantId }, select: { id: true } }) : null,
      tierIds.length ? this.db.memberTier.count({ where: { merchantId: viewer.merchantId, id: { in: tierIds } } }) : 0,
    ]);
    if (input.storeId && !store) throw notFound("Store", input.storeId);
    if (tiers !== tierIds.length) throw invalidField("tierIds", "Unknown member tier.");
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
