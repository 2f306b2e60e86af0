import { isUuid } from "@shopgraph/kernel";
import { PageArgs } from "@shopgraph/subgraph";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CartType } from "./cart.types.js";
import { requireSelfOrAdmin } from "./access.js";
import type { OrdersContext } from "./context.js";
import { pageOfOrders } from "./order.resolver.js";
import { OrderConnection } from "./order.types.js";
import { UserReference } from "./references.types.js";

@Resolver(() => UserReference)
export class UserResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description: "Newest first; only the user and admins (FORBIDDEN otherwise)",
  })
  orders(@Root() user: UserReference, @Args() page: PageArgs, @Ctx() context: OrdersContext) {
    requireSelfOrAdmin(context.viewer, user.id);
    // Ids come from representations too; one that is no uuid has no orders and must not reach SQL.
    return pageOfOrders(context, isUuid(user.id) ? { userId: user.id.toLowerCase() } : { ids: [] }, page);
  }

  @FieldResolver(() => CartType, { nullable: true, description: "Only the user and admins (FORBIDDEN otherwise)" })
  cart(@Root() user: UserReference, @Ctx() { viewer, em, services }: OrdersContext) {
    requireSelfOrAdmin(viewer, user.id);
    // Ids come from representations too; one that is no uuid has no cart and must not reach SQL.
    return isUuid(user.id) ? services.carts.accountCart(em, user.id.toLowerCase()) : null;
  }
}
