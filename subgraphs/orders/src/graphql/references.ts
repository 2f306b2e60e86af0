import { isUuid } from "@shopgraph/kernel";
import { maySeeOrder } from "./access.js";
import type { OrdersContext } from "./context.js";

/** How `_entities` turns keys into objects; an order the viewer may not see resolves to null. */
export const referenceResolvers = {
  Order: {
    async __resolveReference(reference: { id: unknown }, { viewer, orderById }: OrdersContext) {
      const id = String(reference.id);
      const order = isUuid(id) ? await orderById.load(id.toLowerCase()) : null;
      return order && maySeeOrder(viewer, order) ? order : null;
    },
  },
  User: {
    __resolveReference(reference: { id: unknown }) {
      return { id: String(reference.id) };
    },
  },
};
