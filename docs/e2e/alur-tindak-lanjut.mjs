// The follow-up walk of issue 9 in the real Tasklist, in headless Chromium (Debian's chromium),
// against the default (demo) run, which seeds the follow-ups of Kecamatan Langsa Barat through the
// real processes (demo.TindakLanjutDemoSeeder, docs/demo-login.md "Tindak lanjut"). Run by
// docs/e2e/jalankan-alur.sh after the two other walks; by hand (app on port 8091):
//
//   cd docs/e2e && npm ci && BASE_URL=http://localhost:8091 SHOTS=../../target/e2e/shots \
//     node alur-tindak-lanjut.mjs
//
//   BKPSDM assigns Pelatihan Manajemen Waktu to the ASN rated Butuh Perbaikan (tetapkan-pelatihan)
//   → the ASN uploads her certificate in the task itself (laporkan-pelatihan: the form's own file
//   input, which stores it through /api/bukti-dukung and sends only its id) → BKPSDM verifies it (verifikasi-pelatihan) and sees the JP in Kinerja saya
//   → the camat nominates his Sangat Baik staff (nominasikan-penghargaan) → every member of the
//   Tim Penilai Kinerja scores the shortlist, choosing names from the list (nilai-penghargaan-tim)
//   → the Wali Kota approves (setujui-penghargaan) → the announcement PDF names the winners →
//   the pejabat penilai drafts the pembinaan plan and the ASN agrees it. Every step asserts and
//   leaves a screenshot tNN-<step>.png in $SHOTS; at 1,024 px wide no page may scroll sideways.
import fs from 'node:fs';
import path from 'node:path';
import {
  siapkan, langkah, LANGKAH, nomor, mulaiSemua, pakaiHalaman, periksa, sama, foto, jalankan, jalankanSemua,
  mulaiBrowser, basic, http, rest, jeda, tunggu, tugas, tugasProses, masuk, tampilDiDaftar, tutup, tungguFormulir, buka,
  periksaTugasTerbuka, pilih, isi, selesaikan, esc, tanpaGeserSamping, tanpaInggris, bukaHalaman
} from './bersama.mjs';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';

const BASE = (process.env.BASE_URL || 'http://localhost:8091').replace(/\/$/, '');
const OUT = process.env.SHOTS || 'shots';
const UNDUHAN = process.env.UNDUHAN || OUT;
const BATAS_TOTAL = Number(process.env.E2E_BATAS_DETIK || 900) * 1000;
const BATAS_LANGKAH = Number(process.env.E2E_BATAS_LANGKAH || 300) * 1000;
const LAMBAT = 45000;                                   // Playwright's wait for one element/action

const BKPSDM = '197911092005011002';                    // Teuku Iskandar (BKPSDM)
const WALIKOTA = process.env.WALIKOTA || 'walikota';
const tahun = new Date().getFullYear() - 1;             // the seeded year of the follow-ups

siapkan({ base: BASE, out: OUT, awalan: 't', judul: 'Alur tindak lanjut', batasTotal: BATAS_TOTAL,
  batasLangkah: BATAS_LANGKAH, lambat: LAMBAT, zonaWaktu: 'Asia/Jakarta' });
const browser = await mulaiBrowser('id-ID');


// ------------------------------------------------------------------ helpers of this walk

/** One Tasklist session per user for the whole walk: a login is the slowest part of a step. */
const sesi = new Map();
async function sebagai(user) {
  const ada = sesi.get(user);
  if (ada && !ada.isClosed()) {
    pakaiHalaman(ada);
    await ada.setViewportSize({ width: 1400, height: 1000 });
    await ada.goto(BASE + '/camunda/app/tasklist/');
    await ada.waitForSelector('.tasks-list', { timeout: 90000 });
    await ada.waitForTimeout(1000);
    return ada;
  }
  const page = await masuk(user);
  sesi.set(user, page);
  return page;
}

/** Selects a Tasklist filter by its name ("Tugas kelompok saya" for the group tasks of BKPSDM). */
async function filter(page, nama) {
  await page.locator('.task-filters a, [cam-tasklist-filters] a', { hasText: nama }).first().click();
  await page.mouse.move(700, 600);   // no filter tooltip over the screenshot
  await page.waitForTimeout(1200);
}

/** Claims the open group task ("Ambil tugas") when it is not assigned yet. */
async function ambil(page) {
  const tombol = page.locator('[ng-click="claim()"]').first();
  if (await tombol.isVisible().catch(() => false)) {
    await tombol.click();
    await page.locator('[ng-click="claim()"]').first().waitFor({ state: 'hidden', timeout: 30000 }).catch(() => {});
    await tungguFormulir(page);
    periksa(true, 'tugas kelompok diambil (task claimed)');
  }
}

/** Ticks a form-js checkbox by its field id and checks that it holds. */
async function centang(page, akhiranId) {
  const kotak = page.locator(`[id$="${akhiranId}"]`).first();
  for (let coba = 0; coba < 3 && !(await kotak.isChecked()); coba++) {
    await kotak.check({ force: true }).catch(() => {});
    await page.waitForTimeout(300);
  }
  periksa(await kotak.isChecked(), `kotak ${akhiranId} tercentang`);
}

/** A form field found by its label: textarea or input. */
function kolom(page, label) {
  return page.locator('.fjs-form-field', { hasText: label }).locator('textarea, input').first();
}

/** Today (WIB) typed into a form-js date field (its id ends in <akhiranId>-date), as dd/mm/yyyy (its placeholder). */
async function hariIniDi(page, akhiranId) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).split('-');
  const input = page.locator(`[id$="${akhiranId}-date"]`).first();
  await input.click();
  await input.fill(`${d}/${m}/${y}`);
  await input.press('Enter');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

function teksDaftar(teks) {
  // "- 1980… — Nama" lines of the daftarLayak text, per category heading
  const hasil = { MANAJERIAL: [], NON_MANAJERIAL: [] };
  let kat = null;
  for (const baris of String(teks).split('\n')) {
    if (/^\*Manajerial/i.test(baris)) kat = 'MANAJERIAL';
    else if (/^\*Non-manajerial/i.test(baris)) kat = 'NON_MANAJERIAL';
    const m = baris.match(/^- (\d{18}) — (.+)$/);
    if (m && kat) hasil[kat].push({ nip: m[1], nama: m[2].trim() });
  }
  return hasil;
}

// ------------------------------------------------------------------ the steps

langkah('siap', 'Tindak lanjut sudah disemai / the follow-ups are seeded', async (s) => {
  const pb = await tunggu('pembinaan-kinerja ' + tahun, async () => (await rest('GET',
    '/process-instance?processDefinitionKey=pembinaan-kinerja')).filter((p) => p.businessKey.startsWith(`PB-${tahun}-`)), 300000);
  s.asn = pb[0].businessKey.split('-')[2];
  s.bkPembinaan = pb[0].businessKey;
  const [susun] = await tunggu('Susun rencana pembinaan', () => tugasProses(s.bkPembinaan, 'susun-rencana-pembinaan'));
  s.penilai = susun.assignee;
  periksa(!!s.penilai && s.penilai !== s.asn, `rencana pembinaan menunggu pejabat penilai ${s.penilai}`);
  const ks = await http('GET', `/api/kinerja-saya/pegawai/${s.asn}/${tahun}`, { user: s.asn });
  sama(ks.tahunan.predikat, 'BUTUH_PERBAIKAN', `predikat tahunan final ${tahun} ASN ${s.asn}`);
  s.namaAsn = ks.pegawai.nama;
  const pk = await rest('GET', '/task?processDefinitionKey=pengembangan-kompetensi&taskDefinitionKey=tetapkan-pelatihan');
  s.tetapkan = pk.find((t) => t.name.includes(s.asn));
  periksa(!!s.tetapkan, `Tetapkan pelatihan menunggu BKPSDM: "${s.tetapkan && s.tetapkan.name}"`);
  const [nom] = await tugasProses(`PH-${tahun}`, 'nominasikan-penghargaan');
  periksa(!!nom && !!nom.assignee, `nominasi penghargaan ${tahun} menunggu kepala OPD ${nom && nom.assignee}`);
  s.kepala = nom.assignee;
  s.layak = teksDaftar((await rest('GET', `/task/${nom.id}/variables/daftarLayak`)).value);
  periksa(s.layak.MANAJERIAL.length >= 1 && s.layak.NON_MANAJERIAL.length >= 1,
    `ASN memenuhi syarat: ${s.layak.MANAJERIAL.length} manajerial, ${s.layak.NON_MANAJERIAL.length} non-manajerial`);
  s.tim = (await rest('GET', '/user?memberOfGroup=tim-penilai-kinerja')).map((u) => u.id);
  periksa(s.tim.length >= 1, `Tim Penilai Kinerja: ${s.tim.join(', ')}`);
  const page = await sebagai(BKPSDM);
  await filter(page, 'Tugas kelompok saya');
  periksa(await tampilDiDaftar(page, 'Tetapkan pelatihan'), 'BKPSDM melihat "Tetapkan pelatihan" di Tugas kelompok saya');
  await foto(page, 'bkpsdm-tugas-kelompok');
});

langkah('tetapkan-pelatihan', 'BKPSDM menetapkan Pelatihan Manajemen Waktu / BKPSDM assigns the training', async (s) => {
  const page = await sebagai(BKPSDM);
  await filter(page, 'Tugas kelompok saya');
  await buka(page, s.namaAsn.split(',')[0]);
  await periksaTugasTerbuka(page, 'Tetapkan pelatihan');
  await ambil(page);
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('Pelatihan Manajemen Waktu'), 'usulan memuat Pelatihan Manajemen Waktu, dengan alasannya');
  await pilih(page, 'Field_katalogId', 'Pelatihan Manajemen Waktu');
  await hariIniDi(page, 'Field_tanggalMulai');
  await hariIniDi(page, 'Field_tanggalSelesai');
  await kolom(page, 'Catatan untuk ASN').fill('Ikuti kelas daring BKPSDM; unggah sertifikat setelah selesai.');
  await centang(page, 'Field_konfirmasi');
  await page.waitForTimeout(400);
  await tanpaInggris(page, 'tetapkan pelatihan');
  await tanpaGeserSamping(page, 'tetapkan pelatihan');
  await foto(page, 'tetapkan-pelatihan', true);
  await selesaikan(page);
});

langkah('sertifikat', 'ASN mengunggah sertifikat / the ASN uploads the certificate', async (s) => {
  const [t] = await tunggu('tugas Unggah sertifikat', () => tugas(s.asn, 'laporkan-pelatihan'), 120000);
  periksa(t.name.includes('Pelatihan Manajemen Waktu'), `ASN punya tugas "${t.name}"`);
  const page = await sebagai(s.asn);
  await buka(page, 'Pelatihan Manajemen Waktu');
  await periksaTugasTerbuka(page, 'Pelatihan Manajemen Waktu');
  const form = page.locator('form[name="laporanPelatihan"]');
  periksa(await form.count() === 1, 'formulir unggah sertifikat (formulir tertanam) terbuka');
  const ringkasan = await form.locator('#ringkasan-pelatihan').innerText();
  periksa(ringkasan.includes('Pelatihan Manajemen Waktu') && ringkasan.includes('Batas unggah sertifikat'),
    'ringkasan pelatihan tampil di formulir');
  periksa(!ringkasan.includes('**') && !/&#?\w+;/.test(ringkasan), 'ringkasan tanpa tanda Markdown atau entitas HTML mentah');
  // a wrong kind of file is stopped in the form, in Indonesian, before any upload
  await form.locator('#berkas-sertifikat').setInputFiles({ name: 'catatan.exe', mimeType: 'application/octet-stream',
    buffer: Buffer.from('MZ') });
  sama(await form.locator('#status-sertifikat').innerText(), 'Jenis berkas tidak diizinkan: pilih PDF, JPG atau PNG',
    'berkas .exe ditolak di formulir');
  // the certificate through the form's own file input (stored by /api/bukti-dukung, only its id is sent)
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
  await form.locator('#berkas-sertifikat').setInputFiles({ name: 'sertifikat-manajemen-waktu.pdf',
    mimeType: 'application/pdf', buffer: pdf });
  await page.waitForFunction(() => /terunggah|Gagal/.test(document.getElementById('status-sertifikat')?.textContent || ''),
    null, { timeout: 60000 });
  const status = await form.locator('#status-sertifikat').innerText();
  periksa(status.startsWith('Sertifikat terunggah: sertifikat-manajemen-waktu.pdf'), `konfirmasi unggah tampil: ${status}`);
  s.buktiId = Number((status.match(/berkas nomor (\d+)/) || [])[1]);
  periksa(s.buktiId > 0, `id berkas sertifikat ${s.buktiId}`);
  await form.locator('#konfirmasi').check();
  periksa(await form.locator('#konfirmasi').isChecked(), 'pernyataan tercentang');
  await page.waitForTimeout(400);
  await tanpaInggris(page, 'unggah sertifikat');
  // readable on a phone too: no sideways scroll at 390 px
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(800);
  const [lebarHp, tampakHp] = await page.evaluate(() => {
    const f = document.querySelector('form[name="laporanPelatihan"]');
    return [f.scrollWidth, f.clientWidth];
  });
  periksa(lebarHp <= tampakHp + 1, `unggah sertifikat: formulir tanpa gulir ke samping pada 390 px (${lebarHp} ≤ ${tampakHp})`);
  // Tasklist's form pane scrolls on its own: the upload and its confirmation brought into view
  await form.locator('#status-sertifikat').scrollIntoViewIfNeeded();
  await foto(page, 'unggah-sertifikat-hp');
  await tanpaGeserSamping(page, 'unggah sertifikat');
  await form.locator('#status-sertifikat').scrollIntoViewIfNeeded();
  await foto(page, 'unggah-sertifikat');
  await selesaikan(page);
});

langkah('verifikasi', 'BKPSDM memverifikasi dan melihat JP / BKPSDM verifies and sees the JP', async (s) => {
  await tunggu('tugas Verifikasi sertifikat', async () => (await rest('GET',
    '/task?processDefinitionKey=pengembangan-kompetensi&taskDefinitionKey=verifikasi-pelatihan')).filter((t) => t.name.includes(s.asn)), 120000);
  const page = await sebagai(BKPSDM);
  await filter(page, 'Tugas kelompok saya');
  await buka(page, 'Verifikasi');
  await ambil(page);
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes('Pelatihan Manajemen Waktu'), 'tugas verifikasi menyebut pelatihan dan sertifikat');
  await page.click('label:has-text("Verifikasi (JP dihitung)")');
  await centang(page, 'Field_konfirmasi');
  await page.waitForTimeout(400);
  await tanpaInggris(page, 'verifikasi sertifikat');
  await foto(page, 'verifikasi-sertifikat', true);
  await selesaikan(page);
  const k = await tunggu('JP dikreditkan', async () => {
    const r = await http('GET', `/api/kinerja-saya/pegawai/${s.asn}/${tahun}`, { user: BKPSDM });
    const kb = (r.kebutuhanPelatihan || []).find((x) => x.jpDikreditkan > 0);
    return kb || null;
  }, 120000);
  periksa(k.jpDikreditkan > 0, `JP dihitung: ${k.jpDikreditkan}`);
  s.jp = k.jpDikreditkan;
  await bukaHalaman(page, `/kinerja-saya/?nip=${s.asn}&tahun=${tahun}`, '#kebutuhan-pelatihan');
  const ks = await page.locator('#kebutuhan-pelatihan').innerText();
  periksa(ks.includes('Pelatihan Manajemen Waktu') && ks.includes(String(s.jp)), `Kinerja saya: Pelatihan Manajemen Waktu, ${s.jp} JP dihitung`);
  await tanpaInggris(page, 'Kinerja saya');
  await tanpaGeserSamping(page, 'Kinerja saya');
  await page.locator('#kebutuhan-pelatihan').scrollIntoViewIfNeeded();
  await foto(page, 'kinerja-saya-jp');
});

langkah('nominasi', 'Kepala OPD menominasikan ASN Sangat Baik / the head of the OPD nominates', async (s) => {
  s.calonM = s.layak.MANAJERIAL[0];
  s.calonN = s.layak.NON_MANAJERIAL[0];
  const page = await sebagai(s.kepala);
  await buka(page, 'Nominasi');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes(s.calonN.nip) && teks.includes(s.calonM.nip), 'daftar ASN yang memenuhi syarat tampil');
  // chosen from the eligible staff of each category (select), never typed
  await pilih(page, 'Field_nominasiManajerial', s.calonM.nip);
  await isi(page, 'Field_alasanManajerial', 'Memimpin sekretariat kecamatan dengan capaian di atas target dua tahun berturut-turut.');
  await pilih(page, 'Field_nominasiNonManajerial', s.calonN.nip);
  const dipilih = [await page.locator('[id$="Field_nominasiManajerial"]').first().inputValue(),
    await page.locator('[id$="Field_nominasiNonManajerial"]').first().inputValue()];
  periksa(dipilih[0].includes(s.calonM.nip) && dipilih[1].includes(s.calonN.nip),
    `nominasi dipilih dari daftar: ${dipilih.join(' | ')}`);
  await isi(page, 'Field_alasanNonManajerial', 'Pelayanan administrasi warga tercepat di kecamatan; tanpa keluhan sepanjang tahun.');
  await tanpaInggris(page, 'nominasi penghargaan');
  await tanpaGeserSamping(page, 'nominasi penghargaan');
  await foto(page, 'nominasi', true);
  await selesaikan(page);
});

langkah('nilai-tim', 'Tim Penilai Kinerja menilai daftar pendek / the TPK scores the shortlist', async (s) => {
  await tunggu('tugas Nilai daftar pendek', async () => (await tugasProses(`PH-${tahun}`, 'nilai-penghargaan-tim')).length >= s.tim.length, 120000);
  for (const [i, anggota] of s.tim.entries()) {
    const page = await sebagai(anggota);
    await buka(page, 'penghargaan');
    await periksaTugasTerbuka(page, 'penghargaan');
    const baris = await page.locator('[id*="Field_nilaiAngka_"]').count();
    sama(baris, 2, `${anggota}: satu baris per ASN daftar pendek, nama sudah terpilih`);
    const pilihan = [await page.locator('[id$="Field_nip_0"]').first().inputValue(),
      await page.locator('[id$="Field_nip_1"]').first().inputValue()].join(' | ');
    periksa(pilihan.includes(s.calonN.nip) && pilihan.includes(s.calonM.nip), `baris terisi dari daftar pendek: ${pilihan}`);
    if (i === 0) {
      // the NIP is a list of the shortlist: open it once to show the choice
      await page.locator('[id$="Field_nip_0"]').first().locator('xpath=ancestor::div[contains(@class,"fjs-input-group")]').first().click();
      await page.waitForTimeout(400);
      await foto(page, 'tim-pilihan-daftar-pendek', true);
      await page.keyboard.press('Escape');
    }
    for (let r = 0; r < baris; r++) {
      const nip = await page.locator(`[id$="Field_nip_${r}"]`).first().inputValue();
      const untukN = nip.includes(s.calonN.nama.split(',')[0]) || nip.includes(s.calonN.nip);
      await isi(page, `Field_nilaiAngka_${r}`, String(untukN ? 90 - i : 85 - i));
      await isi(page, `Field_catatan_${r}`, 'Wawancara: capaian dan rekam jejak meyakinkan.');
    }
    await tanpaInggris(page, 'nilai tim');
    await tanpaGeserSamping(page, 'nilai tim');
    await foto(page, 'tim-nilai-' + (i + 1), true);
    await selesaikan(page);
  }
});

langkah('setujui', 'Wali Kota menyetujui / the Wali Kota approves', async (s) => {
  await tunggu('tugas Setujui penghargaan', () => tugasProses(`PH-${tahun}`, 'setujui-penghargaan'), 120000);
  const page = await sebagai(WALIKOTA);
  await buka(page, 'penghargaan');
  const teks = await page.locator('.fjs-container').innerText();
  periksa(teks.includes(s.calonN.nip) && teks.includes('nilai tim'), 'daftar pendek dengan skor dan nilai tim tampil');
  periksa(teks.includes('Predikat tahunan') && !/PREDIKAT_TAHUNAN|RATING_PERIODIK|JP_TERVERIFIKASI|UMPAN_BALIK/.test(teks),
    'rincian skor dengan label Indonesia, tanpa kode komponen');
  await page.click('label:has-text("Setujui")');
  await isi(page, 'Field_nomorKeputusan', `800/${tahun}/PENGHARGAAN`);
  await tanpaInggris(page, 'setujui penghargaan');
  await tanpaGeserSamping(page, 'setujui penghargaan');
  await foto(page, 'walikota-setujui', true);
  await selesaikan(page);
});

langkah('pengumuman', 'Pengumuman PDF memuat pemenang / the announcement names the winners', async (s) => {
  const ph = await tunggu('pemenang dicatat', async () => {
    const r = await http('GET', `/api/penghargaan/${tahun}`, { user: BKPSDM });
    return r.pemenang && r.pemenang.length ? r : null;
  }, 120000);
  periksa(ph.pemenang.length === 2, `${ph.pemenang.length} pemenang (satu per kategori)`);
  const r = await fetch(`${BASE}/api/penghargaan/${tahun}/pengumuman.pdf`, { headers: { Authorization: basic(s.calonN.nip) },
    signal: AbortSignal.timeout(60000) });
  sama(r.status, 200, 'pengumuman.pdf dapat diunduh');
  const isiPdf = Buffer.from(await r.arrayBuffer());
  fs.mkdirSync(UNDUHAN, { recursive: true });
  fs.writeFileSync(path.join(UNDUHAN, `pengumuman-penghargaan-${tahun}.pdf`), isiPdf);
  const teks = (await pdfParse(isiPdf)).text.replace(/\s+/g, ' ');
  for (const c of [s.calonM, s.calonN]) {
    periksa(teks.includes(c.nama.split(',')[0]), `PDF memuat nama pemenang ${c.nama}`);
  }
  periksa(teks.includes(`800/${tahun}/PENGHARGAAN`), 'PDF memuat nomor keputusan Wali Kota');
  // the winner sees the award in Kinerja saya
  const page = await sebagai(BKPSDM);
  await bukaHalaman(page, `/kinerja-saya/?nip=${s.calonN.nip}&tahun=${tahun}`, '#penghargaan');
  const ks = await page.locator('#penghargaan').innerText();
  periksa(ks.includes('Non-manajerial') && ks.includes(`800/${tahun}/PENGHARGAAN`),
    'Kinerja saya pemenang: penghargaan Non-manajerial dengan nomor keputusan');
  await tanpaInggris(page, 'Kinerja saya pemenang');
  await tanpaGeserSamping(page, 'Kinerja saya pemenang');
  await page.locator('#penghargaan').scrollIntoViewIfNeeded();
  await foto(page, 'kinerja-saya-penghargaan');
});

langkah('pembinaan', 'Pejabat penilai dan ASN menyepakati rencana pembinaan / the pembinaan plan is agreed', async (s) => {
  const page = await sebagai(s.penilai);
  await buka(page, 'Susun rencana pembinaan');
  await periksaTugasTerbuka(page, 'Susun rencana pembinaan');
  await kolom(page, 'Tujuan pembinaan').fill('Menyelesaikan 95 % layanan administrasi tepat waktu dan melaporkan realisasi setiap bulan.');
  await kolom(page, 'Dukungan yang diberikan').fill('Pendampingan mingguan oleh kepala seksi; Pelatihan Manajemen Waktu dari BKPSDM.');
  await kolom(page, 'Jadwal pertemuan bulanan').fill('Setiap Senin pertama bulan berjalan, pukul 09.00 di kantor camat.');
  await page.waitForTimeout(400);
  await tanpaInggris(page, 'susun rencana pembinaan');
  await tanpaGeserSamping(page, 'susun rencana pembinaan');
  await foto(page, 'susun-rencana-pembinaan', true);
  await selesaikan(page);
  await tunggu('tugas Setujui rencana pembinaan', () => tugasProses(s.bkPembinaan, 'setujui-rencana-pembinaan'), 120000);
  const asn = await sebagai(s.asn);
  await buka(asn, 'rencana pembinaan');
  const teks = await asn.locator('.fjs-container').innerText();
  periksa(teks.includes('Pelatihan Manajemen Waktu'), 'ASN membaca rencana yang disusun pejabat penilai');
  await centang(asn, 'Field_setujuRencana');
  await kolom(asn, 'Catatan untuk pejabat penilai').fill('Saya siap mengikuti jadwal pertemuan.');
  await asn.waitForTimeout(400);
  await tanpaInggris(asn, 'setujui rencana pembinaan');
  await foto(asn, 'setujui-rencana-pembinaan', true);
  await selesaikan(asn);
  await tunggu('rencana disepakati', async () => (await tugasProses(s.bkPembinaan, 'setujui-rencana-pembinaan')).length === 0
    && (await tugasProses(s.bkPembinaan, 'susun-rencana-pembinaan')).length === 0, 60000);
  const masih = await rest('GET', `/process-instance?businessKey=${s.bkPembinaan}`);
  sama(masih.length, 1, 'masa pembinaan berjalan (menunggu pertemuan bulanan)');
});

// ------------------------------------------------------------------ run

const hijau = await jalankan({});
await browser.close().catch(() => {});
const detik = ((Date.now() - mulaiSemua) / 1000).toFixed(0);
if (!hijau) {
  console.error(`GAGAL: alur tindak lanjut berhenti di langkah ${nomor} (${detik} s); foto di ${OUT}`);
  console.error(`${nomor - 1} passed, 1 failed`);
  process.exit(1);
}
console.log(`Selesai: ${LANGKAH.length} langkah hijau dalam ${detik} s (follow-up walk green).`);
console.log(`${LANGKAH.length} passed, 0 failed`);
