import { normaliseMobileNumber } from "@o2o/domain";
import type { RequestAudit } from "../../audit/request-audit.ts";
import type { MemberViewer, StaffViewer } from "../../auth/viewer.ts";
import type { Db, Tx } from "../../db/client.ts";
import { conflict, invalidField, notFound } from "../../errors/api-errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type PageArgs, paginate } from "../../graphql/pagination.ts";
import { likeLiteral } from "../../db/like-literal.ts";
import { SortDirection } from "../../graphql/sorting.ts";
import { newReferralCode } from "../auth/auth.service.ts";
import { phoneFragment } from "./phone-search.ts";
import {
  type CreateMemberInput,
  type MemberFilter,
  type MemberSort,
  MemberSortField,
  type UpdateMemberInput,
  type UpdateMyProfileInput,
} from "./members.inputs.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";

/** Sign-in secrets and lockout counters never leave the service, not even into audit rows. */
const PRIVATE = { passwordHash: true, failedLoginCount: true, lockedUntil: true } as const;
export type MemberRow = Prisma.MemberGetPayload<{ omit: typeof PRIVATE }>;

const SORT_COLUMN = {
  [MemberSortField.CREATED_AT]: "createdAt",
  [MemberSortField.LIFETIME_SPEND]: "lifetimeSpend",
  [MemberSortField.POINTS]: "pointsBalance",
  [MemberSortField.NAME]: "name",
} as const;
const DEFAULT_SORT: MemberSort = { field: MemberSortField.CREATED_AT, direction: SortDirection.DESC };

function mobileOrThrow(raw: string): string {
  const result = normaliseMobileNumber(raw);
  if (!result.ok) throw invalidField("phone", "Enter a valid mainland China mobile number.");
  return result.mobile;
}

type DetailsInput = UpdateMyProfileInput & Partial<Pick<UpdateMemberInput, "gender" | "homeStoreId">>;

/** The columns an update writes: fields left out stay, null clears; consent keeps its timestamp in step. */
function detailsData(before: { consentMarketing: boolean }, input: DetailsInput, now: Date): Prisma.MemberUncheckedUpdateInput {
  const data: Prisma.MemberUncheckedUpdateInput = {};
  if (input.name !== undefined) data.name = input.name?.trim() ?? null;
  if (input.email !== undefined) data.email = input.email ?? null;
  if (input.birthday !== undefined) data.birthday = input.birthday ?? null;
  if (input.gender !== undefined) data.gender = input.gender ?? null;
  if (input.homeStoreId !== undefined) data.homeStoreId = input.homeStoreId ?? null;
  if (input.consentMarketing != null && input.consentMarketing !== before.consentMarketing) {
    data.consentMarketing = input.consentMarketing;
    data.consentAt = input.consentMarketing ? now : null;
  }
  return data;
}

/** Member reads for staff and the member themself, and the basic member writes (profile, consent, home store). */
export class MembersService {
  constructor(private readonly db: Db) {}

  list(merchantId: string, filter: MemberFilter | null | undefined, sort: MemberSort | null | undefined, page: PageArgs) {
    const where = this.where(merchantId, filter ?? {});
    const { field, direction } = sort ?? DEFAULT_SORT;
    const dir = direction === SortDirection.ASC ? "asc" : "desc";
    const orderBy: Prisma.MemberOrderByWithRelationInput[] = [{ [SORT_COLUMN[field]]: dir }, { id: dir }];
    return paginate(
      page,
      (p) => this.db.member.findMany({ where, orderBy, omit: PRIVATE, ...p }),
      () => this.db.member.count({ where }),
    );
  }

  private where(merchantId: string, filter: MemberFilter): Prisma.MemberWhereInput {
    const and: Prisma.MemberWhereInput[] = [{ merchantId }];
    const search = filter.search?.trim();
    if (search) {
      const digits = phoneFragment(search);
      and.push({
        OR: [{ name: { contains: likeLiteral(search), mode: "insensitive" } }, ...(digits ? [{ phone: { contains: digits } }] : [])],
      });
    }
    if (filter.tierId) and.push({ tierId: filter.tierId });
    if (filter.minSpend != null) and.push({ lifetimeSpend: { gte: filter.minSpend } });
    if (filter.consentMarketing != null) and.push({ consentMarketing: filter.consentMarketing });
    return { AND: and };
  }

  async byId(merchantId: string, id: string): Promise<MemberRow> {
    const member = await this.db.member.findFirst({ where: { id, merchantId }, omit: PRIVATE });
    if (!member) throw notFound("Member", id);
    return member;
  }

  /** The till's lookup: null when the number is not a member's. */
  byPhone(merchantId: string, rawPhone: string): Promise<MemberRow | null> {
    const phone = mobileOrThrow(rawPhone);
    return this.db.member.findUnique({ where: { merchantId_phone: { merchantId, phone } }, omit: PRIVATE });
  }

  tiers(merchantId: string | null) {
    if (!merchantId) return Promise.resolve([]);
    return this.db.memberTier.findMany({ where: { merchantId }, orderBy: [{ rank: "asc" }] });
  }

  points(memberId: string, page: PageArgs) {
    const where = { memberId };
    return paginate(
      page,
      (p) => this.db.pointsEntry.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...p }),
      () => this.db.pointsEntry.count({ where }),
    );
  }

  async create(staff: StaffViewer, input: CreateMemberInput, audit: RequestAudit): Promise<MemberRow> {
    const { merchantId } = staff;
    const phone = mobileOrThrow(input.phone);
    if (input.homeStoreId) await this.assertStore(merchantId, input.homeStoreId);
    const taken = () => conflict(`${phone} is already a member.`);
    try {
      return await this.db.$transaction(async (tx) => {
        if (await tx.member.findUnique({ where: { merchantId_phone: { merchantId, phone } }, select: { id: true } })) throw taken();
        const details = detailsData({ consentMarketing: false }, input, new Date());
        const member = await tx.member.create({
          data: { ...(details as Prisma.MemberUncheckedCreateInput), merchantId, phone, referralCode: newReferralCode() },
          omit: PRIVATE,
        });
        await audit.record(tx, {
          action: "member.create",
          entityType: "Member",
          entityId: member.id,
          storeId: member.homeStoreId,
          after: member,
        });
        return member;
      });
    } catch (error) {
      // Two tills registering the same number at once: the unique index decides, the loser gets the same answer.
      if (isUniqueViolation(error) && (await this.db.member.count({ where: { merchantId, phone } })) > 0) throw taken();
      throw error;
    }
  }

  async update(staff: StaffViewer, id: string, input: UpdateMemberInput, audit: RequestAudit): Promise<MemberRow> {
    if (input.homeStoreId) await this.assertStore(staff.merchantId, input.homeStoreId);
    return this.db.$transaction((tx) => this.write(tx, staff.merchantId, id, input, "member.update", audit));
  }

  /** A member changing their own profile (no gender, home store or phone here). */
  updateProfile(viewer: MemberViewer, input: UpdateMyProfileInput, audit: RequestAudit): Promise<MemberRow> {
    const { name, email, birthday, consentMarketing } = input;
    return this.db.$transaction((tx) =>
      this.write(tx, viewer.merchantId, viewer.memberId, { name, email, birthday, consentMarketing }, "member.updateProfile", audit),
    );
  }

  private async write(tx: Tx, merchantId: string, id: string, input: DetailsInput, action: string, audit: RequestAudit) {
    // Lock the row so the audit's "before" is the state this change replaced, even with a concurrent edit.
    await tx.$queryRawUnsafe(`SELECT id FROM "Member" WHERE id = $1 AND "merchantId" = $2 FOR UPDATE`, id, merchantId);
    const before = await tx.member.findFirst({ where: { id, merchantId }, omit: PRIVATE });
    if (!before) throw notFound("Member", id);
    const after = await tx.member.update({ where: { id }, data: detailsData(before, input, new Date()), omit: PRIVATE });
    await audit.record(tx, { action, entityType: "Member", entityId: id, storeId: after.homeStoreId, before, after });
    return after;
  }

  private async assertStore(merchantId: string, storeId: string): Promise<void> {
    const store = await this.db.store.findFirst({ where: { id: storeId, merchantId }, select: { id: true } });
    if (!store) throw invalidField("homeStoreId", "No such store.");
  }
}
