/** Something a service runs in the background while it serves: an outbox relay, a sweeper, a consumer. */
export interface Worker {
  /** For logs: which worker failed to start or stop. */
  readonly name: string;
  start(): Promise<void> | void;
  /**
   * Also called when `start` threw (it may have opened a connection before failing), so it must
   * undo a start that went halfway.
   */
  stop(): Promise<void>;
}
