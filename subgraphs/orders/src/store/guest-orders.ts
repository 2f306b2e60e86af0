import { query, sql, type EntityManager } from "@shopgraph/subgraph";

/**
 * Claims of guest orders and the verifications that make them take this lock on the address
 * first, inside their transaction: an order placed while its address is being verified is
 * claimed by one of the two, never missed by both.
 */
async function lockAddress(em: EntityManager, email: string): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(hashtextextended(${`guest-email:${email}`}, 0))`);
}

/**
 * `email` (normalised) is `userId`'s now, verified: remembered (replacing the user's older
 * address, and the address's older owner), and the guest orders placed with it that no one has
 * claimed become the user's, in the caller's transaction. A second delivery of the same event,
 * or a later verification of the same address, claims nothing more. Returns the ids claimed.
 */
export async function recordVerifiedEmail(em: EntityManager, userId: string, email: string): Promise<string[]> {
  await lockAddress(em, email);
  await query(em, sql`delete from verified_emails where user_id = ${userId} and email <> ${email}`);
  await query(
    em,
    sql`insert into verified_emails (email, user_id, verified_at) values (${email}, ${userId}, now())
        on conflict (email) do update set user_id = excluded.user_id, verified_at = excluded.verified_at`,
  );
  const rows = await query<{ id: string }>(
    em,
    sql`update orders set user_id = ${userId}
        where guest_email = ${email} and user_id is null
        returning id`,
  );
  return rows.map((row) => row.id);
}

/**
 * A guest order just placed with an address a user already verified becomes that user's; the
 * user's id, or null when the address is no verified one (or the order is not an unclaimed
 * guest order).
 */
export async function claimIfVerified(em: EntityManager, orderId: string, email: string): Promise<string | null> {
  return em.transactional(async (tx) => {
    await lockAddress(tx, email);
    const [row] = await query<{ user_id: string }>(
      tx,
      sql`update orders o set user_id = v.user_id from verified_emails v
          where o.id = ${orderId} and o.user_id is null and o.guest_email = ${email} and v.email = o.guest_email
          returning o.user_id`,
    );
    return row?.user_id ?? null;
  });
}
