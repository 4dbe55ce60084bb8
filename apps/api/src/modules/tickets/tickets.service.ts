import type { RequestAudit } from "../../audit/request-audit.ts";
import { authz, type MemberViewer, type Scope, type StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { forbidden, invalidField, notFound } from "../../errors/api-errors.ts";
import type { Prisma, ServiceTicket as TicketRow, TicketMessage as MessageRow } from "../../generated/prisma/client.ts";
import type { TicketStatus } from "../../generated/prisma/enums.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { emit } from "../../outbox/outbox.ts";
import type { OutboxRelay } from "../../outbox/outbox-relay.ts";
import type { TicketMessagePayload } from "../../outbox/topics.ts";
import { canMoveTicket, ratingRefusal, statusAfterMessage, type TicketRefusal } from "./ticket-status.ts";
import type { CreateTicketInput, TicketFilter } from "./tickets.inputs.ts";

export type TicketOutcome = { ok: true; ticket: TicketRow } | ({ ok: false; status: TicketStatus } & TicketRefusal);

/** Who writes on a ticket: the member who opened it, or staff with member:write in its store. */
export type TicketWriter = { kind: "MEMBER"; viewer: MemberViewer } | { kind: "STAFF"; viewer: StaffViewer };

const NEWEST_FIRST: Prisma.ServiceTicketOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

function messagePayload(merchantId: string, ticket: TicketRow, message: MessageRow): TicketMessagePayload {
  return {
    merchantId,
    ticketId: ticket.id,
    memberId: ticket.memberId,
    storeId: ticket.storeId,
    messageId: message.id,
    author: message.author,
    body: message.body,
    at: message.createdAt.toISOString(),
  };
}

/**
 * Feedback and service tickets. Members open tickets and reply on their own; staff read the tickets of the stores where
 * they hold member:read (tickets without a store need it merchant-wide) and reply or change status with member:write
 * there. Every write locks the ticket row, so the status rules see the current status; every message leaves a
 * TICKET_MESSAGE outbox event in the same transaction.
 */
export class TicketsService {
  constructor(
    private readonly db: Db,
    private readonly relay: OutboxRelay,
  ) {}

  async create(viewer: MemberViewer, input: CreateTicketInput, audit: RequestAudit): Promise<TicketRow> {
    const { merchantId, memberId } = viewer;
    let storeId = input.storeId ?? null;
    if (input.orderId) {
      const order = await this.db.order.findFirst({
        where: { id: input.orderId, merchantId, memberId, training: false },
        select: { storeId: true },
      });
      if (!order) throw invalidField("orderId", "You have no such order.");
      storeId ??= order.storeId;
    }
    if (input.storeId && !(await this.db.store.findFirst({ where: { id: input.storeId, merchantId }, select: { id: true } }))) {
      throw invalidField("storeId", "No such store.");
    }
    const ticket = await this.db.$transaction(async (tx) => {
      const created = await tx.serviceTicket.create({
        data: { memberId, storeId, orderId: input.orderId ?? null, category: input.category, subject: input.subject.trim() },
      });
      const message = await tx.ticketMessage.create({ data: { ticketId: created.id, author: "MEMBER", body: input.body.trim() } });
      await emit(tx, "TICKET_MESSAGE", messagePayload(merchantId, created, message));
      await audit.record(tx, {
        action: "ticket.create",
        entityType: "ServiceTicket",
        entityId: created.id,
        storeId,
        after: { ...created, messageId: message.id, bodyLength: message.body.length },
      });
      return created;
    });
    void this.relay.kick();
    return ticket;
  }

  reply(writer: TicketWriter, ticketId: string, body: string, audit: RequestAudit): Promise<TicketOutcome> {
    return this.change(writer, ticketId, async (tx, ticket) => {
      const next = statusAfterMessage(ticket.status, writer.kind);
      if (!next.ok) return { ...next, status: ticket.status };
      const message = await tx.ticketMessage.create({
        data: { ticketId, author: writer.kind, staffId: writer.kind === "STAFF" ? writer.viewer.staffId : null, body: body.trim() },
      });
      const updated = await tx.serviceTicket.update({ where: { id: ticketId }, data: { status: next.status } });
      await emit(tx, "TICKET_MESSAGE", messagePayload(writer.viewer.merchantId, updated, message));
      await audit.record(tx, {
        action: writer.kind === "STAFF" ? "ticket.staffReply" : "ticket.reply",
        entityType: "ServiceTicket",
        entityId: ticketId,
        storeId: ticket.storeId,
        before: { status: ticket.status },
        after: { status: updated.status, messageId: message.id, bodyLength: message.body.length },
      });
      return { ok: true, ticket: updated };
    });
  }

  setStatus(viewer: StaffViewer, ticketId: string, status: TicketStatus, audit: RequestAudit): Promise<TicketOutcome> {
    return this.change({ kind: "STAFF", viewer }, ticketId, async (tx, ticket) => {
      if (ticket.status === status) return { ok: true, ticket };
      if (!canMoveTicket(ticket.status, status)) {
        return {
          ok: false,
          code: "INVALID_STATUS_TRANSITION",
          message: `A ${ticket.status} ticket cannot become ${status}.`,
          status: ticket.status,
        };
      }
      const updated = await tx.serviceTicket.update({ where: { id: ticketId }, data: { status } });
      await audit.record(tx, {
        action: "ticket.setStatus",
        entityType: "ServiceTicket",
        entityId: ticketId,
        storeId: ticket.storeId,
        before: { status: ticket.status },
        after: { status },
      });
      return { ok: true, ticket: updated };
    });
  }

  rate(viewer: MemberViewer, ticketId: string, rating: number, audit: RequestAudit): Promise<TicketOutcome> {
    return this.change({ kind: "MEMBER", viewer }, ticketId, async (tx, ticket) => {
      const refusal = ratingRefusal(ticket.status, ticket.rating);
      if (refusal) return { ok: false, ...refusal, status: ticket.status };
      const updated = await tx.serviceTicket.update({ where: { id: ticketId }, data: { rating } });
      await audit.record(tx, {
        action: "ticket.rate",
        entityType: "ServiceTicket",
        entityId: ticketId,
        storeId: ticket.storeId,
        after: { rating },
      });
      return { ok: true, ticket: updated };
    });
  }

  list(viewer: StaffViewer, scope: Scope, filter: TicketFilter | null | undefined, page: PageArgs) {
    const and: Prisma.ServiceTicketWhereInput[] = [{ member: { merchantId: viewer.merchantId } }];
    if (filter?.storeId) {
      if (!authz.canSeeStore(scope, filter.storeId)) throw forbidden("Missing permission member:read in this store.");
      and.push({ storeId: filter.storeId });
    } else {
      const inScope = authz.storeFilter(scope);
      if (inScope) and.push({ storeId: inScope });
    }
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.category) and.push({ category: filter.category });
    const where = { AND: and };
    return paginate(
      page,
      (p) => this.db.serviceTicket.findMany({ where, orderBy: NEWEST_FIRST, ...p }),
      () => this.db.serviceTicket.count({ where }),
    );
  }

  ofMember(viewer: MemberViewer, page: PageArgs) {
    const where = { memberId: viewer.memberId };
    return paginate(
      page,
      (p) => this.db.serviceTicket.findMany({ where, orderBy: NEWEST_FIRST, ...p }),
      () => this.db.serviceTicket.count({ where }),
    );
  }

  /** NOT_FOUND when the merchant has no such ticket, FORBIDDEN when it is for a store outside the scope. */
  async forStaff(viewer: StaffViewer, scope: Scope, id: string): Promise<TicketRow> {
    const ticket = await this.db.serviceTicket.findFirst({ where: { id, member: { merchantId: viewer.merchantId } } });
    if (!ticket) throw notFound("Ticket", id);
    if (!authz.canSeeStore(scope, ticket.storeId)) throw forbidden("This ticket is for a store outside your member:read scope.");
    return ticket;
  }

  /** A member's own ticket; other tickets are NOT_FOUND to them. */
  async forMember(viewer: MemberViewer, id: string): Promise<TicketRow> {
    const ticket = await this.db.serviceTicket.findFirst({ where: { id, memberId: viewer.memberId } });
    if (!ticket) throw notFound("Ticket", id);
    return ticket;
  }

  /** Who may follow a ticket live: its member, or staff with member:read in its store. Throws otherwise. */
  async assertCanFollow(viewer: MemberViewer | StaffViewer, id: string): Promise<void> {
    if (viewer.kind === "MEMBER") await this.forMember(viewer, id);
    else await this.forStaff(viewer, authz.require(viewer, "member:read").scope, id);
  }

  messages(ticketId: string, page: PageArgs) {
    const where = { ticketId };
    return paginate(
      page,
      (p) => this.db.ticketMessage.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...p }),
      () => this.db.ticketMessage.count({ where }),
    );
  }

  /** Locks the ticket, checks the writer may change it, runs the change; kicks the relay after commit. */
  private async change(
    writer: TicketWriter,
    ticketId: string,
    apply: (tx: Tx, ticket: TicketRow) => Promise<TicketOutcome>,
  ): Promise<TicketOutcome> {
    const outcome = await this.db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(
        `SELECT t.id FROM "ServiceTicket" t JOIN "Member" m ON m.id = t."memberId" WHERE t.id = $1 AND m."merchantId" = $2 FOR UPDATE OF t`,
        ticketId,
        writer.viewer.merchantId,
      );
      const ticket = await tx.serviceTicket.findFirst({ where: { id: ticketId, member: { merchantId: writer.viewer.merchantId } } });
      if (!ticket) throw notFound("Ticket", ticketId);
      if (writer.kind === "MEMBER" && ticket.memberId !== writer.viewer.memberId) throw notFound("Ticket", ticketId);
      if (writer.kind === "STAFF") {
        const scope = authz.scopeOf(writer.viewer, "member:write");
        if (!scope || !authz.canSeeStore(scope, ticket.storeId))
          throw forbidden("This ticket is for a store outside your member:write scope.");
      }
      return apply(tx, ticket);
    });
    if (outcome.ok) void this.relay.kick();
    return outcome;
  }
}
