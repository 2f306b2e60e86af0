import type { EventCatalog } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import { PartnerAppProjection } from "../entities/index.js";

/**
 * Applies a `partner_app.changed` newer than what is known (an older one arriving late changes
 * nothing); a deletion is for good. Returns the app as it is now known.
 */
export async function applyPartnerAppChange(
  em: EntityManager,
  app: EventCatalog["partner_app.changed"],
  occurredAt: Date,
): Promise<{ disabled: boolean; deleted: boolean }> {
  const [row] = await query<{ disabled: boolean; deleted: boolean }>(
    em,
    sql`insert into partner_app_projections (id, name, disabled, deleted, updated_at)
        values (${app.appId}, ${app.name}, ${app.disabled}, ${app.deleted}, ${occurredAt})
        on conflict (id) do update
          set name = excluded.name, disabled = excluded.disabled,
              deleted = partner_app_projections.deleted or excluded.deleted, updated_at = excluded.updated_at
          where partner_app_projections.updated_at < excluded.updated_at
        returning disabled, deleted`,
  );
  if (row) return row;
  const known = await em.findOneOrFail(PartnerAppProjection, app.appId);
  return { disabled: known.disabled, deleted: known.deleted };
}

export function findPartnerApp(em: EntityManager, appId: string): Promise<PartnerAppProjection | null> {
  return em.findOne(PartnerAppProjection, appId);
}
