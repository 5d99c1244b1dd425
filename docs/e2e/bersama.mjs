// What the four browser walks (alur-*.mjs) share: the step runner with its timing, assertions and
// screenshots, the browser start, the Tasklist login that retries the fill until the values hold,
// Tasklist list/form helpers and the REST helpers. Each walk calls siapkan() once with its own
// title, screenshot prefix and limits, then mulaiBrowser(); nomor, LANGKAH and mulaiSemua are live
// bindings, so a walk's closing lines read them as before.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

let BASE = '';
let OUT = 'shots';
let AWALAN = '';          // screenshot prefix of the walk ('t', 'k', 'p' or none)
let JUDUL = '';           // "Alur …", printed before the first step
let BATAS_LANGKAH = 300000;
let LAMBAT = 45000;       // Playwright's wait for one element/action
let ZONA_WAKTU;           // Tasklist context time zone (none: the machine's)
let HANYA = [];           // E2E_LANGKAH filter, for the walks that offer it
let browser = null;

export let mulaiSemua = Date.now();

/**
 * Sets the walk up: output folder, total time limit (exits 3 when exceeded), screenshot prefix.
 * `saring`: E2E_LANGKAH=a,b runs only those steps (while working on one view).
 */
export function siapkan({ base, out, awalan = '', judul, batasTotal, batasLangkah, lambat = 45000,
  zonaWaktu, saring = false }) {
  BASE = base;
  OUT = out;
  AWALAN = awalan;
  JUDUL = judul;
  BATAS_LANGKAH = batasLangkah;
  LAMBAT = lambat;
  ZONA_WAKTU = zonaWaktu;
  HANYA = saring ? (process.env.E2E_LANGKAH || '').split(',').filter(Boolean) : [];
  fs.mkdirSync(OUT, { recursive: true });
  mulaiSemua = Date.now();
  setTimeout(() => {
    console.error(`GAGAL: batas waktu total ${batasTotal / 1000} s terlampaui (total time limit exceeded)`);
    process.exit(3);
  }, batasTotal).unref();
}

// ------------------------------------------------------------------ the runner

export const LANGKAH = [];
export function langkah(id, nama, fn, batas = BATAS_LANGKAH) {
  if (!HANYA.length || HANYA.includes(id)) LANGKAH.push({ id, nama, fn, batas });
}

export let nomor = 0;     // current step number (screenshot prefix)
let jumlahPeriksa = 0;    // assertions made in the current step
let jumlahFoto = 0;       // screenshots taken in the current step
let halaman = null;       // the page in use, for the failure screenshot

/** The page a failure screenshot is taken of (masuk sets it; a walk that opens pages itself too). */
export function pakaiHalaman(page) { halaman = page; }

export function periksa(kondisi, pesan) {
  jumlahPeriksa++;
  if (!kondisi) throw new Error('Pemeriksaan gagal (assertion failed): ' + pesan);
  console.log('    ✓ ' + pesan);
}

export function sama(aktual, harapan, pesan) {
  periksa(aktual === harapan, `${pesan} (diharapkan ${JSON.stringify(harapan)}, ada ${JSON.stringify(aktual)})`);
}

function berkasFoto(nama) {
  return path.join(OUT, AWALAN + String(nomor).padStart(2, '0') + '-' + nama + '.png');
}

export async function foto(page, nama, penuh = false) {
  const file = berkasFoto(nama);
  await page.screenshot({ path: file, fullPage: penuh });
  jumlahFoto++;
  console.log('    foto ' + file);
}

export async function jalankan(s) {
  console.log(`${JUDUL}: ${LANGKAH.length} langkah terhadap ${BASE}`);
  for (const l of LANGKAH) {
    nomor++;
    jumlahPeriksa = 0;
    jumlahFoto = 0;
    const mulai = Date.now();
    console.log(`[${String(nomor).padStart(2, '0')}/${LANGKAH.length}] ${l.nama}`);
    let waktuHabis;
    try {
      await Promise.race([
        l.fn(s),
        new Promise((_, tolak) => {
          waktuHabis = setTimeout(() => tolak(new Error(`langkah melebihi ${l.batas / 1000} s (step timed out)`)), l.batas);
        })
      ]);
      if (jumlahPeriksa === 0) throw new Error('langkah tanpa pemeriksaan (step without an assertion)');
      if (jumlahFoto === 0) throw new Error('langkah tanpa foto layar (step without a screenshot)');
      console.log(`  OK ${l.id} (${((Date.now() - mulai) / 1000).toFixed(1)} s)`);
    } catch (e) {
      console.error(`  GAGAL ${l.id} (${((Date.now() - mulai) / 1000).toFixed(1)} s): ${e.stack || e}`);
      if (halaman && !halaman.isClosed()) {
        const file = berkasFoto(l.id + '-GAGAL');
        await halaman.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error('  foto kegagalan ' + file);
      }
      return false;
    } finally {
      clearTimeout(waktuHabis);
    }
  }
  return true;
}

/**
 * Runs the steps, closes the browser and reports: exit 1 with the failed step, or the green
 * summary. `nama`: the walk in Indonesian ("tindak lanjut"), `english`: in the green line.
 */
export async function jalankanSemua(nama, english) {
  const hijau = await jalankan({});
  await browser.close().catch(() => {});
  const detik = ((Date.now() - mulaiSemua) / 1000).toFixed(0);
  if (!hijau) {
    console.error(`GAGAL: alur ${nama} berhenti di langkah ${nomor} (${detik} s); foto di ${OUT}`);
    console.error(`${nomor - 1} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`Selesai: ${LANGKAH.length} langkah hijau dalam ${detik} s (${english} walk green).`);
  console.log(`${LANGKAH.length} passed, 0 failed`);
}

// ------------------------------------------------------------------ browser and REST

/** Starts Debian's headless chromium with the UI language `bahasa` (id-ID, or en-US for Cockpit). */
export async function mulaiBrowser(bahasa = 'id-ID') {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    timeout: 120000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--lang=' + bahasa]
  });
  return browser;
}

/** A new browser context and page with the walk's timeouts; the page becomes the failure page. */
export async function halamanBaru(opsiKonteks) {
  const ctx = await browser.newContext(opsiKonteks);
  ctx.setDefaultTimeout(LAMBAT);
  ctx.setDefaultNavigationTimeout(90000);
  const page = await ctx.newPage();
  halaman = page;
  page.on('pageerror', (e) => console.log('    pageerror:', e.message));
  return page;
}

export function basic(user) {
  return 'Basic ' + Buffer.from(user + ':demo').toString('base64');
}

export async function http(method, url, { user = 'demo', body } = {}) {
  const r = await fetch(BASE + url, {
    method, headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(60000)
  });
  if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}
export const rest = (method, url, body) => http(method, '/engine-rest' + url, { body });

export const jeda = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `cari` until it returns something truthy (non-empty for arrays), or fails after `batas` ms. */
export async function tunggu(apa, cari, batas = 90000, jedaMs = 1500) {
  const akhir = Date.now() + batas;
  for (;;) {
    const hasil = await cari();
    if (Array.isArray(hasil) ? hasil.length : hasil) return hasil;
    if (Date.now() > akhir) throw new Error(`tidak muncul dalam ${batas / 1000} s: ${apa}`);
    await jeda(jedaMs);
  }
}

export async function tugas(assignee, kunci) {
  return rest('GET', `/task?assignee=${assignee}&taskDefinitionKey=${kunci}&sortBy=dueDate&sortOrder=desc`);
}

export async function tugasProses(bk, kunci) {
  return rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(bk)}&taskDefinitionKey=${kunci}`);
}

// ------------------------------------------------------------------ Tasklist

/**
 * Fills a Camunda webapp login form as `user` (password demo) and submits it. The webapp focuses
 * the user name field a moment after the form renders: a password typed in that moment lands in
 * the user name. Fill, read both back, and fill again until they hold.
 */
export async function isiFormulirMasuk(page, user) {
  for (let coba = 1; ; coba++) {
    await page.fill('input[ng-model="username"]', user);
    await page.fill('input[ng-model="password"]', 'demo');
    if (await page.inputValue('input[ng-model="username"]') === user
      && await page.inputValue('input[ng-model="password"]') === 'demo') break;
    if (coba === 5) throw new Error('formulir masuk tidak menyimpan nama pengguna/kata sandi (login form keeps losing input)');
    await page.waitForTimeout(500);
  }
  await page.click('button[type="submit"]');
}

/** Logs in to Tasklist as `user` (password demo), optionally through a deep link (an e-mail's). */
export async function masuk(user, url = BASE + '/camunda/app/tasklist/') {
  const page = await halamanBaru({ viewport: { width: 1400, height: 1000 }, locale: 'id-ID',
    ...(ZONA_WAKTU ? { timezoneId: ZONA_WAKTU } : {}), acceptDownloads: true });
  await page.goto(url);
  await isiFormulirMasuk(page, user);
  await page.waitForSelector('.tasks-list', { timeout: 90000 });
  // The list loads after the shell ("Memuat…"); on a loaded machine that takes seconds.
  await page.waitForFunction(() => {
    const l = document.querySelector('.tasks-list');
    return l && !/Memuat/.test(l.innerText) && (l.querySelector('li.task') || /Tidak ada tugas/i.test(l.innerText));
  }, null, { timeout: 90000 }).catch(() => console.log('    (daftar tugas belum selesai dimuat setelah 90 s)'));
  await page.waitForTimeout(1000);
  return page;
}

/** The task list shows a task named so (waits for it: the list refreshes on its own). */
export async function tampilDiDaftar(page, namaTugas) {
  return page.locator('.tasks-list a', { hasText: namaTugas }).first().waitFor({ timeout: 60000 })
    .then(() => true, () => false);
}

export async function tutup(page) {
  await page.context().close();
}

/** The open task's form is shown: a Camunda Form or an embedded form (laporkan-realisasi, laporkan-pelatihan). */
export async function tungguFormulir(page) {
  await page.waitForSelector('.fjs-container, form[name="laporanRealisasi"], form[name="laporanPelatihan"]', { timeout: 60000 });
  await page.waitForTimeout(1500);
}

/** Opens a task from the list by (part of) its name. */
export async function buka(page, namaTugas) {
  await page.locator('.tasks-list a', { hasText: namaTugas }).first().click();
  await tungguFormulir(page);
}

/** The task shown in Tasklist's detail pane is the one named so. */
export async function periksaTugasTerbuka(page, namaTugas) {
  const teks = await page.locator('.task-details, [cam-tasklist-task]').first().innerText();
  periksa(teks.includes(namaTugas), `Tasklist menampilkan tugas "${namaTugas}" (the task is open)`);
}

/** A form-js select: open it, pick the option by label. */
export async function pilih(page, akhiranId, label) {
  const input = page.locator(`[id$="${akhiranId}"]`).first();
  await input.locator('xpath=ancestor::div[contains(@class,"fjs-input-group")]').first().click();
  await page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
  await page.waitForTimeout(300);
}

// Typed at a human pace: form-js re-renders a list row after each change.
export async function isi(page, akhiranId, teks) {
  await page.locator(`[id$="${akhiranId}"]`).first().fill(teks);
  await page.waitForTimeout(300);
}

/** Completes the open task; refused input (a server or form error) fails the step. */
export async function selesaikan(page) {
  const tombol = page.locator('button[ng-click="complete()"]');
  periksa(await tombol.isEnabled(), 'tombol Selesaikan aktif (Complete is enabled)');
  await tombol.click();
  // Done when Tasklist closes the form (the task is completed) or shows an error; not a fixed wait.
  const galatSel = '.notifications .alert-danger, .fjs-form-field-error';
  await page.waitForFunction((g) => [...document.querySelectorAll(g)].some((e) => e.innerText.trim())
    || !document.querySelector('.fjs-container, form[name="laporanRealisasi"], form[name="laporanPelatihan"]'), galatSel, { timeout: 90000 })
    .catch(() => {});
  await page.waitForTimeout(1000);
  // each form error with the label of its field, so a failure says which field
  const galat = await page.evaluate((g) => [...document.querySelectorAll(g)].map((e) => {
    const label = e.closest('.fjs-form-field')?.querySelector('label')?.innerText || '';
    return (label ? label.trim() + ': ' : '') + e.innerText.trim();
  }).filter((t) => !/^\S*:?\s*$/.test(t)), galatSel);
  periksa(galat.length === 0, 'tanpa pesan galat setelah Selesaikan (no error after Complete)'
    + (galat.length ? ': ' + galat.join(' | ') : ''));
  periksa(await page.locator('.fjs-container, form[name="laporanRealisasi"], form[name="laporanPelatihan"]').count() === 0,
    'formulir tertutup: tugas selesai (the form closed, the task is completed)');
}

export function esc(t) {
  return String(t ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/** At 1,024 px wide the page does not scroll sideways, nor does a Tasklist form inside it. */
export async function tanpaGeserSamping(page, apa) {
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.waitForTimeout(800);
  const [lebar, tampak] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  periksa(lebar <= tampak + 1, `${apa}: tanpa gulir ke samping pada lebar 1.024 px (scrollWidth ${lebar} ≤ ${tampak})`);
  // Tasklist's form pane scrolls on its own: a wide table inside it is cut off, not seen by the page.
  const lebarForm = await page.evaluate(() => [...document.querySelectorAll('.fjs-container, .fjs-form')]
    .map((e) => e.scrollWidth - e.clientWidth).reduce((a, b) => Math.max(a, b), 0));
  periksa(lebarForm <= 1, `${apa}: isi formulir tidak melebar ke samping (lebih ${lebarForm} px)`);
}

/** Text of the page has no English leftovers of the usual kinds. */
export async function tanpaInggris(page, apa) {
  const teks = await page.locator('body').innerText();
  const kata = ['Complete', 'Submit', 'Cancel', 'Loading', 'Add', 'Remove', 'undefined', 'null', 'NaN', 'Invalid Date'];
  const ada = kata.filter((k) => new RegExp('\\b' + k + '\\b').test(teks));
  periksa(ada.length === 0, `${apa}: tanpa teks Inggris/teknis (${ada.join(', ') || 'tidak ada'})`);
}

/** Opens Kinerja saya / the report page with the Tasklist session of `page`. */
export async function bukaHalaman(page, url, tunggu) {
  await page.goto(BASE + url);
  await page.waitForSelector(tunggu, { timeout: 60000 });
  await page.waitForTimeout(800);
}
