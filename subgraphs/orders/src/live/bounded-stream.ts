/**
 * An async iterator fed by pushes, holding at most `capacity` values its reader has not taken
 * yet. A reader that falls further behind is dropped: what was waiting is discarded and its next
 * read throws `overflowError()`, so one slow reader never makes the process hold events forever.
 */
export class BoundedStream<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((step: IteratorResult<T>) => void) | undefined;
  private failure: Error | undefined;
  private ended = false;

  constructor(
    private readonly capacity: number,
    private readonly overflowError: () => Error,
    /** Runs once, when the stream ends (returned by its reader, or overflowed). */
    private readonly onEnd: () => void,
  ) {}

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

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ done: false, value: this.buffer.shift() as T });
    if (this.failure) {
      const error = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
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
