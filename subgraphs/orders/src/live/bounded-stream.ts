/**
 * An async iterator fed by pushes, holding at most `capacity` values its reader has not taken
 * yet. A reader that falls further behind is dropped: what was waiting is discarded and its next
 * read throws `overflowError()`, so one slow reader never makes the process hold events forever.
 */
export class BoundedStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: { resolve(step: IteratorResult<T>): void; reject(error: unknown): void } | undefined;
  private failure: unknown;
  private ended = false;

  constructor(
    private readonly capacity: number,
    private readonly overflowError: () => Error,
    /** Runs once, when the stream ends for any reason (read to its end, returned, overflowed). */
    private readonly onEnd: () => void,
  ) {}

  /** Hands `value` to the reader; false when the stream has ended (or has just overflowed). */
  push(value: T): boolean {
    if (this.ended) return false;
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting.resolve({ done: false, value });
      return true;
    }
    if (this.buffer.length >= this.capacity) {
      this.fail(this.overflowError());
      return false;
    }
    this.buffer.push(value);
    return true;
  }

  /** Ends the stream with `error`: the reader gets it on its next read. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.buffer.length = 0;
    this.failure = error;
    this.finish();
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = undefined;
      this.failure = undefined;
      waiting.reject(error);
    }
  }

  /** Ends the stream once the reader has taken what is buffered. */
  end(): void {
    if (this.ended) return;
    this.finish();
    this.waiting?.resolve({ done: true, value: undefined });
    this.waiting = undefined;
  }

  get size(): number {
    return this.buffer.length;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    if (this.failure !== undefined) {
      const error = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The reader is done: drop what is buffered and end a read that is waiting. */
  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.failure = undefined;
    this.end();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    this.ended = true;
    this.onEnd();
  }
}
