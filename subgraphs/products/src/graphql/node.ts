import { nodeInterface } from "@shopgraph/subgraph";

/** This subgraph's `Node` interface (every type with a global id implements it). */
export const Node = nodeInterface();
