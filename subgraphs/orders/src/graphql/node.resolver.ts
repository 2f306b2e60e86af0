import { fromGlobalId } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { NodeId } from "@shopgraph/subgraph";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { OrdersContext } from "./context.js";
import { visibleNode } from "./references.js";
import { Node } from "./node.js";

/** The most ids one `nodes` call may ask for (the gateway's cost estimate counts them too). */
export const MAX_NODE_IDS = 100;

/**
 * The object of a global id with its `__typename`, or null when the viewer may not see it. A raw
 * UUID names no type, so it finds nothing here.
 */
async function nodeOf(context: OrdersContext, id: string): Promise<object | null> {
  const global = fromGlobalId(id);
  if (!global) return null;
  const found = await visibleNode[global.type](global.uuid, context);
  return found ? { ...found, __typename: global.type } : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "The object of a global id (any Node's id), as its own root field would show it to you: null for an id " +
      "that names nothing you may see (someone else's order or cart, an unknown id, a raw UUID)",
  })
  node(
    @Arg("id", () => ID, { description: "A global id, e.g. Order_AZBdr5l2cxKkEp3pcXH6Yw" }) @NodeId("Node") id: string,
    @Ctx() context: OrdersContext,
  ) {
    return nodeOf(context, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `The objects of these global ids, in their order, null where node(id:) would be null; at most ${MAX_NODE_IDS} ids (BAD_USER_INPUT otherwise)`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: "Global ids, at most 100" }) @NodeId("Node") ids: string[],
    @Ctx() context: OrdersContext,
  ) {
    if (ids.length > MAX_NODE_IDS) throw badUserInput(`At most ${MAX_NODE_IDS} ids per call`, "ids");
    return Promise.all(ids.map((id) => nodeOf(context, id)));
  }
}
