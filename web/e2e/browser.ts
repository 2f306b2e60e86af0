import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const SCREENSHOTS = join(import.meta.dirname, "screenshots");

/**
 * Debian's chromium, headless, with nothing of its own on the network. Playwright gives each
 * launch a fresh, temporary user data dir (passing --user-data-dir to launch() is refused).
 */
export async function launchChromium(): Promise<Browser> {
  if (process.env["E2E_SCREENSHOTS"]) mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Console errors and uncaught exceptions of a page: a shop that works prints none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * Content-Security-Policy violations of a page, as the page itself sees them
 * (`securitypolicyviolation`, listened to before any of its scripts runs).
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => {
      const { __reportCspViolation: report } = window as unknown as { __reportCspViolation(v: string): void };
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    }),
  );
  return violations;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. axe is evaluated the way
 * devtools run code, not added as an inline script, which the shop's CSP refuses.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => n.target.join(" ")),
    }));
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Where the page's visible headings skip a level going down (`h1 → h3`), which leaves screen-reader
 * users wondering what they missed; empty when they go down one level at a time.
 */
export async function skippedHeadingLevels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skips: string[] = [];
    let previous = 0;
    for (const heading of document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")) {
      if (heading.closest("[hidden], [aria-hidden='true']")) continue;
      const level = Number(heading.tagName.slice(1));
      if (level > previous + 1) skips.push(`h${previous} → h${level} "${heading.textContent?.trim()}"`);
      previous = level;
    }
    return skips;
  });
}

/**
 * Pictures the page into web/e2e/screenshots/ when E2E_SCREENSHOTS is set (`E2E_SCREENSHOTS=1 npx
 * vitest run web/e2e`); other runs leave the committed pictures as they are. Only catalog,
 * product, search-typo and notifications-phone are committed (.gitignore); the rest are for looking at.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env["E2E_SCREENSHOTS"]) return;
  // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Chrome DevTools' "Fast 3G": 562.5 ms round trips, 1.6 Mb/s down and 750 kb/s up, 90% of each usable. */
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

export interface PageLoadFigures {
  /** Largest Contentful Paint, ms after navigation started, and what it painted (tag and image or text). */
  lcpMs: number;
  lcpElement: string;
  /** What the scripts cost on the wire (compressed, headers included), and how many there were. */
  jsTransferredBytes: number;
  scripts: number;
  /** Everything the page loaded, on the wire. */
  totalTransferredBytes: number;
}

/**
 * Loads `url` in a fresh phone-sized page as a mid-range phone would (DevTools' CPU slowdown `cpuSlowdown`×
 * and Fast 3G), and reports its LCP and bytes. Times are figures to report, never to assert: they
 * follow the machine's load.
 */
export async function measurePageLoad(browser: Browser, url: string, cpuSlowdown = 4): Promise<PageLoadFigures> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", FAST_3G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const types = new Map<string, string>();
    let jsTransferredBytes = 0;
    let scripts = 0;
    let totalTransferredBytes = 0;
    cdp.on("Network.responseReceived", ({ requestId, type }) => types.set(requestId, type));
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      totalTransferredBytes += encodedDataLength;
      if (types.get(requestId) === "Script") {
        jsTransferredBytes += encodedDataLength;
        scripts++;
      }
    });
    await page.addInitScript(() => {
      const state = window as unknown as { __lcp: number; __lcpElement: string };
      state.__lcp = 0;
      state.__lcpElement = "";
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null; url: string })[]) {
          state.__lcp = entry.startTime;
          const text = entry.element?.textContent?.trim().slice(0, 40) ?? "";
          state.__lcpElement = `${entry.element?.tagName.toLowerCase() ?? "?"} ${entry.url || `"${text}"`}`;
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
    const { lcpMs, lcpElement } = await page.evaluate(() => {
      const state = window as unknown as { __lcp: number; __lcpElement: string };
      return { lcpMs: state.__lcp, lcpElement: state.__lcpElement };
    });
    return { lcpMs, lcpElement, jsTransferredBytes, scripts, totalTransferredBytes };
  } finally {
    await context.close();
  }
}
