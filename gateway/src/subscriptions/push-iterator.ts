/**
 * An async iterator fed from outside. Unlike an async generator, `return()` takes effect at once
 * even while the consumer waits for the next value, so an unsubscribe is never stuck behind an
 * event that has not come yet.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private ended = false;
  private resolveFinished!: () => void;
  /** Settles once the consumer has seen the end or stopped reading. */
  readonly finished = new Promise<void>((resolve) => (this.resolveFinished = resolve));

  constructor(
    /** Called once, when the iteration ends for any reason. */
    private readonly onEnd: () => void,
    /** Values held for a consumer that reads slower than they come; past it, `push` returns false. */
    private readonly capacity = 1_000,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  /** Hands a value to the consumer; false when the buffer is full (the value was not taken). */
  push(value: T): boolean {
    if (this.ended) return true;
    if (this.waiting) {
      const deliver = this.waiting;
      this.waiting = undefined;
      deliver({ value, done: false });
      return true;
    }
    if (this.buffer.length >= this.capacity) return false;
    this.buffer.push(value);
    return true;
  }

  /** No more values: the consumer gets the buffered ones, then the end. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    if (this.waiting) {
      const deliver = this.waiting;
      this.waiting = undefined;
      deliver({ value: undefined, done: true });
      this.resolveFinishedSoon();
    }
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.ended) {
      this.resolveFinishedSoon();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.end();
    this.resolveFinishedSoon();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** After the consumer acted on the end (graphql-ws sends `complete` right after it). */
  private resolveFinishedSoon(): void {
    setImmediate(this.resolveFinished);
  }
}
