/** A release that frees its slot once, however often it is called. */
export type Release = () => void;

/**
 * A bounded number of things in flight at once (uploads, media reads, page renders): `tryTake`
 * gives a slot's release, or undefined when all are taken; the caller decides what "busy" means.
 */
export class Slots {
  private taken = 0;

  constructor(private readonly size: number) {}

  tryTake(): Release | undefined {
    if (this.taken >= this.size) return undefined;
    this.taken += 1;
    return once(() => (this.taken -= 1));
  }
}

/** The same bound for each key on its own (say, a client address); an idle key holds no memory. */
export class SlotsByKey {
  private readonly taken = new Map<string, number>();

  constructor(private readonly size: number) {}

  tryTake(key: string): Release | undefined {
    const taken = this.taken.get(key) ?? 0;
    if (taken >= this.size) return undefined;
    this.taken.set(key, taken + 1);
    return once(() => {
      const left = (this.taken.get(key) ?? 1) - 1;
      if (left > 0) this.taken.set(key, left);
      else this.taken.delete(key);
    });
  }

  /** Keys holding a slot now. */
  get keys(): number {
    return this.taken.size;
  }
}

function once(release: () => void): Release {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
