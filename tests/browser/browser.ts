import { inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./findChromium";

export const baseUrl = () => inject("baseUrl");

/** Launches the Chromium the runner found, with the flags this machine needs. */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium: run the browser tests with `npm run test:browser`");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A page at the given size whose console errors and page errors are collected, so a test can
 * assert the console stayed clean.
 */
export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 800 }) {
  const context: BrowserContext = await browser.newContext({ viewport });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, baseUrl()).href);
  return { page, context, errors };
}
