import { problem, Rejection, type Problem } from "@shopgraph/kernel";
import type { TransitionErrorCode } from "./errors.js";
import { canTransition, type OrderStatus } from "./order-state.js";

/** One status change, as it is recorded in the history and in `order.status_changed`. */
export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  at: Date;
  /** The user who asked for it; null when the system did (payment timeout). */
  by: string | null;
  reason: string | null;
}

/** Runs before a transition the table allows; a problem stops it with nothing changed. */
export type TransitionGuard<C> = (transition: Transition, context: C) => Problem<TransitionErrorCode> | undefined;

/** Runs after the status changed, in the same unit of work: history, events, timestamps, stock. */
export type TransitionEffect<C> = (transition: Transition, context: C) => void | Promise<void>;

export interface StateMachineHooks<C> {
  guards: readonly TransitionGuard<C>[];
  effects: readonly TransitionEffect<C>[];
}

export interface TransitionRequest {
  to: OrderStatus;
  by: string | null;
  reason: string | null;
  at?: Date;
}

/**
 * A thin machine over the transition table (after Vendure's `OrderStateMachine`): the table says
 * what is possible, guards say what is allowed now, effects say what follows. Callers hold the
 * order's row lock, so two transitions of one order never interleave.
 */
export class OrderStateMachine<C extends { order: { status: OrderStatus } }> {
  constructor(private readonly hooks: StateMachineHooks<C>) {}

  async transition(context: C, request: TransitionRequest): Promise<Transition> {
    const from = context.order.status;
    const transition: Transition = {
      from,
      to: request.to,
      at: request.at ?? new Date(),
      by: request.by,
      reason: request.reason,
    };
    if (!canTransition(from, request.to)) {
      refuse(problem("INVALID_TRANSITION", `An order cannot go from ${from} to ${request.to}`));
    }
    for (const guard of this.hooks.guards) {
      const refusal = guard(transition, context);
      if (refusal) refuse(refusal);
    }
    context.order.status = request.to;
    for (const effect of this.hooks.effects) await effect(transition, context);
    return transition;
  }
}

/** Aborts the caller's unit of work: the order keeps its status and nothing follows. */
function refuse(refusal: Problem<TransitionErrorCode>): never {
  throw new Rejection([refusal]);
}
