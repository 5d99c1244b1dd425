// The calibration and appeal walk of issue 8 in the real Tasklist, in headless Chromium (Debian's
// chromium), against the default (demo) run, which seeds LAST year of Kecamatan Langsa Lama up to
// its calibration task (demo.KalibrasiDemoSeeder). Logins: docs/demo-login.md, "Kalibrasi dan
// keberatan". Not part of .ci/run; by hand (app on port 8091, as in docs/e2e/README.md):
//
//   cd docs/e2e && npm ci && BASE_URL=http://localhost:8091 SHOTS=../../target/e2e/shots \
//     node alur-kalibrasi-keberatan.mjs
//
//   BKPSDM sees the OPD's distribution outside the Baik pattern (report page and /api) and the
//   calibration task in its group list → the camat calibrates with a reason in Tasklist → the
//   round becomes final and the ASN receives the final predikat (terima-hasil-penilaian) → she
//   files an appeal (AJUKAN_KEBERATAN) → the sekretaris camat (atasan pejabat penilai) decides it
//   (putuskan-keberatan) → she reads the decision, sees it in "Kinerja saya" → BKPSDM's report
//   marks the change. Every step asserts and leaves a screenshot kNN-<step>.png in $SHOTS; at
//   1,024 px wide no page may scroll sideways.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const BASE = (process.env.BASE_URL || 'http://localhost:8091').replace(/\/$/, '');
const OUT = process.env.SHOTS || 'shots';
const BATAS_TOTAL = Number(process.env.E2E_BATAS_DETIK || 900) * 1000;
const BATAS_LANGKAH = Number(process.env.E2E_BATAS_LANGKAH || 300) * 1000;
const LAMBAT = 45000;                                   // Playwright's wait for one element/action

const KODE_OPD = 'KEC-LAMA';                            // Kecamatan Langsa Lama
const BKPSDM = '197911092005011002';                    // Teuku Iskandar (BKPSDM)
const ASN = process.env.ASN_KEBERATAN || '199802022021011008';  // Teuku Baihaqi Basyah, pelaksana, Subbagian Umum
const tahun = new Date().getFullYear() - 1;             // the seeded year

fs.mkdirSync(OUT, { recursive: true });
const mulaiSemua = Date.now();
setTimeout(() => {
  console.error(`GAGAL: batas waktu total ${BATAS_TOTAL / 1000} s terlampaui (total time limit exceeded)`);
  process.exit(3);
}, BATAS_TOTAL).unref();

// ------------------------------------------------------------------ the runner

const LANGKAH = [];
function langkah(id, nama, fn, batas = BATAS_LANGKAH) { LANGKAH.push({ id, nama, fn, batas }); }

let nomor = 0;            // current step number (screenshot prefix)
let jumlahPeriksa = 0;    // assertions made in the current step
let jumlahFoto = 0;       // screenshots taken in the current step
let halaman = null;       // the page in use, for the failure screenshot

function periksa(kondisi, pesan) {
  jumlahPeriksa++;
  if (!kondisi) throw new Error('Pemeriksaan gagal (assertion failed): ' + pesan);
  console.log('    ✓ ' + pesan);
}

function sama(aktual, harapan, pesan) {
  periksa(aktual === harapan, `${pesan} (diharapkan ${JSON.stringify(harapan)}, ada ${JSON.stringify(aktual)})`);
}

async function foto(page, nama, penuh = false) {
  const file = path.join(OUT, 'k' + String(nomor).padStart(2, '0') + '-' + nama + '.png');
  await page.screenshot({ path: file, fullPage: penuh });
  jumlahFoto++;
  console.log('    foto ' + file);
}

async function jalankan(s) {
  console.log(`Alur kalibrasi dan keberatan: ${LANGKAH.length} langkah terhadap ${BASE}`);
  for (const l of LANGKAH) {
    nomor++;
    jumlahPeriksa = 0;
    jumlahFoto = 0;
    const mulai = Date.now();
    const label = `[${String(nomor).padStart(2, '0')}/${LANGKAH.length}] ${l.nama}`;
    console.log(label);
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
        const file = path.join(OUT, 'k' + String(nomor).padStart(2, '0') + '-' + l.id + '-GAGAL.png');
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

// ------------------------------------------------------------------ helpers

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  timeout: 120000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage', '--lang=id-ID']
});

function basic(user) {
  return 'Basic ' + Buffer.from(user + ':demo').toString('base64');
}

async function http(method, url, { user = 'demo', body } = {}) {
  const r = await fetch(BASE + url, {
    method, headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(60000)
  });
  if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}
const rest = (method, url, body) => http(method, '/engine-rest' + url, { body });

const jeda = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `cari` until it returns something truthy (non-empty for arrays), or fails after `batas` ms. */
async function tunggu(apa, cari, batas = 90000, jedaMs = 1500) {
  const akhir = Date.now() + batas;
  for (;;) {
    const hasil = await cari();
    if (Array.isArray(hasil) ? hasil.length : hasil) return hasil;
    if (Date.now() > akhir) throw new Error(`tidak muncul dalam ${batas / 1000} s: ${apa}`);
    await jeda(jedaMs);
  }
}

async function tugas(assignee, kunci) {
  return rest('GET', `/task?assignee=${assignee}&taskDefinitionKey=${kunci}&sortBy=dueDate&sortOrder=desc`);
}

/** Logs in to Tasklist as `user` (password demo), optionally through a deep link (an e-mail's). */
async function masuk(user, url = BASE + '/camunda/app/tasklist/') {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta',
    acceptDownloads: true });
  ctx.setDefaultTimeout(LAMBAT);
  ctx.setDefaultNavigationTimeout(90000);
  const page = await ctx.newPage();
  halaman = page;
  page.on('pageerror', (e) => console.log('    pageerror:', e.message));
  await page.goto(url);
  // Tasklist focuses the user name field a moment after the form renders: a password typed in that
  // moment lands in the user name. Fill, read both back, and fill again until they hold.
  for (let coba = 1; ; coba++) {
    await page.fill('input[ng-model="username"]', user);
    await page.fill('input[ng-model="password"]', 'demo');
    if (await page.inputValue('input[ng-model="username"]') === user
      && await page.inputValue('input[ng-model="password"]') === 'demo') break;
    if (coba === 5) throw new Error('formulir masuk tidak menyimpan nama pengguna/kata sandi (login form keeps losing input)');
    await page.waitForTimeout(500);
  }
  await page.click('button[type="submit"]');
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
async function tampilDiDaftar(page, namaTugas) {
  return page.locator('.tasks-list a', { hasText: namaTugas }).first().waitFor({ timeout: 60000 })
    .then(() => true, () => false);
}

async function tutup(page) {
  await page.context().close();
}

/** The open task's form is shown: a Camunda Form or the embedded laporkan-realisasi form. */
async function tungguFormulir(page) {
  await page.waitForSelector('.fjs-container, form[name="laporanRealisasi"]', { timeout: 60000 });
  await page.waitForTimeout(1500);
}

/** Opens a task from the list by (part of) its name. */
async function buka(page, namaTugas) {
  await page.locator('.tasks-list a', { hasText: namaTugas }).first().click();
  await tungguFormulir(page);
}

/** The task shown in Tasklist's detail pane is the one named so. */
async function periksaTugasTerbuka(page, namaTugas) {
  const teks = await page.locator('.task-details, [cam-tasklist-task]').first().innerText();
  periksa(teks.includes(namaTugas), `Tasklist menampilkan tugas "${namaTugas}" (the task is open)`);
}

/** A form-js select: open it, pick the option by label. */
async function pilih(page, akhiranId, label) {
  const input = page.locator(`[id$="${akhiranId}"]`).first();
  await input.locator('xpath=ancestor::div[contains(@class,"fjs-input-group")]').first().click();
  await page.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
  await page.waitForTimeout(300);
}

// Typed at a human pace: form-js re-renders a list row after each change.
async function isi(page, akhiranId, teks) {
  await page.locator(`[id$="${akhiranId}"]`).first().fill(teks);
  await page.waitForTimeout(300);
}

/** Completes the open task; refused input (a server or form error) fails the step. */
async function selesaikan(page) {
  const tombol = page.locator('button[ng-click="complete()"]');
  periksa(await tombol.isEnabled(), 'tombol Selesaikan aktif (Complete is enabled)');
  await tombol.click();
  // Done when Tasklist closes the form (the task is completed) or shows an error; not a fixed wait.
  const galatSel = '.notifications .alert-danger, .fjs-form-field-error';
  await page.waitForFunction((g) => [...document.querySelectorAll(g)].some((e) => e.innerText.trim())
    || !document.querySelector('.fjs-container, form[name="laporanRealisasi"]'), galatSel, { timeout: 90000 })
    .catch(() => {});
  await page.waitForTimeout(1000);
  const galat = (await page.locator(galatSel).allInnerTexts()).map((g) => g.trim()).filter(Boolean);
  periksa(galat.length === 0, 'tanpa pesan galat setelah Selesaikan (no error after Complete)'
    + (galat.length ? ': ' + galat.join(' | ') : ''));
  periksa(await page.locator('.fjs-container, form[name="laporanRealisasi"]').count() === 0,
    'formulir tertutup: tugas selesai (the form closed, the task is completed)');
}

function esc(t) {
  return String(t ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/** At 1,024 px wide the page does not scroll sideways (a defect the issue names). */
async function tanpaGeserSamping(page, apa) {
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
async function tanpaInggris(page, apa) {
  const teks = await page.locator('body').innerText();
  const kata = ['Complete', 'Submit', 'Cancel', 'Loading', 'Add', 'Remove', 'undefined', 'null', 'NaN', 'Invalid Date'];
  const ada = kata.filter((k) => new RegExp('\\b' + k + '\\b').test(teks));
  periksa(ada.length === 0, `${apa}: tanpa teks Inggris/teknis (${ada.join(', ') || 'tidak ada'})`);
}

async function tugasProses(bk, kunci) {
  return rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(bk)}&taskDefinitionKey=${kunci}`);
}

/** Opens Kinerja saya / the report page with the Tasklist session of `page`. */
async function bukaHalaman(page, url, tunggu) {
  await page.goto(BASE + url);
  await page.waitForSelector(tunggu, { timeout: 60000 });
  await page.waitForTimeout(800);
}

// ------------------------------------------------------------------ the steps

langkah('siap', 'Tahun lalu sudah disemai, kalibrasi menunggu / last year seeded, calibration waiting', async (s) => {
  s.bkKalibrasi = `KK-${tahun}-${KODE_OPD}-1`;
  const [t] = await tunggu('tugas Sesuaikan rating dengan kurva ' + s.bkKalibrasi,
    () => tugasProses(s.bkKalibrasi, 'sesuaikan-rating-kurva'), 300000);
  periksa(!!t.assignee, `tugas kalibrasi ${t.name} untuk kepala OPD ${t.assignee}`);
  s.kepala = t.assignee;
  const skp = await http('GET', `/api/kinerja-saya/pegawai/${ASN}/${tahun}`, { user: ASN });
  sama(skp.tahunan.predikat, 'BAIK', `predikat tahunan ${tahun} ASN ${ASN} (belum final)`);
  s.namaAsn = skp.pegawai.nama;
  s.atasan = skp.atasanPejabatPenilai ? skp.atasanPejabatPenilai.nip : null;
  periksa(!!skp.pejabatPenilai, `pejabat penilai ${skp.pejabatPenilai.nama}`);
  const page = await masuk(s.kepala);
  periksa(await tampilDiDaftar(page, 'Sesuaikan rating'), 'Tasklist kepala OPD menampilkan tugas kalibrasi');
  await foto(page, 'camat-tugas');
  await tutup(page);
});

langkah('bkpsdm-laporan', 'BKPSDM melihat sebaran OPD di luar pola / BKPSDM sees the distribution break its pattern', async (s) => {
  const lap = await http('GET', `/api/laporan/kurva/${tahun}`, { user: BKPSDM });
  const opd = lap.opd.find((o) => o.kodeOpd === KODE_OPD);
  periksa(!!opd, `laporan ${tahun} memuat ${KODE_OPD}`);
  sama(opd.predikatOrganisasi, 'BAIK', 'predikat kinerja organisasi');
  sama(opd.sebelumKalibrasi.sesuai, false, 'sebaran sebelum kalibrasi tidak sesuai pola');
  periksa(opd.sebelumKalibrasi.pelanggaran.some((p) => p.includes('kelebihan 1 orang')),
    'pelanggaran disebut: ' + opd.sebelumKalibrasi.pelanggaran.join(' | '));
  const page = await masuk(BKPSDM);
  await bukaHalaman(page, `/kinerja-saya/laporan-kurva.html?tahun=${tahun}`, '#isi section');
  const teks = await page.locator('#isi').innerText();
  periksa(teks.includes('Kecamatan Langsa Lama') && teks.includes('Tidak sesuai pola') && teks.includes('kelebihan 1 orang'),
    'halaman laporan menampilkan Kecamatan Langsa Lama "Tidak sesuai pola … kelebihan 1 orang"');
  await tanpaInggris(page, 'laporan kurva');
  await tanpaGeserSamping(page, 'laporan kurva');
  await foto(page, 'bkpsdm-laporan-kurva', true);
  // In Tasklist BKPSDM finds the same task (assigned to the camat, candidate group bkpsdm) in
  // "Semua tugas (pemantauan)" and may act on it as well.
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(BASE + '/camunda/app/tasklist/');
  await page.locator('.task-filters a, [cam-tasklist-filters] a', { hasText: 'Semua tugas' }).first().click();
  periksa(await tampilDiDaftar(page, 'Sesuaikan rating'), 'BKPSDM melihat tugas kalibrasi di "Semua tugas (pemantauan)"');
  await buka(page, 'Sesuaikan rating');
  const isiTugas = await page.locator('.fjs-container').innerText();
  periksa(isiTugas.includes('kelebihan 1 orang'), 'tugas menyebut aturan yang dilanggar dan selisihnya');
  await foto(page, 'bkpsdm-tugas-kalibrasi', true);
  await tutup(page);
});

langkah('kalibrasi', 'Camat mengkalibrasi dengan alasan / the head of the OPD calibrates with a reason', async (s) => {
  const kurva = await http('GET', `/api/kurva/${tahun}/${KODE_OPD}`, { user: BKPSDM });
  const baik = kurva.dihitung.filter((p) => p.predikat === 'BAIK' && p.nip !== ASN);
  periksa(baik.length >= 1, `${baik.length} ASN berpredikat Baik selain ${s.namaAsn}`);
  s.diubah = baik[0];
  const page = await masuk(s.kepala);
  await buka(page, 'Sesuaikan rating');
  await periksaTugasTerbuka(page, 'Sesuaikan rating');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('Baik') && teks.includes('kelebihan 1 orang'), 'tugas menampilkan sebaran, pola dan pelanggaran');
  await tanpaInggris(page, 'tugas kalibrasi');
  await foto(page, 'kalibrasi-terbuka', true);
  // the ASN list is a searchable select: type the NIP, pick the one option
  await page.locator('[id$="Field_nip_0"]').first().click();
  await page.locator('[id$="Field_nip_0"]').first().fill(s.diubah.nip);
  await page.locator('.fjs-dropdownlist-item', { hasText: s.diubah.nip }).first().click();
  await page.waitForTimeout(300);
  await pilih(page, 'Field_ratingHasilKerja_0', 'Di atas ekspektasi');
  await pilih(page, 'Field_ratingPerilaku_0', 'Di atas ekspektasi');
  await page.locator('[id$="Field_alasan_0"]').first()
    .fill('Capaian layanan administrasi kecamatan melampaui target di setiap triwulan; layak Sangat Baik.');
  await page.waitForTimeout(500);
  await tanpaGeserSamping(page, 'tugas kalibrasi');
  await foto(page, 'kalibrasi-diisi', true);
  await selesaikan(page);
  await tutup(page);
  const kk = await tunggu('ronde kalibrasi selesai', async () => {
    const r = await rest('GET', `/history/process-instance?processInstanceBusinessKey=${s.bkKalibrasi}`);
    return r.length && r[0].state === 'COMPLETED' ? r[0] : null;
  }, 120000);
  sama(kk.state, 'COMPLETED', 'kalibrasi-kurva selesai: sebaran sesuai, predikat final');
});

langkah('terima-hasil', 'ASN menerima predikat final dan mengajukan keberatan / the ASN receives the final result and appeals', async (s) => {
  const [t] = await tunggu('tugas Terima hasil penilaian', () => tugas(ASN, 'terima-hasil-penilaian'), 120000);
  periksa(t.name.includes('Terima hasil penilaian'), `ASN punya tugas "${t.name}"`);
  const page = await masuk(ASN);
  await buka(page, 'Terima hasil penilaian');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('Baik'), 'hasil final menampilkan predikat Baik');
  await tanpaInggris(page, 'terima hasil penilaian');
  await foto(page, 'terima-hasil', true);
  await page.click('label:has-text("Ajukan keberatan")');
  await page.waitForTimeout(500);
  await page.locator('[id*="Field_alasanKeberatan"]').first().fill(
    'Saya menyelesaikan seluruh layanan administrasi di atas target dan menjadi koordinator pelayanan terpadu; mohon rating hasil kerja ditinjau.');
  await page.waitForTimeout(500);
  await tanpaGeserSamping(page, 'terima hasil penilaian');
  await foto(page, 'ajukan-keberatan', true);
  await selesaikan(page);
  await tutup(page);
  const [kb] = await tunggu('keberatan tercatat', () => http('GET', '/api/keberatan/saya', { user: ASN }));
  sama(kb.tahun, tahun, 'keberatan tahun ' + tahun + ' tercatat untuk ASN');
  s.keberatanId = kb.id;
});

langkah('putuskan', 'Atasan pejabat penilai memutus keberatan / the atasan decides the appeal', async (s) => {
  const [t] = await tunggu('tugas Putuskan keberatan', () => rest('GET', '/task?taskDefinitionKey=putuskan-keberatan'), 120000);
  periksa(!!t.assignee && t.assignee !== ASN, `Putuskan keberatan untuk ${t.assignee}`);
  if (s.atasan) sama(t.assignee, s.atasan, 'pemutus = atasan pejabat penilai menurut register');
  s.pemutus = t.assignee;
  const page = await masuk(s.pemutus);
  await buka(page, 'Putuskan keberatan');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('koordinator pelayanan terpadu'), 'alasan keberatan ASN tampil bagi pemutus');
  await tanpaInggris(page, 'putuskan keberatan');
  await foto(page, 'putuskan-terbuka', true);
  await page.click('label:has-text("Putuskan keberatan (final)")');
  await page.waitForTimeout(500);
  await pilih(page, 'Field_ratingHasilKerja', 'Di atas ekspektasi');
  await page.locator('[id*="Field_alasanHasilKerja"]').first().fill('Bukti koordinasi pelayanan terpadu meyakinkan; hasil kerja di atas ekspektasi.');
  await pilih(page, 'Field_ratingPerilaku', 'Di atas ekspektasi');
  await page.locator('[id*="Field_alasanPerilaku"]').first().fill('Perilaku kolaboratif terlihat dalam koordinasi layanan.');
  await page.waitForTimeout(500);
  await tanpaGeserSamping(page, 'putuskan keberatan');
  await foto(page, 'putuskan-diisi', true);
  await selesaikan(page);
  await tutup(page);
  const k = await tunggu('keberatan diputuskan', async () => {
    const r = await http('GET', `/api/keberatan/${s.keberatanId}`, { user: BKPSDM });
    return r.predikatAkhir ? r : null;
  }, 120000);
  sama(k.predikatAkhir, 'SANGAT_BAIK', 'predikat setelah keberatan');
  sama(k.hasil, 'DIUBAH', 'hasil keberatan');
});

langkah('baca-keputusan', 'ASN membaca keputusan dan melihatnya di Kinerja saya / the ASN reads it', async (s) => {
  await tunggu('tugas Baca keputusan keberatan', () => tugas(ASN, 'baca-keputusan-keberatan'), 120000);
  const page = await masuk(ASN);
  await buka(page, 'keputusan keberatan');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('Sangat Baik') && teks.includes('final'), 'keputusan final menampilkan predikat Sangat Baik');
  await foto(page, 'baca-keputusan', true);
  await page.click('label:has-text("Saya telah membaca")');
  await selesaikan(page);
  await bukaHalaman(page, `/kinerja-saya/?nip=${ASN}&tahun=${tahun}`, '#keberatan');
  const ks = await page.locator('#keberatan').innerText();
  periksa(ks.includes('Keberatan atas hasil penilaian ' + tahun) && ks.includes('Sangat Baik') && ks.includes('diubah'),
    'Kinerja saya menampilkan keberatan, keputusan dan predikat baru');
  await tanpaInggris(page, 'Kinerja saya');
  await tanpaGeserSamping(page, 'Kinerja saya');
  await page.locator('#keberatan').scrollIntoViewIfNeeded();
  await foto(page, 'kinerja-saya-keberatan');
  await tutup(page);
});

langkah('bkpsdm-akhir', 'BKPSDM melihat laporan setelah kalibrasi dan keberatan / the report after both', async (s) => {
  const lap = await http('GET', `/api/laporan/kurva/${tahun}`, { user: BKPSDM });
  const opd = lap.opd.find((o) => o.kodeOpd === KODE_OPD);
  sama(opd.sesudahKalibrasi.sesuai, true, 'sebaran sesudah kalibrasi sesuai pola');
  sama(opd.jumlahDiubahKalibrasi, 1, 'satu rating diubah saat kalibrasi');
  periksa(opd.nipDiubahKeberatan.includes(ASN), 'predikat yang diubah karena keberatan ditandai');
  const page = await masuk(BKPSDM);
  await bukaHalaman(page, `/kinerja-saya/laporan-kurva.html?tahun=${tahun}`, '#isi section');
  const teks = await page.locator('#isi').innerText();
  periksa(teks.includes('Sesuai pola') && teks.includes('diubah karena keberatan'), 'halaman laporan: sesuai pola dan tanda keberatan');
  periksa(teks.includes(s.namaAsn.split(',')[0]) && teks.includes('Diubah: Baik → Sangat Baik'), 'keberatan dan hasilnya tercantum');
  await tanpaInggris(page, 'laporan kurva akhir');
  await tanpaGeserSamping(page, 'laporan kurva akhir');
  await foto(page, 'bkpsdm-laporan-akhir', true);
  await tutup(page);
});

// ------------------------------------------------------------------ run

const hijau = await jalankan({});
await browser.close().catch(() => {});
const detik = ((Date.now() - mulaiSemua) / 1000).toFixed(0);
if (!hijau) {
  console.error(`GAGAL: alur kalibrasi dan keberatan berhenti di langkah ${nomor} (${detik} s); foto di ${OUT}`);
  console.error(`${nomor - 1} passed, 1 failed`);
  process.exit(1);
}
console.log(`Selesai: ${LANGKAH.length} langkah hijau dalam ${detik} s (calibration and appeal walk green).`);
console.log(`${LANGKAH.length} passed, 0 failed`);
