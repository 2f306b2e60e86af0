/**
 * An async iterator fed by pushes, holding at most `capacity` values its reader has not taken
 * yet. A reader that falls further behind is dropped: what was waiting is discarded and its next
 * read throws `overflowError()`, so one slow reader never makes the process hold events forever.
 * Unlike an async generator, `return()` takes effect at once, even while a read waits for a value
 * that may never come, so an unsubscribe is never stuck behind the next event.
 */
export class BoundedStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((step: IteratorResult<T>) => void) | undefined;
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
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value });
      return true;
    }
    if (this.buffer.length >= this.capacity) {
      // A read is never waiting here: the buffer is full.
      this.buffer.length = 0;
      this.failure = this.overflowError();
      this.finish();
      return false;
    }
    this.buffer.push(value);
    return true;
  }

  /** No more values: the reader gets those buffered, then the end. */
  end(): void {
    if (this.ended) return;
    this.finish();
    if (this.waiting) {
      this.waiting({ done: true, value: undefined });
      this.waiting = undefined;
      this.settleSoon();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    if (this.failure) {
      const error = this.failure;
      this.failure = undefined;
      this.settleSoon();
      return Promise.reject(error);
    }
    if (this.ended) {
      this.settleSoon();
      return Promise.resolve({ done: true, value: undefined });
    }
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** The reader is done: drop what is buffered and end a read that is waiting. */
  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.failure = undefined;
    if (!this.ended) this.finish();
    this.waiting?.({ done: true, value: undefined });
    this.waiting = undefined;
    this.settleSoon();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
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
