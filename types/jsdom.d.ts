// The package ships no types (and @types/jsdom lags its major versions); the page tests only parse
// HTML and XML with it, never running a script.
declare module "jsdom" {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
