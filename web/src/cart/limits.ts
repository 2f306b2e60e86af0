/** The orders subgraph's limit per cart line: the shop never offers more. */
export const MAX_LINE_QUANTITY = 99;
