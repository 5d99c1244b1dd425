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
import fs from 'node:fs';
import path from 'node:path';
import {
  siapkan, langkah, LANGKAH, nomor, mulaiSemua, pakaiHalaman, periksa, sama, foto, jalankan, jalankanSemua,
  mulaiBrowser, basic, http, rest, jeda, tunggu, tugas, tugasProses, masuk, tampilDiDaftar, tutup, tungguFormulir, buka,
  periksaTugasTerbuka, pilih, isi, selesaikan, esc, tanpaGeserSamping, tanpaInggris, bukaHalaman
} from './bersama.mjs';

const BASE = (process.env.BASE_URL || 'http://localhost:8091').replace(/\/$/, '');
const OUT = process.env.SHOTS || 'shots';
const BATAS_TOTAL = Number(process.env.E2E_BATAS_DETIK || 900) * 1000;
const BATAS_LANGKAH = Number(process.env.E2E_BATAS_LANGKAH || 300) * 1000;
const LAMBAT = 45000;                                   // Playwright's wait for one element/action

const KODE_OPD = 'KEC-LAMA';                            // Kecamatan Langsa Lama
const BKPSDM = '197911092005011002';                    // Teuku Iskandar (BKPSDM)
const ASN = process.env.ASN_KEBERATAN || '199802022021011008';  // Teuku Baihaqi Basyah, pelaksana, Subbagian Umum
const tahun = new Date().getFullYear() - 1;             // the seeded year

siapkan({ base: BASE, out: OUT, awalan: 'k', judul: 'Alur kalibrasi dan keberatan', batasTotal: BATAS_TOTAL,
  batasLangkah: BATAS_LANGKAH, lambat: LAMBAT, zonaWaktu: 'Asia/Jakarta' });
await mulaiBrowser('id-ID');


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

await jalankanSemua('kalibrasi dan keberatan', 'calibration and appeal');
