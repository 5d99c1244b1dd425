// The monitoring walk of issue 10 in the real Cockpit and Tasklist, in headless Chromium (Debian's
// chromium), against the default (demo) run, which seeds the current year of Dinas Kesehatan
// (demo.SiklusDemoSeeder) and last year's calibration of Kecamatan Langsa Lama. Step of
// jalankan-alur.sh; by hand (app on port 8094, as in docs/e2e/README.md):
//
//   cd docs/e2e && npm ci && BASE_URL=http://localhost:8094 SHOTS=../../target/e2e/shots \
//     UNDUHAN=../../target/e2e/unduhan node alur-pemantauan.mjs
//
//   BKPSDM opens Cockpit (browser in English on purpose: Cockpit is Indonesian anyway) → finds
//   "Pemantauan Kinerja" on the dashboard → Pengisian of Dinas Kesehatan → a number → the names
//   behind it, each linked to their record and Cockpit instance → "Unduh Excel" (an .xlsx whose
//   first cell is the title) → Kurva distribusi of Dinas Kesehatan this year: no annual rating yet,
//   so the provisional stage (from the period ratings) opens by itself; a count → its names; its
//   Excel → last year's broken pattern → Tindak lanjut (ASN below 20 JP → names), Kesehatan proses → skp-pegawai's
//   instance list shows names, NIPs and OPD → the Wali Kota opens "Ringkasan kota" from Tasklist.
//   Every step asserts and leaves a screenshot pNN-<step>.png in $SHOTS; at 1,024 px wide no page
//   may scroll sideways, and no English word of the usual kinds may show.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  siapkan, langkah, LANGKAH, nomor, mulaiSemua, periksa, foto, jalankanSemua, mulaiBrowser, halamanBaru,
  isiFormulirMasuk
} from './bersama.mjs';

const BASE = (process.env.BASE_URL || 'http://localhost:8094').replace(/\/$/, '');
const OUT = process.env.SHOTS || 'shots';
const UNDUHAN = process.env.UNDUHAN || path.join(OUT, '..', 'unduhan');
const BATAS_TOTAL = Number(process.env.E2E_BATAS_DETIK || 900) * 1000;
const BATAS_LANGKAH = Number(process.env.E2E_BATAS_LANGKAH || 300) * 1000;
const LAMBAT = 45000;

const KODE_OPD = 'DINKES';
const NAMA_OPD = 'Dinas Kesehatan';
const BKPSDM = '197911092005011002';                    // Teuku Iskandar (BKPSDM)
const WALIKOTA = 'walikota';
const tahun = new Date().getFullYear();                 // the seeded current year

// E2E_LANGKAH=instans,walikota runs only those steps (while working on one view)
siapkan({ base: BASE, out: OUT, awalan: 'p', judul: 'Alur pemantauan', batasTotal: BATAS_TOTAL,
  batasLangkah: BATAS_LANGKAH, lambat: LAMBAT, saring: true });
fs.mkdirSync(UNDUHAN, { recursive: true });
await mulaiBrowser('en-US');

// ------------------------------------------------------------------ helpers

async function konteks() {
  return halamanBaru({ viewport: { width: 1024, height: 900 }, locale: 'en-US',
    timezoneId: 'Asia/Jakarta', acceptDownloads: true });
}

/** Logs in to a webapp (Cockpit or Tasklist) as `user` (password demo). */
async function masuk(user, app, siap) {
  const page = await konteks();
  await page.goto(BASE + `/camunda/app/${app}/default/#/login`);
  await isiFormulirMasuk(page, user);
  await page.waitForSelector(siap, { timeout: 90000 });
  return page;
}

/** At 1,024 px wide the page does not scroll sideways. */
async function tanpaGeserSamping(page, apa) {
  const [lebar, tampak] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  periksa(lebar <= tampak + 1, `${apa}: tanpa gulir ke samping pada lebar 1.024 px (scrollWidth ${lebar} ≤ ${tampak})`);
}

/** The plugin's (or page's) own text has no English or technical leftovers. */
async function tanpaInggris(page, pemilih, apa) {
  const teks = await page.locator(pemilih).first().innerText();
  const kata = ['Loading', 'Error', 'Download', 'Total', 'Pattern', 'undefined', 'null', 'NaN', 'Invalid Date', 'object Object'];
  const ada = kata.filter((k) => new RegExp('\\b' + k + '\\b').test(teks));
  periksa(ada.length === 0, `${apa}: tanpa teks Inggris/teknis (${ada.join(', ') || 'tidak ada'})`);
}

/** Waits until the plugin's panel has finished loading (no "Memuat…"). */
async function tungguPanel(page, pemilih = '.pk-panel') {
  await page.waitForFunction((p) => {
    const el = document.querySelector(p);
    return el && el.innerText.trim() && !/Memuat/.test(el.innerText);
  }, pemilih, { timeout: 60000 });
  await page.waitForTimeout(300);
}

/** Reads one file of a zip (an .xlsx) with node's zlib: local headers, stored or deflated. */
function bacaZip(buf, nama) {
  for (let i = 0; i + 30 < buf.length;) {
    if (buf.readUInt32LE(i) !== 0x04034b50) { i++; continue; }
    const metode = buf.readUInt16LE(i + 8);
    const ukuran = buf.readUInt32LE(i + 18);
    const panjangNama = buf.readUInt16LE(i + 26);
    const panjangEkstra = buf.readUInt16LE(i + 28);
    const n = buf.toString('utf8', i + 30, i + 30 + panjangNama);
    const awal = i + 30 + panjangNama + panjangEkstra;
    if (n === nama) {
      // POI writes sizes in the header (no data descriptor); inflate until the stream ends
      const data = buf.subarray(awal, ukuran ? awal + ukuran : buf.length);
      return metode === 0 ? data.toString('utf8') : zlib.inflateRawSync(data).toString('utf8');
    }
    i = awal + (ukuran || 1);
  }
  return null;
}

/** Saves a download and checks it is an xlsx whose strings hold every text of `isi`. */
async function periksaXlsx(unduh, namaBerkas, isi, apa) {
  const nama = unduh.suggestedFilename();
  periksa(nama === namaBerkas, 'nama berkas ' + nama);
  const file = path.join(UNDUHAN, nama);
  await unduh.saveAs(file);
  const buf = fs.readFileSync(file);
  periksa(buf.readUInt32LE(0) === 0x04034b50, apa + ': berkas zip (xlsx)');
  const teks = (bacaZip(buf, 'xl/sharedStrings.xml') || '') + (bacaZip(buf, 'xl/worksheets/sheet1.xml') || '');
  const hilang = isi.filter((t) => !teks.includes(t));
  periksa(hilang.length === 0, apa + ': judul di dalam berkas memuat ' + isi.map((t) => '"' + t + '"').join(', ')
    + (hilang.length ? ' (tidak ada: ' + hilang.join(', ') + ')' : ''));
}

// ------------------------------------------------------------------ the walk

langkah('dasbor', 'BKPSDM membuka Cockpit: Pemantauan Kinerja di dasbor / the dashboard entry', async (s) => {
  const page = await masuk(BKPSDM, 'cockpit', '.dashboard');
  s.cockpit = page;
  await page.locator('.pk-dasbor .pk-judul-dasbor').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => !/Memuat/.test(document.querySelector('.pk-dasbor').innerText), null, { timeout: 60000 });
  const teks = await page.locator('body').innerText();
  periksa(/Instans proses berjalan/i.test(teks), 'Cockpit berbahasa Indonesia (Instans proses berjalan)');
  periksa(/Pemantauan Kinerja/.test(await page.locator('.pk-dasbor').innerText()), 'entri Pemantauan Kinerja di dasbor');
  periksa(/SKP disepakati \d+ dari \d+ ASN/.test(await page.locator('.pk-dasbor').innerText()), 'ringkasan tahun berjalan di dasbor');
  periksa(await page.locator('a[href="#/pemantauan-kinerja"]').count() >= 2, 'tautan di menu atas dan di dasbor');
  // every number of the entry but a 0 opens the names behind it
  const angkaDasbor = (await page.locator('.pk-dasbor .pk-ringkas').innerText()).match(/\d[\d.]*/g).slice(1);
  const bukanNol = angkaDasbor.filter((x) => Number(x.replace(/\./g, '')) > 0).length;
  periksa(bukanNol > 0 && await page.locator('.pk-dasbor .pk-ringkas a[href*="kolom="]').count() === bukanNol,
    `angka ringkasan dasbor yang bukan 0 adalah tautan ke nama ASN (${bukanNol})`);
  await page.locator('.pk-dasbor').scrollIntoViewIfNeeded();
  await foto(page, 'cockpit-dasbor');
});

langkah('pengisian', 'Pengisian Dinas Kesehatan / completion of Dinas Kesehatan', async (s) => {
  const page = s.cockpit;
  await page.locator('.pk-dasbor a.btn', { hasText: 'Buka Pemantauan Kinerja' }).click();
  await page.waitForSelector('.pemantauan-kinerja .pk-filter', { timeout: 60000 });
  await tungguPanel(page);
  periksa(await page.locator('.pk-tabel tbody tr').count() > 1, 'tabel pengisian per OPD (kota)');
  await page.locator('select[name="kodeOpd"] option[value="' + KODE_OPD + '"]').waitFor({ state: 'attached' });
  await page.selectOption('select[name="kodeOpd"]', KODE_OPD);
  await tungguPanel(page);
  const baris = page.locator('.pk-tabel tbody tr').first();
  periksa((await baris.innerText()).includes(NAMA_OPD), 'baris Dinas Kesehatan');
  periksa(await page.locator('.pk-tabel tbody .pk-angka').count() > 0, 'ada angka yang dapat diklik');
  await tanpaInggris(page, '.pemantauan-kinerja', 'pengisian');
  await tanpaGeserSamping(page, 'pengisian');
  await foto(page, 'pengisian-dinkes', true);
});

langkah('nama', 'Angka → nama ASN → catatan kinerja dan instans Cockpit / a number to the names', async (s) => {
  const page = s.cockpit;
  const angka = page.locator('.pk-tabel tbody .pk-angka[data-kolom="skpDisepakati"], .pk-tabel tbody .pk-angka').first();
  const n = Number((await angka.innerText()).replace(/\D/g, ''));
  await angka.click();
  await tungguPanel(page, '.pk-orang');
  const jumlahBaris = await page.locator('.pk-orang tbody tr').count();
  periksa(jumlahBaris === Math.min(n, 100), `daftar berisi ${n} ASN, sama dengan angkanya (halaman pertama ${jumlahBaris} baris)`);
  periksa(new RegExp('\\b' + n + ' ASN').test(await page.locator('.pk-orang').innerText()), `jumlah ${n} ASN disebut`);
  const pertama = await page.locator('.pk-orang tbody tr').first().innerText();
  periksa(/NIP \d{18}/.test(pertama), 'nama dengan NIP');
  periksa(await page.locator('.pk-orang tbody tr a[href^="/kinerja-saya"]').count() > 0
    || await page.locator('.pk-orang tbody tr th a').count() > 0, 'nama tertaut ke catatan kinerja');
  const cockpit = page.locator('.pk-orang a', { hasText: 'Buka di Cockpit' });
  periksa(await cockpit.count() > 0, 'tautan ke instans di Cockpit');
  s.tautanInstans = await cockpit.first().getAttribute('href');
  await tanpaInggris(page, '.pk-orang', 'daftar nama');
  await tanpaGeserSamping(page, 'daftar nama');
  await page.locator('.pk-orang').scrollIntoViewIfNeeded();
  await foto(page, 'daftar-nama');
  // the name opens the person's record (Kinerja saya, same login) in a new tab
  const nama = page.locator('.pk-orang tbody tr th a').first();
  const nip = (await page.locator('.pk-orang tbody tr').first().innerText()).match(/NIP (\d{18})/)[1];
  const [catatan] = await Promise.all([page.context().waitForEvent('page'), nama.click()]);
  await catatan.waitForLoadState();
  await catatan.waitForFunction((n) => document.body.innerText.includes(n) && !/Memuat/.test(document.body.innerText), nip, { timeout: 60000 });
  periksa(catatan.url().includes('/kinerja-saya/?nip=' + nip), 'catatan kinerja ASN itu terbuka (' + catatan.url().replace(BASE, '') + ')');
  await foto(catatan, 'catatan-kinerja');
  await catatan.close();
});

langkah('excel', 'Unduh Excel pengisian Dinas Kesehatan / the Excel twin', async (s) => {
  const page = s.cockpit;
  const tautan = page.locator('.pk-panel a.pk-unduh').first();
  const href = await tautan.getAttribute('href');
  periksa(href.startsWith('/api/pemantauan/pengisian.xlsx?') && href.includes('kodeOpd=' + KODE_OPD) && href.includes('tahun=' + tahun),
    'tautan Excel membawa filter tahun dan OPD (' + href + ')');
  const [unduh] = await Promise.all([page.waitForEvent('download'), tautan.click()]);
  await periksaXlsx(unduh, `pemantauan-pengisian-${tahun}-${KODE_OPD}.xlsx`,
    [`Pemantauan Kinerja — Pengisian — Tahun ${tahun} — ${NAMA_OPD}`], 'Excel pengisian');
  await page.evaluate(() => window.scrollTo(0, 0));
  await foto(page, 'unduh-excel');
});

langkah('kurva', 'Kurva distribusi Dinas Kesehatan / the distribution against the pattern', async (s) => {
  const page = s.cockpit;
  await page.locator('.pk-tab [data-tab="kurva"]').click();
  await tungguPanel(page);
  const teks = await page.locator('.pk-panel').innerText();
  periksa(await page.locator('select[name="tahap"] option').count() === 4,
    'pilihan tahap: sementara; sebelum/setelah kalibrasi, setelah keberatan');
  // this year nobody of Dinas Kesehatan has an annual rating: the provisional curve opens by itself
  periksa(await page.inputValue('select[name="tahap"]') === 'SEMENTARA', 'tahap sementara terpilih otomatis (belum ada predikat tahunan)');
  periksa(/Kurva sementara, bukan hasil penilaian tahunan/.test(teks), 'ditandai jelas: kurva sementara, bukan hasil tahunan');
  const kartu = page.locator('.pk-kartu-sementara').first();
  const isiKartu = await kartu.innerText();
  periksa(isiKartu.includes(NAMA_OPD) && /Sementara/.test(isiKartu), 'kartu Dinas Kesehatan bertanda Sementara');
  periksa(/Pola untuk predikat organisasi|Predikat organisasi belum ditetapkan/.test(isiKartu),
    'dibandingkan dengan pola predikat organisasi (atau disebut belum ditetapkan)');
  periksa(!(await page.locator('select[name="periode"]').isDisabled()), 'filter periode berlaku untuk kurva sementara');
  await tanpaInggris(page, '.pemantauan-kinerja', 'kurva');
  await tanpaGeserSamping(page, 'kurva');
  await foto(page, 'kurva-dinkes', true);
  // a count → the names behind it
  const hitung = kartu.locator('tbody .pk-angka').first();
  const n = Number((await hitung.innerText()).replace(/\D/g, ''));
  await hitung.click();
  await tungguPanel(page, '.pk-orang');
  periksa(await page.locator('.pk-orang tbody tr').count() === Math.min(n, 100), `jumlah ${n} → ${n} nama`);
  const judulDaftar = await page.locator('.pk-orang h2').innerText();
  periksa(/^Kurva sementara \(dari penilaian periodik\)/.test(judulDaftar) && judulDaftar.includes(NAMA_OPD), 'judul daftar: ' + judulDaftar);
  periksa(/\(sementara, belum predikat tahunan\)/.test(await page.locator('.pk-orang tbody').innerText()),
    'setiap nama: predikat periode terakhir, sementara');
  await tanpaInggris(page, '.pk-orang', 'nama kurva sementara');
  await page.locator('.pk-orang').scrollIntoViewIfNeeded();
  await foto(page, 'kurva-sementara-nama');
  await page.locator('.pk-orang .pk-tutup').click();
  // its Excel twin
  const tautanKurva = page.locator('.pk-panel a.pk-unduh').first();
  const hrefKurva = await tautanKurva.getAttribute('href');
  periksa(hrefKurva.includes('tahap=SEMENTARA') && hrefKurva.includes('kodeOpd=' + KODE_OPD), 'tautan Excel kurva membawa tahap dan OPD (' + hrefKurva + ')');
  const [unduhKurva] = await Promise.all([page.waitForEvent('download'), tautanKurva.click()]);
  await periksaXlsx(unduhKurva, `pemantauan-kurva-sementara-${tahun}-${KODE_OPD}.xlsx`,
    [`Pemantauan Kinerja — Kurva distribusi SEMENTARA (dari penilaian periodik) — Tahun ${tahun} — ${NAMA_OPD}`,
      'bukan predikat tahunan'], 'Excel kurva');
  // last year's Kecamatan Langsa Lama (KalibrasiDemoSeeder): before calibration the pattern is broken
  await page.selectOption('select[name="tahun"]', String(tahun - 1));
  await tungguPanel(page);
  await page.selectOption('select[name="kodeOpd"]', 'KEC-LAMA');
  await tungguPanel(page);
  await page.selectOption('select[name="tahap"]', 'SEBELUM_KALIBRASI');
  await tungguPanel(page);
  const kartuLama = await page.locator('.pk-kartu').first().innerText();
  periksa(kartuLama.includes('Kecamatan Langsa Lama') && kartuLama.includes('Tidak sesuai pola') && /dilanggar/.test(kartuLama),
    'Kecamatan Langsa Lama sebelum kalibrasi: pola dilanggar dan ditandai');
  periksa(await page.locator('.pk-kartu tr.pk-langgar').count() > 0, 'batang predikat yang melanggar ditandai merah');
  await tanpaGeserSamping(page, 'kurva dengan pola');
  await foto(page, 'kurva-pola-dilanggar');
  // the count of the broken predikat opens its names
  const baik = page.locator('.pk-kartu tr.pk-langgar .pk-angka').first();
  const nBaik = Number(await baik.innerText());
  await baik.click();
  await tungguPanel(page, '.pk-orang');
  periksa(await page.locator('.pk-orang tbody tr').count() === nBaik, `jumlah predikat ${nBaik} → ${nBaik} nama`);
  await page.locator('.pk-orang .pk-tutup').click();
  await page.selectOption('select[name="tahap"]', 'SETELAH_KEBERATAN');
  await tungguPanel(page);
  await page.selectOption('select[name="tahun"]', String(tahun));
  await tungguPanel(page);
  await page.selectOption('select[name="kodeOpd"]', KODE_OPD);
  await tungguPanel(page);
});

langkah('tindak-lanjut', 'Tindak lanjut / follow-ups', async (s) => {
  const page = s.cockpit;
  await page.locator('.pk-tab [data-tab="tindak-lanjut"]').click();
  await tungguPanel(page);
  const teks = await page.locator('.pk-panel').innerText();
  periksa(['Keberatan', 'Pengembangan kompetensi', 'Seleksi penghargaan', 'Pembinaan kinerja'].every((k) => teks.includes(k)),
    'empat bagian tindak lanjut');
  await tanpaInggris(page, '.pemantauan-kinerja', 'tindak lanjut');
  await tanpaGeserSamping(page, 'tindak lanjut');
  await foto(page, 'tindak-lanjut', true);
  // ASN below 20 JP → their names
  const bawah = page.locator('.pk-angka[data-kolom="asnDiBawah20Jp"]').first();
  periksa(await bawah.count() === 1, 'angka "ASN di bawah 20 JP" dapat diklik');
  const n = Number((await bawah.innerText()).replace(/\D/g, ''));
  await bawah.click();
  await tungguPanel(page, '.pk-orang');
  periksa(await page.locator('.pk-orang tbody tr').count() === Math.min(n, 100), `ASN di bawah 20 JP: ${n} → ${Math.min(n, 100)} nama di halaman pertama`);
  periksa(/JP terverifikasi, kurang \d+ dari 20 JP minimal/.test(await page.locator('.pk-orang tbody').innerText()), 'keterangan JP per ASN');
  await tanpaInggris(page, '.pk-orang', 'nama di bawah 20 JP');
  await tanpaGeserSamping(page, 'nama di bawah 20 JP');
  await page.locator('.pk-orang').scrollIntoViewIfNeeded();
  await foto(page, 'tindak-lanjut-nama-jp');
  await page.locator('.pk-orang .pk-tutup').click();
});

langkah('kesehatan', 'Kesehatan proses / process health', async (s) => {
  const page = s.cockpit;
  await page.locator('.pk-tab [data-tab="kesehatan"]').click();
  await tungguPanel(page);
  const teks = await page.locator('.pk-panel').innerText();
  periksa(/Instans aktif/.test(teks) && /Insiden/.test(teks) && /SKP pegawai/.test(teks), 'tabel kesehatan proses dengan nama proses');
  periksa(await page.locator('.pk-panel a[href*="/camunda/app/cockpit/"]').count() > 0, 'tautan ke Cockpit per proses');
  await tanpaInggris(page, '.pemantauan-kinerja', 'kesehatan proses');
  await tanpaGeserSamping(page, 'kesehatan proses');
  await foto(page, 'kesehatan-proses', true);
});

langkah('instans', 'Instans skp-pegawai bernama di Cockpit / instances show names', async (s) => {
  const page = s.cockpit || await masuk(BKPSDM, 'cockpit', '.dashboard');
  await page.goto(BASE + '/camunda/app/cockpit/default/#/processes');
  await page.locator('a', { hasText: 'SKP pegawai' }).first().waitFor({ timeout: 60000 }).catch(() => {});
  const r = await fetch(BASE + '/engine-rest/process-definition?key=skp-pegawai&latestVersion=true',
    { headers: { Authorization: 'Basic ' + Buffer.from('demo:demo').toString('base64') } });
  const [def] = await r.json();
  await page.goto(BASE + `/camunda/app/cockpit/default/#/process-definition/${def.id}/runtime`);
  await page.locator('.kinerja-nama-instans').first().waitFor({ timeout: 60000 });
  const nama = await page.locator('.kinerja-nama-instans').allInnerTexts();
  periksa(nama.some((t) => /— \d{18} — Dinas Kesehatan/.test(t)), 'nama — NIP — OPD di bawah ID instans (' + nama[0] + ')');
  await tanpaGeserSamping(page, 'daftar instans');
  await foto(page, 'instans-bernama');
  if (s.tautanInstans) {
    await page.goto(BASE + s.tautanInstans);
    await page.locator('.kinerja-nama-instans').first().waitFor({ timeout: 60000 });
    periksa(/\d{18}/.test(await page.locator('.kinerja-nama-instans').first().innerText()), 'halaman instans: nama di panel informasi');
    // the Variables tab lists the display variable itself
    await page.waitForFunction(() => /pegawai/.test((document.querySelector('.ctn-tabbed-content') || document.body).innerText)
      && !/Memuat/.test((document.querySelector('.ctn-tabbed-content') || document.body).innerText), null, { timeout: 60000 }).catch(() => {});
    await foto(page, 'instans-halaman');
  }
  await page.context().close();
});

langkah('walikota', 'Wali Kota membuka Ringkasan kota dari Tasklist / the read-only summary', async () => {
  const page = await masuk(WALIKOTA, 'tasklist', '[cam-widget-header], .navbar');
  const tautan = page.locator('#ringkasan-kota-tautan a, a#ringkasan-kota-tautan').first();
  await tautan.waitFor({ timeout: 60000 });
  periksa(true, 'tautan "Ringkasan kota" di kepala Tasklist');
  await page.waitForFunction(() => {
    const l = document.querySelector('.tasks-list');
    return l && !/Memuat/.test(l.innerText);
  }, null, { timeout: 60000 }).catch(() => {});
  await foto(page, 'tasklist-walikota');
  await tautan.click();
  await page.waitForSelector('#isi section', { timeout: 60000 });
  const teks = await page.locator('main').innerText();
  periksa(/Sebaran predikat kinerja ASN Kota Langsa/.test(teks) && /Tindak lanjut/.test(teks), 'ringkasan kota: sebaran dan tindak lanjut');
  periksa(!/\b\d{18}\b/.test(teks), 'tanpa NIP ASN');
  await tanpaInggris(page, 'main', 'ringkasan kota');
  await tanpaGeserSamping(page, 'ringkasan kota');
  await foto(page, 'ringkasan-kota', true);
  // the Wali Kota has no Pemantauan Kinerja data
  const r = await page.evaluate(() => fetch('/api/pemantauan/pengisian?tahun=' + new Date().getFullYear(),
    { credentials: 'same-origin' }).then((x) => x.status));
  periksa(r === 403, 'Wali Kota: /api/pemantauan/pengisian ditolak 403');
  await page.context().close();
});

// ------------------------------------------------------------------ run

await jalankanSemua('pemantauan', 'monitoring');
