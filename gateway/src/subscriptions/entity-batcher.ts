import type { GraphQLDataSource, GraphQLDataSourceProcessOptions, ServiceMap } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Counter, Metrics } from "@shopgraph/platform";
import type { GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "../data-source.js";

/** What the relay tells the batcher about the subscriber an event is resolved for. */
export interface SubscriberContext extends GatewayContext {
  /**
   * A customer's event may share an entity fetch with other customers' events when the
   * subgraph's answer is PUBLIC (see EntityFetchBatcher). An admin's never does: an admin may
   * select fields only admins may read.
   */
  shareableFetches: boolean;
}

type Options = GraphQLDataSourceProcessOptions<SubscriberContext>;
type Response = GatewayGraphQLResponse;

interface Waiting {
  options: Options;
  representations: unknown[];
  resolve(response: Response): void;
  reject(error: unknown): void;
}

interface Batch {
  service: string;
  /** The fetch whatever the identity: service, document, other variables, language. */
  fetchKey: string;
  shared: boolean;
  waiting: Waiting[];
}

/** At most this many events share one request; more go in the next. */
const MAX_EVENTS_PER_FETCH = 100;

/**
 * How long a fetch whose shared answer was not PUBLIC is not offered for sharing again: its
 * selection (hence its hints) does not change, and each refusal costs a request.
 */
const NOT_PUBLIC_MEMORY_MS = 5 * 60_000;
const MAX_REMEMBERED_FETCHES = 500;

/**
 * Batches the entity fetches of subscription events that arrive together (in the same tick, or
 * within `windowMs`): the `_entities` fetches of one plan to one subgraph become one request
 * carrying every event's representations, and each event gets back exactly its own slice of the
 * answer (`_entities` and the errors whose path points into it).
 *
 * Identities are never merged carelessly. Events of one subscriber (the same Authorization and
 * language) share a request that carries that subscriber's token, as before. Events of different
 * customers may share one request only when what it fetches is the same for everyone: that
 * request carries no credentials at all, and its answer is used only when the subgraph declared
 * it PUBLIC (`Cache-Control: public`, from the `@cacheControl` hints of what it selected) and it
 * has no error; otherwise it is thrown away and each subscriber's events are fetched with their
 * own token. An admin's events are fetched with the admin's token only.
 */
export class EntityFetchBatcher {
  private readonly pending = new Map<string, Batch>();
  private scheduled = false;
  /** Fetches whose shared answer was not PUBLIC, until when they are fetched per subscriber straight away. */
  private readonly notPublic = new Map<string, number>();
  private readonly requests: Counter<"subgraph" | "outcome"> | undefined;

  constructor(
    private readonly sources: ServiceMap,
    private readonly windowMs = 0,
    metrics?: Metrics,
  ) {
    this.requests = metrics?.counter(
      "gateway_subscription_entity_fetches_total",
      "Subgraph requests made for subscription events' entities; outcome: alone (one event), merged (one subscriber's events), shared (several customers', PUBLIC answer), shared_refused (not PUBLIC: fetched again per subscriber)",
      ["subgraph", "outcome"],
    );
  }

  /** The data sources the relay runs its plans with: entity fetches go through the batcher. */
  dataSources(): ServiceMap {
    return Object.fromEntries(
      Object.entries(this.sources).map(([service, source]) => [
        service,
        { process: (options: Options) => this.process(service, source, options) } as GraphQLDataSource,
      ]),
    );
  }

  private process(service: string, source: GraphQLDataSource, options: Options): Promise<Response> {
    const { request, context } = options;
    const { representations, ...rest } = request.variables ?? {};
    if (!Array.isArray(representations) || request.query === undefined || !("shareableFetches" in context)) {
      return source.process(options);
    }
    // JSON keeps the parts apart whatever characters they hold.
    const fetchKey = JSON.stringify([
      service,
      request.query,
      request.operationName ?? "",
      rest,
      context.acceptLanguage ?? "",
    ]);
    const shared = context.shareableFetches && (this.notPublic.get(fetchKey) ?? 0) < Date.now();
    const key = JSON.stringify([fetchKey, shared ? null : (context.authorization ?? "")]);
    return new Promise<Response>((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        batch = { service, fetchKey, shared, waiting: [] };
        this.pending.set(key, batch);
      }
      batch.waiting.push({ options, representations, resolve, reject });
      if (batch.waiting.length >= MAX_EVENTS_PER_FETCH) {
        this.pending.delete(key);
        this.send(batch);
      } else this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const flush = () => {
      this.scheduled = false;
      const batches = [...this.pending.values()];
      this.pending.clear();
      for (const batch of batches) this.send(batch);
    };
    if (this.windowMs > 0) setTimeout(flush, this.windowMs);
    else setImmediate(flush);
  }

  private send(batch: Batch): void {
    const source = this.sources[batch.service]!;
    void (batch.shared ? this.sendShared(batch, source) : this.sendMerged(batch.service, source, batch.waiting));
  }

  /** Several customers' events: one anonymous request, used only if its answer is PUBLIC. */
  private async sendShared({ service, fetchKey, waiting }: Batch, source: GraphQLDataSource): Promise<void> {
    const identities = Map.groupBy(waiting, (item) => item.options.context.authorization ?? "");
    if (identities.size === 1) return this.sendMerged(service, source, waiting);
    const first = waiting[0]!.options;
    const anonymous: SubscriberContext = {
      authorization: undefined,
      requestId: first.context.requestId,
      acceptLanguage: first.context.acceptLanguage,
      shareableFetches: true,
    };
    let answer: Response | undefined;
    try {
      answer = await source.process({ ...merged(waiting), context: anonymous });
    } catch {
      answer = undefined;
    }
    if (answer && isPublic(answer) && isComplete(answer, waiting)) {
      this.requests?.inc({ subgraph: service, outcome: "shared" });
      distribute(answer, waiting);
      return;
    }
    this.requests?.inc({ subgraph: service, outcome: "shared_refused" });
    // An error may be about these entities only; a policy that is not PUBLIC is the selection's.
    if (answer && !isPublic(answer) && !answer.errors?.length) this.rememberNotPublic(fetchKey);
    await Promise.all([...identities.values()].map((own) => this.sendMerged(service, source, own)));
  }

  private rememberNotPublic(fetchKey: string): void {
    this.notPublic.delete(fetchKey);
    if (this.notPublic.size >= MAX_REMEMBERED_FETCHES) this.notPublic.delete(this.notPublic.keys().next().value!);
    this.notPublic.set(fetchKey, Date.now() + NOT_PUBLIC_MEMORY_MS);
  }

  /** One subscriber's events (one identity): one request with its token. */
  private async sendMerged(service: string, source: GraphQLDataSource, waiting: Waiting[]): Promise<void> {
    this.requests?.inc({ subgraph: service, outcome: waiting.length === 1 ? "alone" : "merged" });
    if (waiting.length === 1) {
      const [only] = waiting as [Waiting];
      await source.process(only.options).then(only.resolve, only.reject);
      return;
    }
    try {
      distribute(await source.process(merged(waiting)), waiting);
    } catch (error) {
      for (const item of waiting) item.reject(error);
    }
  }
}

/** The first event's request with every event's representations, in arrival order. */
function merged(waiting: Waiting[]): Options {
  const first = waiting[0]!.options;
  return {
    ...first,
    request: {
      ...first.request,
      variables: { ...first.request.variables, representations: waiting.flatMap((item) => item.representations) },
    },
  };
}

/** Declared the same for every caller by the subgraph (`Cache-Control: public`, from its `@cacheControl` hints). */
function isPublic(answer: Response): boolean {
  const cacheControl = answer.http?.headers.get("cache-control") ?? "";
  return (
    /(?:^|,)\s*public\s*(?:,|$)/i.test(cacheControl) && !/(?:^|,)\s*(?:private|no-store)\s*(?:,|$)/i.test(cacheControl)
  );
}

/** Error-free, with one entity for each representation asked for. */
function isComplete(answer: Response, waiting: Waiting[]): boolean {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  const total = waiting.reduce((sum, item) => sum + item.representations.length, 0);
  return !answer.errors?.length && Array.isArray(entities) && entities.length === total;
}

/** Hands each event its own entities and the errors about them (errors about no entity go to all). */
function distribute(answer: Response, waiting: Waiting[]): void {
  const entities = (answer.data as { _entities?: unknown } | null | undefined)?._entities;
  let offset = 0;
  for (const item of waiting) {
    const from = offset;
    const to = offset + item.representations.length;
    offset = to;
    const errors = answer.errors?.flatMap((error) => ownError(error, from, to));
    item.resolve({
      ...(answer.data === undefined
        ? {}
        : { data: Array.isArray(entities) ? { ...answer.data, _entities: entities.slice(from, to) } : answer.data }),
      ...(errors?.length ? { errors } : {}),
      ...(answer.extensions ? { extensions: answer.extensions } : {}),
      ...(answer.http ? { http: answer.http } : {}),
    });
  }
}

/** `error` as seen by the event whose entities are `[from, to)`: re-indexed, or none if about another's. */
function ownError(error: GraphQLFormattedError, from: number, to: number): GraphQLFormattedError[] {
  const [root, index, ...rest] = error.path ?? [];
  if (root !== "_entities" || typeof index !== "number") return [error];
  if (index < from || index >= to) return [];
  return [{ ...error, path: [root, index - from, ...rest] }];
}
