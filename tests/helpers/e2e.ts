import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, signInThroughPage, signOutThroughPage, type Browser } from './browser';
import { startTestServer, type TestServer } from './server';

export interface E2e {
  server: TestServer;
  browser: Browser;
  /** Signs in through the real sign-in page. */
  signIn(page: Page, email: string, password: string): Promise<void>;
  /** Signs out through the header's button and waits for the sign-in page to load afresh. */
  signOut(page: Page): Promise<void>;
}

/**
 * One browser test file's world: the app on a fresh database (or the one `start` makes) and a headless
 * Chromium, started before the file's tests and closed after them. Read `server` and `browser` inside tests.
 */
export function e2eJourney(start: () => Promise<TestServer> = () => startTestServer()): E2e {
  const world = {
    signIn: (page: Page, email: string, password: string) => signInThroughPage(world.browser, world.server.url, page, email, password),
    signOut: signOutThroughPage,
  } as E2e;
  beforeAll(async () => {
    world.server = await start();
    world.browser = await launchBrowser();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.close();
  });
  return world;
}
