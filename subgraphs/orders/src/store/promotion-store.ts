import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { isUuid } from "@shopgraph/kernel";
import type { NewPromotion, PromotionRules } from "../domain/promotions.js";

export interface PromotionView extends PromotionRules {
  uses: number;
  archivedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = sql`id, name, coupon_code as "couponCode", percent_off as "percentOff",
  amount_off_cents as "amountOffCents", free_shipping as "freeShipping", min_subtotal_cents as "minSubtotalCents",
  starts_at as "startsAt", ends_at as "endsAt", usage_limit as "usageLimit", per_customer_limit as "perCustomerLimit",
  uses, archived_at as "archivedAt", created_at as "createdAt"`;

const dateOf = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** Timestamps arrive as text from the driver (as MikroORM sets it up): dates here. */
function promotionOf(row: PromotionView): PromotionView {
  return {
    ...row,
    startsAt: dateOf(row.startsAt),
    endsAt: dateOf(row.endsAt),
    archivedAt: dateOf(row.archivedAt),
    createdAt: dateOf(row.createdAt)!,
  };
}

export async function insertPromotion(em: EntityManager, id: string, promotion: NewPromotion): Promise<PromotionView> {
  const [row] = await query<PromotionView>(
    em,
    sql`insert into promotions (id, name, coupon_code, percent_off, amount_off_cents, free_shipping,
          min_subtotal_cents, starts_at, ends_at, usage_limit, per_customer_limit, uses, created_at)
        values (${id}, ${promotion.name}, ${promotion.couponCode}, ${promotion.percentOff}, ${promotion.amountOffCents},
          ${promotion.freeShipping}, ${promotion.minSubtotalCents}, ${promotion.startsAt}, ${promotion.endsAt},
          ${promotion.usageLimit}, ${promotion.perCustomerLimit}, 0, now())
        returning ${COLUMNS}`,
  );
  return promotionOf(row!);
}

export async function findPromotion(em: EntityManager, id: string): Promise<PromotionView | null> {
  if (!isUuid(id)) return null;
  const [row] = await query<PromotionView>(em, sql`select ${COLUMNS} from promotions where id = ${id}`);
  return row ? promotionOf(row) : null;
}

export async function listPromotions(em: EntityManager): Promise<PromotionView[]> {
  const rows = await query<PromotionView>(
    em,
    sql`select ${COLUMNS} from promotions where archived_at is null order by created_at desc, id limit 1000`,
  );
  return rows.map(promotionOf);
}

/** Archives a promotion: its code stops working, past orders keep their discount. Whether it was live. */
export async function archivePromotion(em: EntityManager, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await query(
    em,
    sql`update promotions set archived_at = now() where id = ${id} and archived_at is null returning id`,
  );
  return rows.length > 0;
}

/**
 * The promotion by coupon code with its row locked for the rest of `tx`, and how often it was
 * used in all and by `customer`: read under the lock, so two checkouts with the same coupon
 * judge it one after the other and a limit of 10 gives exactly 10 discounts.
 */
export async function lockCoupon(
  tx: EntityManager,
  couponCode: string,
  customer: string,
  orderId: string,
): Promise<{ promotion: PromotionView; customerUses: number; redeemedByOrder: boolean } | null> {
  const [locked] = await query<PromotionView>(
    tx,
    sql`select ${COLUMNS} from promotions where coupon_code = ${couponCode} and archived_at is null for update`,
  );
  if (!locked) return null;
  const [count] = await query<{ uses: number; redeemed: boolean }>(
    tx,
    sql`select count(*) filter (where order_id <> ${orderId})::int as uses,
               bool_or(order_id = ${orderId}) as redeemed
        from promotion_redemptions where promotion_id = ${locked.id} and customer = ${customer}`,
  );
  return { promotion: promotionOf(locked), customerUses: count?.uses ?? 0, redeemedByOrder: count?.redeemed ?? false };
}

/**
 * The live promotion of a coupon code and how often it was used, in all and by `customer` (null:
 * nobody yet), without locking: what a preview judges a coupon on. The checkout judges it again
 * under lockCoupon's lock.
 */
export async function peekCoupon(
  em: EntityManager,
  couponCode: string,
  customer: string | null,
): Promise<{ promotion: PromotionView; customerUses: number } | null> {
  const [row] = await query<PromotionView & { customerUses: number }>(
    em,
    sql`select ${COLUMNS}, (select count(*)::int from promotion_redemptions r
                            where r.promotion_id = promotions.id and r.customer = ${customer}::text) as "customerUses"
        from promotions where coupon_code = ${couponCode} and archived_at is null`,
  );
  if (!row) return null;
  const { customerUses, ...promotion } = row;
  return { promotion: promotionOf(promotion), customerUses };
}

/**
 * Records one use of a promotion by an order, under the lock lockCoupon took (the check
 * constraint promotions_uses_within_limit would refuse a use past the limit all the same).
 * Once per order: a retried checkout does not count twice.
 */
export async function recordRedemption(
  tx: EntityManager,
  promotionId: string,
  orderId: string,
  customer: string,
): Promise<void> {
  await query(
    tx,
    sql`with redeemed as (
          insert into promotion_redemptions (promotion_id, order_id, customer, redeemed_at)
          values (${promotionId}, ${orderId}, ${customer}, now())
          on conflict do nothing returning promotion_id)
        update promotions set uses = uses + 1 where id in (select promotion_id from redeemed)`,
  );
}
