/**
 * An async iterator fed by pushes, holding at most `capacity` values its reader has not taken
 * yet. A reader that falls further behind is dropped: what was waiting is discarded and its next
 * read throws `overflowError()`, so one slow reader never makes the process hold events forever.
 * Unlike an async generator, `return()` takes effect at once, even while a read waits for a value
 * that may never come, so an unsubscribe is never stuck behind the next event.
 *
 * A stream can be held: what is pushed meanwhile waits, unseen by the reader, until every hold
 * is released, and each release may put values ahead of it (a snapshot read while the pushes
 * waited, so the reader sees it before anything pushed after the hold began).
 */
export class BoundedStream<T> implements AsyncIterableIterator<T> {
  private buffer: T[] = [];
  /** Values releases put ahead of the buffer, while other holds are still on. */
  private ahead: T[] = [];
  private holds = 0;
  private waiting: { resolve: (step: IteratorResult<T>) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private ended = false;
  private settle: () => void = () => undefined;
  /** Settles once the reader has seen the end (or the overflow error), or stopped reading. */
  readonly closed = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(
    private readonly capacity: number,
    private readonly overflowError: () => Error,
    /** Runs once, when the stream ends (ended, returned by its reader, or overflowed). */
    private readonly onEnd: () => void,
  ) {}

  /** False once the stream has ended: what is pushed from then on is dropped. */
  get open(): boolean {
    return !this.ended;
  }

  /** Hands `value` to the reader; false when the stream has ended (or has just overflowed). */
  push(value: T): boolean {
    if (this.ended) return false;
    if (this.waiting && this.holds === 0) {
      this.buffer.push(value);
      this.handOver();
      return true;
    }
    // A read may be waiting here only while the stream is held.
    if (this.buffer.length + this.ahead.length >= this.capacity) {
      this.overflow();
      return false;
    }
    this.buffer.push(value);
    return true;
  }

  /** From now on pushed values wait for `release`; holds nest. */
  hold(): void {
    this.holds++;
  }

  /**
   * Ends one hold, putting `first` ahead of what was pushed while held. Once no hold is left the
   * reader gets them all; more than `capacity` waiting then overflows.
   */
  release(first: readonly T[] = []): void {
    if (this.holds === 0) return;
    this.holds--;
    if (this.ended) return;
    this.ahead.push(...first);
    if (this.holds > 0) return;
    this.buffer = [...this.ahead, ...this.buffer];
    this.ahead = [];
    if (this.buffer.length > this.capacity) this.overflow();
    else this.handOver();
  }

  /** No more values: the reader gets those buffered (held ones too), then the end. */
  end(): void {
    if (this.ended) return;
    this.holds = 0;
    this.buffer = [...this.ahead, ...this.buffer];
    this.ahead = [];
    this.finish();
    this.handOver();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.holds === 0 && this.buffer.length > 0) {
      return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    }
    if (this.failure) {
      const error = this.failure;
      this.failure = undefined;
      this.settleSoon();
      return Promise.reject(error);
    }
    if (this.ended && this.holds === 0) {
      this.settleSoon();
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The reader is done: drop what is buffered and end a read that is waiting. */
  return(): Promise<IteratorResult<T>> {
    this.buffer = [];
    this.ahead = [];
    this.holds = 0;
    this.failure = undefined;
    if (!this.ended) this.finish();
    this.waiting?.resolve({ done: true, value: undefined });
    this.waiting = undefined;
    this.settleSoon();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Answers a waiting read, if the buffer or the end can answer it now. */
  private handOver(): void {
    if (!this.waiting) return;
    if (this.buffer.length === 0 && !this.ended) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    this.next().then(waiting.resolve, waiting.reject);
  }

  private overflow(): void {
    this.buffer = [];
    this.ahead = [];
    this.holds = 0;
    this.failure = this.overflowError();
    this.finish();
    this.handOver();
  }

  private finish(): void {
    this.ended = true;
    this.onEnd();
  }

  /** After the reader has acted on the end (a graphql-ws server sends `complete` right then). */
  private settleSoon(): void {
    setImmediate(this.settle);
  }
}
