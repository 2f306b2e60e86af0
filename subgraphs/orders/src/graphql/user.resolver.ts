import { isUuid } from "@shopgraph/kernel";
import { PageArgs } from "@shopgraph/subgraph";
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CartType } from "./cart.types.js";
import { requireOrdersReader, requireSelfOrAdmin } from "./access.js";
import type { OrdersContext } from "./context.js";
import { pageOfOrders, statusesOf } from "./order.resolver.js";
import { OrderConnection, UserOrderFilter } from "./order.types.js";
import { UserReference } from "./references.types.js";

@Resolver(() => UserReference)
export class UserResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description:
      "The user's orders, newest first, 20 a page by default and at most 100; only the user and admins (FORBIDDEN otherwise)",
  })
  orders(
    @Root() user: UserReference,
    @Args() page: PageArgs,
    @Arg("filter", () => UserOrderFilter, { nullable: true, description: "Conditions every order listed must meet" })
    filter: UserOrderFilter | null,
    @Ctx() context: OrdersContext,
  ) {
    requireOrdersReader(context.viewer, user.id);
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

  @FieldResolver(() => CartType, {
    nullable: true,
    description: "The account cart; only the user and admins (FORBIDDEN otherwise); null when an admin finds none",
  })
  cart(@Root() user: UserReference, @Ctx() { viewer, em, services }: OrdersContext) {
    requireSelfOrAdmin(viewer, user.id);
    // Ids come from representations too; one that is no uuid has no cart and must not reach SQL.
    if (!isUuid(user.id)) return null;
    const userId = user.id.toLowerCase();
    // The shopper's own cart is made on first use; an admin looking at someone's makes none.
    return viewer.kind === "user" && viewer.userId === userId
      ? services.carts.accountCart(em, userId)
      : services.carts.ownCart(em, userId);
  }
}
