// Browser test of the console (REG-3, REG-5): a unit admin files an opening, the supervisor approves
// it, and the public /verify page then shows the account as registered with its host unit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/kernel/actor.ts';
import { USER_PASSWORD } from '../support/test-app.ts';
import { chromiumInstalled, CHROMIUM_PATH, launchBrowser, type Browser } from './browser.ts';
import { ensureConsoleBuilt, startConsoleServer, type ConsoleServer } from './console-server.ts';

const missing = !chromiumInstalled();
const inCi = Boolean(process.env.CI);
const title =
  missing && !inCi
    ? `console in a browser (skipped: ${CHROMIUM_PATH} not installed — apt-get install chromium)`
    : 'console in a browser';

/** Where the verify page's screenshot goes, for a person to look at. */
const SCREENSHOT_DIR = path.join(os.tmpdir(), 'govmedia-e2e');

const CITY = '江临市人民政府';
const BUREAU = '清源县文化和旅游局';
const ACCOUNT = '清源文旅';
const HANDLE = 'qingyuan-wenlv';

describe.skipIf(missing && !inCi)(title, () => {
  let server: ConsoleServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (missing)
      throw new Error(
        `CI must run the browser test, but ${CHROMIUM_PATH} is missing: apt-get install -y chromium`,
      );
    ensureConsoleBuilt();
    server = await startConsoleServer();
    const actor = systemActor('test');
    const city = await server.services.registry.createUnit(actor, {
      name: CITY,
      level: 'city',
      kind: 'organ',
      parentId: null,
    });
    const bureau = await server.services.registry.createUnit(actor, {
      name: BUREAU,
      level: 'county',
      kind: 'organ',
      parentId: city.id,
      duties: '文化、旅游、广播电视和文物工作',
    });
    await server.services.auth.createUser(actor, {
      username: 'qy-admin',
      displayName: '清源文旅管理员',
      password: USER_PASSWORD,
      grants: [{ role: 'unit_admin', unitId: bureau.id }],
    });
    await server.services.auth.createUser(actor, {
      username: 'jl-supervisor',
      displayName: '江临市审核人',
      password: USER_PASSWORD,
      grants: [{ role: 'supervisor', unitId: city.id }],
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
  }, 300_000);

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !page) return;
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'failure.png'), fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (username: string) => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(USER_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/accounts$/);
  };

  const signOut = async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login(\?|$)/);
    await page.getByTestId('login-username').waitFor();
  };

  /** Picks an option of an Ant Design select by its visible text. */
  const choose = async (testId: string, option: string) => {
    await page.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  };

  it('files an opening as a unit admin, approves it as the supervisor, and verifies it publicly', async () => {
    await signIn('qy-admin');
    await page.getByTestId('account-new').click();
    await choose('account-unit', BUREAU);
    await choose('account-platform', '抖音');
    await page.getByTestId('account-name').fill(ACCOUNT);
    await page.getByTestId('account-handle').fill(HANDLE);
    await page.getByTestId('account-certification').fill(BUREAU);
    await page.getByTestId('account-create-submit').click();
    await page.getByTestId('account-title').filter({ hasText: ACCOUNT }).waitFor();

    await page.getByTestId('filing-open').click();
    await page.getByTestId('filing-submit').click();
    await page.getByTestId('filing-item').filter({ hasText: '待审核' }).waitFor();
    await signOut();

    await signIn('jl-supervisor');
    await page.getByTestId('nav-queue').click();
    await page.getByTestId(`queue-approve-${ACCOUNT}`).click();
    await page.getByTestId('decision-note').fill('同意开设');
    await page.getByTestId('decision-confirm').click();
    await page.getByTestId(`queue-approve-${ACCOUNT}`).waitFor({ state: 'detached' });
    await signOut();

    await page.goto(`${server.baseUrl}/verify`);
    const search = page.getByTestId('verify-input').locator('input');
    await search.fill(HANDLE);
    await search.press('Enter');
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.getAttribute('data-registered')).toBe('yes');
    expect(await page.getByTestId('verify-verdict-title').textContent()).toBe('已备案');
    expect(await page.getByTestId('verify-host-unit').first().textContent()).toBe(BUREAU);

    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'verify.png'), fullPage: true });
  }, 120_000);

  it('tells the public when an account is not registered', async () => {
    await page.goto(`${server.baseUrl}/verify?q=fake-official`);
    await page.getByTestId('verify-result').waitFor();
    expect(await page.getByTestId('verify-result').getAttribute('data-registered')).toBe('no');
    expect(await page.getByTestId('verify-verdict-title').textContent()).toBe('未查到');
  });
});
