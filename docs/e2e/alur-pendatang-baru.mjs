// Manual check (not part of ./mvnw verify or .ci/run): the newcomer's flow of issue 3 in the real
// Tasklist, in headless Chromium. How to run it: docs/e2e/README.md.
//
//   Fitriani (demo ASN) drafts an SKP with two RHK → Safrizal (demo pejabat penilai) returns it
//   with a note → Fitriani adds an indicator and submits again → Safrizal approves → Fitriani
//   reports the latest ended period with a link and an uploaded file → Safrizal rates it → the
//   stored predikat is read back (REST, as admin) and shown in the next period's form.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const BASE = process.env.BASE_URL || 'http://localhost:8081';
const OUT = process.env.SHOTS || 'shots';
const ASN = '199605142020122002';
const PENILAI = '198408212009031003';
const ADMIN = 'Basic ' + Buffer.from('demo:demo').toString('base64');
fs.mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=id-ID']
});
let langkah = 0;

async function rest(method, url, body) {
  const r = await fetch(BASE + '/engine-rest' + url, {
    method, headers: { Authorization: ADMIN, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined
  });
  if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}

async function masuk(user) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'id-ID' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(BASE + '/camunda/app/tasklist/');
  await page.fill('input[ng-model="username"]', user);
  await page.fill('input[ng-model="password"]', 'demo');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.tasks-list', { timeout: 30000 });
  await page.waitForTimeout(1500);
  return page;
}

async function foto(page, nama) {
  const file = path.join(OUT, String(++langkah).padStart(2, '0') + '-' + nama + '.png');
  await page.screenshot({ path: file });
  console.log('  foto', file);
}

async function buka(page, namaTugas) {
  await page.locator('.tasks-list a', { hasText: namaTugas }).first().click();
  await page.waitForSelector('.fjs-container, form[name="laporanRealisasi"]', { timeout: 20000 });
  await page.waitForTimeout(1500);
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

async function selesaikan(page) {
  const tombol = page.locator('button[ng-click="complete()"]');
  if (!(await tombol.isEnabled())) throw new Error('Tombol Complete nonaktif');
  await tombol.click();
  await page.waitForTimeout(2500);
  const galat = await page.locator('.notifications .alert-danger, .fjs-form-field-error').allInnerTexts();
  if (galat.some((g) => g.trim())) console.log('  pesan:', galat.map((g) => g.trim()).filter(Boolean));
}

const tahun = new Date().getFullYear();

console.log('1. Fitriani menyusun SKP dengan dua RHK');
let page = await masuk(ASN);
await foto(page, 'fitriani-tugas');
await buka(page, 'Susun SKP');
await isi(page, 'Field_uraian_4_0', 'Terlaksananya pelayanan kesehatan primer yang bermutu di wilayah kerja');
await pilih(page, 'Field_rhkAtasan_5_0', 'UTAMA');
await isi(page, 'Field_uraian_7_0_0', 'Laporan pelayanan kesehatan primer yang disusun');
await isi(page, 'Field_target_8_0_0', '12');
await isi(page, 'Field_satuan_9_0_0', 'laporan');
await page.locator('.fjs-repeat-render-add').last().click();          // second RHK
await page.waitForTimeout(800);
await pilih(page, 'Field_jenis_3_1', 'Tambahan');
await isi(page, 'Field_uraian_4_1', 'Menjadi narasumber penyuluhan kesehatan tradisional');
await isi(page, 'Field_uraian_7_1_0', 'Penyuluhan yang diberikan');
await isi(page, 'Field_target_8_1_0', '4');
await isi(page, 'Field_satuan_9_1_0', 'kegiatan');
await foto(page, 'susun-skp-diisi');
await selesaikan(page);
await page.context().close();

console.log('2. Safrizal mengembalikan SKP dengan catatan');
page = await masuk(PENILAI);
await foto(page, 'safrizal-tugas');
await buka(page, 'Setujui SKP');
await page.click('label:has-text("Kembalikan untuk diperbaiki")');
await page.locator('.fjs-container textarea:not([readonly])').first()
  .fill('Tambahkan indikator kualitas pada RHK utama (mis. persentase laporan tepat waktu).');
await foto(page, 'setujui-skp-kembalikan');
await selesaikan(page);
await page.context().close();

console.log('3. Fitriani memperbaiki dan mengajukan lagi');
page = await masuk(ASN);
await buka(page, 'Perbaiki SKP (dikembalikan)');                      // a returned SKP is named so
await foto(page, 'susun-skp-dikembalikan');
await page.locator('.fjs-repeat-render-add').first().click();         // indicator 2 of RHK 1
await page.waitForTimeout(800);
await pilih(page, 'Field_aspek_6_0_1', 'Kualitas');
await isi(page, 'Field_uraian_7_0_1', 'Persentase laporan yang disampaikan tepat waktu');
await isi(page, 'Field_target_8_0_1', '100');
await isi(page, 'Field_satuan_9_0_1', 'persen');
await selesaikan(page);
await page.context().close();

console.log('4. Safrizal menyetujui');
page = await masuk(PENILAI);
await buka(page, 'Setujui SKP');
await page.click('label:has-text("Setujui (tetapkan SKP)")');
await foto(page, 'setujui-skp-setujui');
await selesaikan(page);
await page.context().close();

console.log('5. Periode: tugas laporkan-realisasi dari timer periode');
const [skp] = await rest('GET', `/process-instance?businessKey=SKP-${tahun}-${ASN}`);
let lapor = [];
for (let i = 0; i < 20 && lapor.length === 0; i++) {
  lapor = await rest('GET', `/task?assignee=${ASN}&taskDefinitionKey=laporkan-realisasi&sortBy=dueDate&sortOrder=desc`);
  if (lapor.length === 0 && i === 3) {
    // No period has ended yet (January): fire the first period's timer now, as BKPSDM may.
    const [timer] = await rest('GET', `/job?processInstanceId=${skp.id}&activityId=Event_AkhirPeriode&sortBy=jobDueDate&sortOrder=asc`);
    console.log('  timer periode dijalankan:', timer.id, timer.dueDate);
    await rest('POST', `/job/${timer.id}/execute`);
  }
  if (lapor.length === 0) await new Promise((r) => setTimeout(r, 1500));
}
if (lapor.length === 0) throw new Error('Tidak ada tugas laporkan-realisasi');
const namaLapor = lapor[0].name;                                      // the latest ended period
console.log('  ', lapor.length, 'periode terbuka; dilaporkan:', namaLapor);

console.log('6. Fitriani melaporkan realisasi dengan tautan dan berkas');
const pdf = path.join(OUT, 'rekap-pelayanan.pdf');
fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
page = await masuk(ASN);
await foto(page, 'fitriani-periode');
await buka(page, namaLapor);
const baris = page.locator('#daftar-indikator-realisasi .kinerja-lapor-indikator');  // one card per indicator
const jumlah = await baris.count();
for (let i = 1; i <= jumlah; i++) {
  const r = baris.nth(i - 1);
  await r.locator('input[id^="realisasi-"]').fill(String(i === 2 ? 100 : 12 + i));
  if (i === 2) {
    await r.locator('input[type="file"]').setInputFiles(pdf);
    // the form uploads at once (POST /api/bukti-dukung with the Tasklist session) and shows it
    await r.getByText('Terunggah:').waitFor({ timeout: 15000 });
  } else {
    await r.locator('input[id^="tautan-"]').fill(`https://drive.langsakota.go.id/dinkes/fitriani/bukti-${i}`);
  }
}
await page.fill('#catatanMandiri', 'Semua laporan selesai; satu penyuluhan ditunda karena cuaca.');
await page.waitForTimeout(800);
await foto(page, 'laporkan-realisasi-diisi');
await selesaikan(page);
await foto(page, 'laporkan-realisasi-terkirim');
await page.context().close();

console.log('7. Safrizal menilai periode itu');
let nilai = [];
for (let i = 0; i < 20 && nilai.length === 0; i++) {               // capaian is computed async
  nilai = (await rest('GET', `/task?assignee=${PENILAI}&taskDefinitionKey=nilai-kinerja-periodik`))
    .filter((t) => t.name.includes('Fitriani') && t.name.endsWith(namaLapor.split(' — ').pop()));
  if (nilai.length === 0) await new Promise((r) => setTimeout(r, 1500));
}
if (nilai.length === 0) throw new Error('Tidak ada tugas nilai-kinerja-periodik untuk Fitriani');
page = await masuk(PENILAI);
await buka(page, nilai[0].name);
await foto(page, 'nilai-kinerja-periodik');
// The uploaded file is offered as a download link (HTTP Basic: the browser asks for NIP and password).
const tautanBerkas = page.locator('.fjs-container a[href^="/api/bukti-dukung/"]').first();
await tautanBerkas.scrollIntoViewIfNeeded();
await foto(page, 'nilai-kinerja-periodik-berkas');
const unduh = await fetch(BASE + (await tautanBerkas.getAttribute('href')), {
  headers: { Authorization: 'Basic ' + Buffer.from(PENILAI + ':demo').toString('base64') }
});
console.log('  unduh berkas bukti sebagai penilai:', unduh.status, unduh.headers.get('content-type'));
if (unduh.status !== 200) throw new Error('Berkas bukti tidak dapat diunduh penilai');
const umpan = page.locator('.fjs-container textarea:not([readonly])');
const nUmpan = await page.locator('[id*="Isian_7_"]').count();
for (let i = 0; i < nUmpan; i++) {
  await isi(page, `Isian_7_${i}`, i === 0 ? 'Laporan rapi dan tepat waktu, pertahankan.' : 'Jadwalkan ulang penyuluhan yang tertunda.');
}
for (let n = 9; n <= 15; n++) {
  await pilih(page, `Pilihan_${n}`, n <= 11 ? 'Di atas ekspektasi' : 'Sesuai ekspektasi');
}
await pilih(page, 'Pilihan_17', 'Sesuai ekspektasi');
await isi(page, 'Isian_18', 'Penyuluhan tertunda: hasil kerja sesuai, belum melampaui.');
await pilih(page, 'Pilihan_19', 'Sesuai ekspektasi');
await isi(page, 'Isian_20', 'Nilai BerAKHLAK seimbang; perilaku sesuai ekspektasi.');
await page.waitForTimeout(800);
await foto(page, 'nilai-kinerja-periodik-diisi');
await selesaikan(page);
await page.context().close();

console.log('8. Predikat tersimpan');
let predikat = null;
for (let i = 0; i < 20 && !predikat; i++) {
  const pp = await rest('GET', `/history/process-instance?processDefinitionKey=penilaian-periodik&superProcessInstanceId=${skp.id}&finished=true`);
  for (const p of pp) {
    const v = await rest('GET', `/history/variable-instance?processInstanceId=${p.id}&variableName=predikat`);
    if (v.length && v[0].value) predikat = v[0].value;
  }
  if (!predikat) await new Promise((r) => setTimeout(r, 1500));
}
console.log('  predikat periode:', predikat);
page = await masuk(ASN);
const sisa = await rest('GET', `/task?assignee=${ASN}&taskDefinitionKey=laporkan-realisasi&sortBy=dueDate&sortOrder=desc`);
if (sisa.length) {
  await buka(page, sisa[0].name);
  await foto(page, 'periode-berikutnya-menampilkan-predikat');
}
await page.context().close();
await browser.close();
if (predikat !== 'BAIK') throw new Error('predikat diharapkan BAIK (Sesuai × Sesuai), tersimpan: ' + predikat);
console.log('Selesai: alur pendatang baru berjalan di Tasklist.');
