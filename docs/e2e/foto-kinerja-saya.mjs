// Screenshots of "Kinerja saya" and its Panduan in headless Chromium, logged in through Tasklist
// (the page uses that session: no second password). Manual check, not part of CI:
//   cd /tmp/pw && npm i playwright-core   (once)
//   NODE_PATH=/tmp/pw/node_modules BASE=http://localhost:8080 node docs/e2e/foto-kinerja-saya.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const BASE = process.env.BASE || 'http://localhost:8080';
const OUT = process.env.OUT || 'docs/gambar';
fs.mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=id-ID']
});

async function masuk(user, lebar, tinggi) {
  const ctx = await browser.newContext({ viewport: { width: lebar, height: tinggi }, locale: 'id-ID',
    deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  page.on('dialog', (d) => { console.log('dialog:', d.message()); d.dismiss(); });
  await page.goto(BASE + '/camunda/app/tasklist/');
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.tasks-list', { timeout: 60000 });
  await page.waitForTimeout(1500);
  return page;
}

async function foto(page, url, nama, penuh = true) {
  await page.goto(BASE + url);
  await page.waitForSelector('#isi section, .panduan #angka-tahunan *, #pesan:not([hidden])', { timeout: 30000 });
  await page.waitForTimeout(1000);
  const file = path.join(OUT, nama);
  await page.screenshot({ path: file, fullPage: penuh });
  console.log('foto', file);
}

const FITRIANI = '199605142020122002';
const SAFRIZAL = '198408212009031003';

let p = await masuk(FITRIANI, 1024, 800);
await p.screenshot({ path: path.join(OUT, 'kinerja-saya-tautan-tasklist.png') });
console.log('foto tautan tasklist:', await p.locator('#kinerja-saya-tautan').count());
await foto(p, '/kinerja-saya/', 'kinerja-saya-1024.png');
await p.context().close();

p = await masuk(FITRIANI, 390, 844);
await foto(p, '/kinerja-saya/', 'kinerja-saya-390.png');
await p.context().close();

p = await masuk(SAFRIZAL, 1024, 800);
await foto(p, '/kinerja-saya/', 'kinerja-saya-penilai-1024.png');
await foto(p, '/kinerja-saya/panduan.html', 'kinerja-saya-panduan-1024.png');
await p.context().close();

p = await masuk(SAFRIZAL, 390, 844);
await foto(p, '/kinerja-saya/', 'kinerja-saya-penilai-390.png');
await p.context().close();

await browser.close();
