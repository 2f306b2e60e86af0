import { query, sql, textArray, type EntityManager } from "@shopgraph/subgraph";
import { isUuid } from "@shopgraph/kernel";
import { PROMOTION_LIMITS, type NewPromotion, type PromotionRules } from "../domain/promotions.js";

export interface PromotionView extends PromotionRules {
  uses: number;
  archivedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = sql`id, name, coupon_code as "couponCode", percent_off as "percentOff",
  amount_off_cents as "amountOffCents", free_shipping as "freeShipping", min_subtotal_cents as "minSubtotalCents",
  starts_at as "startsAt", ends_at as "endsAt", usage_limit as "usageLimit", per_customer_limit as "perCustomerLimit",
  product_ids as "productIds", category_ids as "categoryIds", first_order_only as "firstOrderOnly",
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
          min_subtotal_cents, starts_at, ends_at, usage_limit, per_customer_limit, product_ids, category_ids,
          first_order_only, uses, created_at)
        values (${id}, ${promotion.name}, ${promotion.couponCode}, ${promotion.percentOff}, ${promotion.amountOffCents},
          ${promotion.freeShipping}, ${promotion.minSubtotalCents}, ${promotion.startsAt}, ${promotion.endsAt},
          ${promotion.usageLimit}, ${promotion.perCustomerLimit}, ${textArray(promotion.productIds)},
          ${textArray(promotion.categoryIds)}, ${promotion.firstOrderOnly}, 0, now())
        returning ${COLUMNS}`,
  );
  return promotionOf(row!);
}

/**
 * How many promotions are live, counted under a transaction-wide lock that every creation takes:
 * two admins creating the last allowed one at once take turns. Call it inside a transaction.
 */
export async function lockAndCountLivePromotions(tx: EntityManager): Promise<number> {
  await query(tx, sql`select pg_advisory_xact_lock(hashtext('promotions.live'))`);
  const [row] = await query<{ live: number }>(
    tx,
    sql`select count(*)::int as live from promotions where archived_at is null`,
  );
  return row!.live;
}

export async function findPromotion(em: EntityManager, id: string): Promise<PromotionView | null> {
  if (!isUuid(id)) return null;
  const [row] = await query<PromotionView>(em, sql`select ${COLUMNS} from promotions where id = ${id}`);
  return row ? promotionOf(row) : null;
}

export async function listPromotions(em: EntityManager): Promise<PromotionView[]> {
  const rows = await query<PromotionView>(
    em,
    sql`select ${COLUMNS} from promotions where archived_at is null order by created_at desc, id limit ${PROMOTION_LIMITS.live}`,
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

/** Who redeems: a user id, or a guest's normalised e-mail address (see PromotionRedemption.customer). */
const isGuestKey = (customer: string) => !isUuid(customer);

/**
 * How many orders other than `orderId` the customer placed that were not cancelled: a user's
 * (guest orders their verified address claimed included), or, for a guest's e-mail address, the
 * unclaimed guest orders with it and the orders of the account that verified it.
 */
const earlierOrders = (customer: string, orderId: string) =>
  isGuestKey(customer)
    ? sql`(select count(*)::int from orders o
           where o.id <> ${orderId}::uuid and o.status <> 'CANCELLED'
             and ((o.user_id is null and o.guest_email = ${customer}::text)
               or o.user_id in (select v.user_id from verified_emails v where v.email = ${customer}::text)))`
    : sql`(select count(*)::int from orders o
           where o.id <> ${orderId}::uuid and o.status <> 'CANCELLED' and o.user_id = ${customer}::uuid)`;

/** Serialises a customer's first-order redemptions across promotions (space 4003, the customer key). */
const FIRST_ORDER_LOCK_SPACE = 4003;

/**
 * The promotion by coupon code with its row locked for the rest of `tx`, and how often it was
 * used in all and by `customer`: read under the lock, so two checkouts with the same coupon
 * judge it one after the other and a limit of 10 gives exactly 10 discounts. For a first-order
 * promotion the customer is locked too (so two of their checkouts with different first-order
 * coupons also take turns) before their earlier orders are counted: a statement's snapshot is
 * taken before any lock it waits for, so the count is its own statement after the lock's.
 */
export async function lockCoupon(
  tx: EntityManager,
  couponCode: string,
  customer: string,
  orderId: string,
): Promise<{ promotion: PromotionView; customerUses: number; redeemedByOrder: boolean; earlierOrders: number } | null> {
  const [locked] = await query<PromotionView>(
    tx,
    sql`select ${COLUMNS} from promotions where coupon_code = ${couponCode} and archived_at is null for update`,
  );
  if (!locked) return null;
  if (locked.firstOrderOnly) {
    await query(tx, sql`select pg_advisory_xact_lock(${FIRST_ORDER_LOCK_SPACE}, hashtext(${customer}::text))`);
  }
  const [count] = await query<{ uses: number; redeemed: boolean; earlierOrders: number }>(
    tx,
    sql`select count(*) filter (where order_id <> ${orderId})::int as uses,
               bool_or(order_id = ${orderId}) as redeemed,
               ${locked.firstOrderOnly ? earlierOrders(customer, orderId) : sql`0`} as "earlierOrders"
        from promotion_redemptions where promotion_id = ${locked.id} and customer = ${customer}`,
  );
  return {
    promotion: promotionOf(locked),
    customerUses: count?.uses ?? 0,
    redeemedByOrder: count?.redeemed ?? false,
    earlierOrders: count?.earlierOrders ?? 0,
  };
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
): Promise<{ promotion: PromotionView; customerUses: number; earlierOrders: number } | null> {
  // The nil UUID stands for "no order yet": every earlier order counts.
  const earlier = customer === null ? sql`0` : earlierOrders(customer, "00000000-0000-0000-0000-000000000000");
  const [row] = await query<PromotionView & { customerUses: number; earlierOrders: number }>(
    em,
    sql`select ${COLUMNS}, (select count(*)::int from promotion_redemptions r
                            where r.promotion_id = promotions.id and r.customer = ${customer}::text) as "customerUses",
               case when first_order_only then ${earlier} else 0 end as "earlierOrders"
        from promotions where coupon_code = ${couponCode} and archived_at is null`,
  );
  if (!row) return null;
  const { customerUses, earlierOrders: earlierCount, ...promotion } = row;
  return { promotion: promotionOf(promotion), customerUses, earlierOrders: earlierCount };
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
