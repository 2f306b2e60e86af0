import { query, sql, type EntityManager } from "@shopgraph/subgraph";

/**
 * Gives the guest orders placed with `email` (normalised) to the user who verified it, in one
 * statement. Only orders no one has claimed move: a second delivery of the same event, or a later
 * verification of the same address, claims nothing. Returns the ids of the orders claimed.
 */
export async function claimGuestOrders(em: EntityManager, userId: string, email: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    sql`update orders set user_id = ${userId}
        where guest_email = ${email} and user_id is null
        returning id`,
  );
  return rows.map((row) => row.id);
}
