import { isUuid } from "@shopgraph/kernel";
import { PageArgs } from "@shopgraph/subgraph";
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CartType } from "./cart.types.js";
import { requireSelfOrAdmin } from "./access.js";
import type { OrdersContext } from "./context.js";
import { pageOfOrders, statusesOf } from "./order.resolver.js";
import { OrderConnection, UserOrderFilter } from "./order.types.js";
import { UserReference } from "./references.types.js";

@Resolver(() => UserReference)
export class UserResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description: "Newest first; only the user and admins (FORBIDDEN otherwise)",
  })
  orders(
    @Root() user: UserReference,
    @Args() page: PageArgs,
    @Arg("filter", () => UserOrderFilter, { nullable: true }) filter: UserOrderFilter | null,
    @Ctx() context: OrdersContext,
  ) {
    requireSelfOrAdmin(context.viewer, user.id);
    // Ids come from representations too; one that is no uuid has no orders and must not reach SQL.
    const owner = isUuid(user.id) ? { userId: user.id.toLowerCase() } : { ids: [] };
    return pageOfOrders(
      context,
      {
        ...owner,
        ...statusesOf(filter),
        ...(filter?.createdFrom ? { createdFrom: filter.createdFrom } : {}),
        ...(filter?.createdTo ? { createdTo: filter.createdTo } : {}),
      },
      page,
    );
  }

  @FieldResolver(() => CartType, { nullable: true, description: "Only the user and admins (FORBIDDEN otherwise)" })
  cart(@Root() user: UserReference, @Ctx() { viewer, em, services }: OrdersContext) {
    requireSelfOrAdmin(viewer, user.id);
    // Ids come from representations too; one that is no uuid has no cart and must not reach SQL.
    return isUuid(user.id) ? services.carts.accountCart(em, user.id.toLowerCase()) : null;
  }
}
