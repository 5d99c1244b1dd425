// The newcomer's flow in the real Tasklist, in headless Chromium (Debian's chromium): step 3 of
// .ci/run, through jalankan-alur.sh, which starts the app, a local SMTP sink and this script. How
// to run it by hand: docs/e2e/README.md.
//
//   Fitriani (demo ASN) drafts an SKP with two RHK → Safrizal (demo pejabat penilai) gets an
//   e-mail, opens the task from its link and returns the SKP with a note → Fitriani gets an e-mail,
//   adds an indicator and submits again → Safrizal approves → Fitriani reports the latest ended
//   period with a link and an uploaded file → Safrizal rates it → the predikat is stored, Fitriani
//   gets the result by e-mail, sees it in "Kinerja saya" and downloads her SKP as PDF.
//
// Every step asserts something (the runner refuses a step without an assertion) and leaves a
// screenshot NN-<step>.png in $SHOTS; a failure also leaves NN-<step>-GAGAL.png and exits 1.
// To add a step (e.g. calibration, appeal): langkah('id-langkah', 'Indonesian name / English name',
// async (s) => { … periksa(…) … await foto(page, 'what') }) in the order it happens; `s` carries
// what earlier steps found (task names, ids, the SKP process).
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import fs from 'node:fs';
import path from 'node:path';
import {
  siapkan, langkah, LANGKAH, nomor, mulaiSemua, pakaiHalaman, periksa, sama, foto, jalankan, jalankanSemua,
  mulaiBrowser, basic, http, rest, jeda, tunggu, tugas, masuk, tampilDiDaftar, tutup, tungguFormulir, buka,
  periksaTugasTerbuka, pilih, isi, selesaikan, esc
} from './bersama.mjs';

const BASE = (process.env.BASE_URL || 'http://localhost:8081').replace(/\/$/, '');
const OUT = process.env.SHOTS || 'shots';
const SUREL_DIR = process.env.SUREL_DIR || '';          // folder of penampung-surel.mjs
const UNDUHAN = process.env.UNDUHAN || path.join(OUT, 'unduhan');
const BATAS_TOTAL = Number(process.env.E2E_BATAS_DETIK || 1200) * 1000;
const BATAS_LANGKAH = Number(process.env.E2E_BATAS_LANGKAH || 300) * 1000;
const LAMBAT = 45000;                                   // Playwright's wait for one element/action

const ASN = '199605142020122002';                       // Fitriani, S.K.M.
const PENILAI = '198408212009031003';                   // Safrizal, S.K.M.
const BKPSDM = '197911092005011002';                    // Teuku Iskandar (register, e-mail addresses)
const SUREL_ASN = 'fitriani.e2e@dinkes.langsakota.go.id';
const SUREL_PENILAI = 'safrizal.e2e@dinkes.langsakota.go.id';
const UMPAN_BALIK = 'Laporan rapi dan tepat waktu, pertahankan.';
const tahun = new Date().getFullYear();

siapkan({ base: BASE, out: OUT, awalan: '', judul: 'Alur pendatang baru', batasTotal: BATAS_TOTAL,
  batasLangkah: BATAS_LANGKAH, lambat: LAMBAT });
const browser = await mulaiBrowser('id-ID');

fs.mkdirSync(UNDUHAN, { recursive: true });

/** E-mails received by the sink so far, oldest first. */
function daftarSurel() {
  if (!SUREL_DIR) throw new Error('SUREL_DIR tidak diatur: jalankan lewat jalankan-alur.sh (needs the SMTP sink)');
  return fs.readdirSync(SUREL_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ berkas: f, ...JSON.parse(fs.readFileSync(path.join(SUREL_DIR, f), 'utf8')) }));
}

/** Waits for an e-mail to `alamat` whose subject contains `subjek`; checks it names the recipient. */
async function tungguSurel(alamat, subjek) {
  const surel = await tunggu(`surel "${subjek}" untuk ${alamat}`,
    () => daftarSurel().find((m) => m.amplopKepada.includes(alamat) && m.subjek.includes(subjek)), 120000, 1000);
  console.log(`    surel ${surel.berkas}: ${surel.subjek}`);
  periksa(surel.subjek.startsWith('[Kinerja ASN Langsa] '), 'subjek diawali [Kinerja ASN Langsa]');
  periksa((surel.kepada || '').includes(alamat), `dikirim kepada ${alamat} (To header)`);
  return surel;
}

/** The task link of an e-mail: <BASE>/camunda/app/tasklist/default/#/?task=<id>. */
function tautanTugas(surel) {
  const m = surel.teks.match(/(https?:\/\/\S+\/camunda\/app\/tasklist\/\S*[?&]task=([0-9a-f-]+))/);
  periksa(!!m, 'surel berisi tautan langsung ke tugas di Tasklist (link straight to the task)');
  periksa(m[1].startsWith(BASE + '/camunda/app/tasklist/'), `tautan memakai alamat aplikasi ${BASE}`);
  return { url: m[1], idTugas: m[2] };
}

/** Shows an e-mail's HTML in a page of its own, for the step's screenshot. */
async function fotoSurel(surel, nama) {
  const ctx = await browser.newContext({ viewport: { width: 900, height: 600 }, locale: 'id-ID' });
  const page = await ctx.newPage();
  await page.setContent(`<div style="font:14px sans-serif;border-bottom:1px solid #ccc;padding:8px;background:#f4f4f4">
      <b>Kepada:</b> ${esc(surel.kepada)}<br><b>Dari:</b> ${esc(surel.dari)}<br><b>Subjek:</b> ${esc(surel.subjek)}</div>`
    + (surel.html || `<pre>${esc(surel.teks)}</pre>`));
  await foto(page, nama);
  await ctx.close();
}
// ------------------------------------------------------------------ the steps

langkah('siap', 'Aplikasi siap, alamat surel diisi / app ready, e-mail addresses in the register', async (s) => {
  const [susun] = await tunggu('tugas Susun SKP Fitriani (tahun demo)', () => tugas(ASN, 'susun-skp'), 180000);
  periksa(susun.name.includes('Susun SKP'), `Fitriani punya tugas "${susun.name}"`);
  // BKPSDM records both e-mail addresses, as the register import would.
  for (const [nip, surel] of [[ASN, SUREL_ASN], [PENILAI, SUREL_PENILAI]]) {
    const p = await http('GET', `/api/organisasi/pegawai/${nip}`, { user: BKPSDM });
    const baru = await http('PUT', `/api/organisasi/pegawai/${nip}`, {
      user: BKPSDM,
      body: { nip, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang,
        jenisAsn: p.jenisAsn, pangkatGolongan: p.pangkatGolongan, email: surel }
    });
    sama(baru.email, surel, `email ${p.namaLengkap} tersimpan di register`);
  }
  s.namaAsn = 'Fitriani';
  const page = await masuk(ASN);
  periksa(await tampilDiDaftar(page, 'Susun SKP'), 'Tasklist Fitriani menampilkan "Susun SKP"');
  await foto(page, 'fitriani-tugas');
  await tutup(page);
});

langkah('susun-skp', 'Fitriani menyusun SKP dengan dua RHK / the ASN drafts her SKP', async (s) => {
  const page = await masuk(ASN);
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
  const [skp] = await rest('GET', `/process-instance?businessKey=SKP-${tahun}-${ASN}`);
  periksa(!!skp, `proses SKP-${tahun}-${ASN} berjalan`);
  s.skp = skp;
  const [setujui] = await tunggu('tugas Setujui SKP untuk Safrizal',
    () => rest('GET', `/task?processInstanceId=${skp.id}&taskDefinitionKey=setujui-skp`));
  sama(setujui.assignee, PENILAI, 'Setujui SKP menunggu Safrizal (pejabat penilai)');
  s.idSetujui = setujui.id;
  await foto(page, 'susun-skp-terkirim');
  await tutup(page);
});

langkah('surel-setujui', 'Safrizal menerima surel tugas baru / the rater gets the new-task e-mail', async (s) => {
  const surel = await tungguSurel(SUREL_PENILAI, 'Tugas baru: Setujui SKP');
  periksa(surel.subjek.includes('Fitriani') && surel.subjek.includes(ASN), 'subjek menyebut Fitriani dan NIP-nya');
  periksa(surel.subjek.split('Fitriani').length === 2, 'nama Fitriani disebut sekali di subjek (not twice)');
  periksa(surel.teks.startsWith('Yth. Safrizal'), 'surel menyapa Safrizal (Yth. …)');
  const t = tautanTugas(surel);
  sama(t.idTugas, s.idSetujui, 'tautan menunjuk tugas Setujui SKP itu');
  s.tautanSetujui = t.url;
  await fotoSurel(surel, 'surel-setujui-skp');
});

langkah('kembalikan', 'Safrizal membuka tautan surel dan mengembalikan SKP / returns it with a note', async (s) => {
  // As from the e-mail: the link first, Tasklist asks to log in, then shows that task.
  const page = await masuk(PENILAI, s.tautanSetujui);
  await tungguFormulir(page);
  periksa(page.url().includes('task=' + s.idSetujui), 'setelah masuk, Tasklist tetap pada tugas dari tautan');
  await periksaTugasTerbuka(page, 'Setujui SKP');
  await page.click('label:has-text("Kembalikan untuk diperbaiki")');
  await page.locator('.fjs-container textarea:not([readonly])').first()
    .fill('Tambahkan indikator kualitas pada RHK utama (mis. persentase laporan tepat waktu).');
  await foto(page, 'setujui-skp-kembalikan');
  await selesaikan(page);
  const [perbaiki] = await tunggu('tugas Perbaiki SKP untuk Fitriani',
    () => rest('GET', `/task?processInstanceId=${s.skp.id}&taskDefinitionKey=susun-skp`));
  sama(perbaiki.assignee, ASN, 'SKP kembali ke Fitriani');
  periksa(perbaiki.name.includes('dikembalikan'), `tugasnya bernama "${perbaiki.name}"`);
  s.idPerbaiki = perbaiki.id;
  s.namaPerbaiki = perbaiki.name;
  await tutup(page);
});

langkah('perbaiki', 'Fitriani menerima surel, memperbaiki dan mengajukan lagi / fixes and resubmits', async (s) => {
  const surel = await tungguSurel(SUREL_ASN, 'Tugas baru: Perbaiki SKP');
  sama(tautanTugas(surel).idTugas, s.idPerbaiki, 'tautan surel menunjuk tugas Perbaiki SKP');
  const page = await masuk(ASN);
  await buka(page, 'Perbaiki SKP (dikembalikan)');                // a returned SKP is named so
  await periksaTugasTerbuka(page, 'Perbaiki SKP');
  await foto(page, 'susun-skp-dikembalikan');
  await page.locator('.fjs-repeat-render-add').first().click();   // indicator 2 of RHK 1
  await page.waitForTimeout(800);
  await pilih(page, 'Field_aspek_6_0_1', 'Kualitas');
  await isi(page, 'Field_uraian_7_0_1', 'Persentase laporan yang disampaikan tepat waktu');
  await isi(page, 'Field_target_8_0_1', '100');
  await isi(page, 'Field_satuan_9_0_1', 'persen');
  await selesaikan(page);
  const [setujui] = await tunggu('tugas Setujui SKP kedua',
    () => rest('GET', `/task?processInstanceId=${s.skp.id}&taskDefinitionKey=setujui-skp`));
  sama(setujui.assignee, PENILAI, 'SKP yang diperbaiki menunggu Safrizal lagi');
  await foto(page, 'perbaikan-terkirim');
  await tutup(page);
});

langkah('setujui', 'Safrizal menyetujui SKP / the rater approves', async (s) => {
  const page = await masuk(PENILAI);
  await buka(page, 'Setujui SKP');
  await page.click('label:has-text("Setujui (tetapkan SKP)")');
  await foto(page, 'setujui-skp-setujui');
  await selesaikan(page);
  const rincian = await tunggu('SKP Fitriani disetujui', async () => {
    const r = await http('GET', `/api/kinerja-saya/pegawai/${ASN}/${tahun}`, { user: ASN });
    return r.skp.status === 'DISETUJUI' ? r : null;
  });
  sama(rincian.skp.status, 'DISETUJUI', 'status SKP Fitriani');
  sama(rincian.rhk.length, 2, 'SKP berisi dua RHK');
  sama(rincian.rhk[0].indikator.length, 2, 'RHK 1 berisi dua indikator (setelah perbaikan)');
  await foto(page, 'skp-disetujui');
  await tutup(page);
});

langkah('periode', 'Periode berakhir: tugas laporkan realisasi / a period ends', async (s) => {
  let lapor = [];
  const akhir = Date.now() + 90000;
  for (let i = 0; lapor.length === 0; i++) {
    lapor = await tugas(ASN, 'laporkan-realisasi');
    if (lapor.length === 0 && i === 3) {
      // No period has ended yet (January): fire the first period's timer now, as BKPSDM may.
      const [timer] = await rest('GET', `/job?processInstanceId=${s.skp.id}&activityId=Event_AkhirPeriode&sortBy=jobDueDate&sortOrder=asc`);
      periksa(!!timer, 'timer periode pertama ada');
      console.log('    timer periode dijalankan:', timer.id, timer.dueDate);
      await rest('POST', `/job/${timer.id}/execute`);
    }
    if (lapor.length === 0) {
      if (Date.now() > akhir) throw new Error('Tidak ada tugas laporkan-realisasi');
      await jeda(1500);
    }
  }
  s.namaLapor = lapor[0].name;                                     // the latest ended period
  s.namaPeriode = s.namaLapor.split(' — ').pop();
  periksa(s.namaLapor.startsWith('Laporkan realisasi kinerja'), `${lapor.length} periode terbuka; dilaporkan: ${s.namaLapor}`);
  const page = await masuk(ASN);
  periksa(await tampilDiDaftar(page, s.namaLapor), 'tugas itu tampil di Tasklist Fitriani');
  await foto(page, 'fitriani-periode');
  await tutup(page);
});

langkah('lapor', 'Fitriani melaporkan realisasi dengan tautan dan berkas / reports with a link and a file', async (s) => {
  const pdf = path.join(UNDUHAN, 'rekap-pelayanan.pdf');
  fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
  const page = await masuk(ASN);
  await buka(page, s.namaLapor);
  await periksaTugasTerbuka(page, s.namaLapor);
  const baris = page.locator('#daftar-indikator-realisasi .kinerja-lapor-indikator');  // one card per indicator
  const jumlah = await baris.count();
  sama(jumlah, 3, 'formulir menampilkan tiga indikator SKP yang disetujui');
  for (let i = 1; i <= jumlah; i++) {
    const r = baris.nth(i - 1);
    await r.locator('input[id^="realisasi-"]').fill(String(i === 2 ? 100 : 12 + i));
    if (i === 2) {
      await r.locator('input[type="file"]').setInputFiles(pdf);
      // the form uploads at once (POST /api/bukti-dukung with the Tasklist session) and shows it
      await r.getByText('Terunggah:').waitFor({ timeout: 60000 });
      periksa(true, 'berkas bukti terunggah (file uploaded)');
    } else {
      await r.locator('input[id^="tautan-"]').fill(`https://drive.langsakota.go.id/dinkes/fitriani/bukti-${i}`);
    }
  }
  await page.fill('#catatanMandiri', 'Semua laporan selesai; satu penyuluhan ditunda karena cuaca.');
  await page.waitForTimeout(800);
  await foto(page, 'laporkan-realisasi-diisi');
  await selesaikan(page);
  await foto(page, 'laporkan-realisasi-terkirim');
  await tutup(page);
});

langkah('nilai', 'Safrizal menilai periode itu / the rater rates the period', async (s) => {
  const [nilai] = await tunggu('tugas Nilai kinerja periodik untuk Fitriani', async () =>   // capaian is computed async
    (await tugas(PENILAI, 'nilai-kinerja-periodik'))
      .filter((t) => t.name.includes('Fitriani') && t.name.endsWith(s.namaPeriode)));
  const page = await masuk(PENILAI);
  await buka(page, nilai.name);
  await periksaTugasTerbuka(page, 'Nilai kinerja periodik');
  await foto(page, 'nilai-kinerja-periodik');
  // The uploaded file is offered as a download link the rater may open.
  const tautanBerkas = page.locator('.fjs-container a[href^="/api/bukti-dukung/"]').first();
  await tautanBerkas.scrollIntoViewIfNeeded();
  const unduh = await fetch(BASE + (await tautanBerkas.getAttribute('href')),
    { headers: { Authorization: basic(PENILAI) }, signal: AbortSignal.timeout(60000) });
  sama(unduh.status, 200, 'penilai dapat mengunduh berkas bukti');
  periksa((await unduh.text()).startsWith('%PDF-1.4'), 'berkas bukti yang diunduh sama dengan yang diunggah');
  const nUmpan = await page.locator('[id*="Isian_7_"]').count();
  periksa(nUmpan >= 1, `${nUmpan} kotak umpan balik per RHK`);
  for (let i = 0; i < nUmpan; i++) {
    await isi(page, `Isian_7_${i}`, i === 0 ? UMPAN_BALIK : 'Jadwalkan ulang penyuluhan yang tertunda.');
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
  await tutup(page);
});

langkah('predikat', 'Predikat tersimpan dan dikirim lewat surel / predikat stored, result e-mailed', async (s) => {
  const predikat = await tunggu('predikat periode tersimpan', async () => {
    const pp = await rest('GET', `/history/process-instance?processDefinitionKey=penilaian-periodik&superProcessInstanceId=${s.skp.id}&finished=true`);
    for (const p of pp) {
      const v = await rest('GET', `/history/variable-instance?processInstanceId=${p.id}&variableName=predikat`);
      if (v.length && v[0].value) return v[0].value;
    }
    return null;
  });
  sama(predikat, 'BAIK', 'predikat periode (Rating hasil kerja Sesuai × perilaku Sesuai)');
  const surel = await tungguSurel(SUREL_ASN, 'Hasil penilaian kinerja periodik');
  periksa(surel.teks.includes(s.namaPeriode) && surel.teks.includes('Predikat kinerja: Baik'),
    `surel hasil menyebut periode ${s.namaPeriode} dan "Predikat kinerja: Baik"`);
  await fotoSurel(surel, 'surel-hasil-periodik');
});

langkah('kinerja-saya', 'Fitriani melihat hasilnya di "Kinerja saya" / sees the result in Kinerja saya', async (s) => {
  const page = await masuk(ASN);
  await page.locator('#kinerja-saya-tautan, a[href="/kinerja-saya/"]').first().click();   // Tasklist's header link
  await page.waitForURL(/\/kinerja-saya\//, { timeout: 60000 });
  await page.waitForSelector('#isi section', { timeout: 60000 });
  const skp = await page.locator('#isi section').first().innerText();
  periksa(skp.includes(`SKP ${tahun}`) && skp.includes('Disetujui'), `SKP ${tahun} tampil berstatus disetujui`);
  periksa(skp.includes('Persentase laporan yang disampaikan tepat waktu'), 'indikator hasil perbaikan tampil');
  const periode = page.locator('#isi details')
    // "November 2026 — …", or "November 2026 (susulan) — …" for a catch-up report
    .filter({ has: page.locator('summary', {
      hasText: new RegExp(s.namaPeriode.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '( \\(susulan\\))? —') }) }).first();
  const ringkas = await periode.locator('summary').innerText();
  periksa(ringkas.includes('Predikat Baik'), `periode ${s.namaPeriode}: "${ringkas.trim()}"`);
  if (!(await periode.evaluate((d) => d.open))) await periode.locator('summary').click();
  await periode.locator('.umpan-balik').first().waitFor();
  periksa((await periode.innerText()).includes(UMPAN_BALIK), 'umpan balik Safrizal tampil untuk Fitriani');
  await periode.scrollIntoViewIfNeeded();
  await foto(page, 'kinerja-saya');
  s.halamanKinerjaSaya = page;
});

langkah('skp-pdf', 'Fitriani mengunduh SKP sebagai PDF / downloads the SKP PDF', async (s) => {
  const page = s.halamanKinerjaSaya;
  pakaiHalaman(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const [unduhan] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    page.locator('a', { hasText: 'Unduh SKP (PDF)' }).first().click()
  ]);
  const file = path.join(UNDUHAN, unduhan.suggestedFilename() || 'skp.pdf');
  await unduhan.saveAs(file);
  const isi = fs.readFileSync(file);
  periksa(isi.subarray(0, 5).toString('latin1') === '%PDF-', `${path.basename(file)} diawali %PDF- (${isi.length} byte)`);
  const teks = (await pdfParse(isi)).text;
  fs.writeFileSync(file + '.txt', teks);
  periksa(teks.includes('SASARAN KINERJA PEGAWAI'), 'PDF berjudul SASARAN KINERJA PEGAWAI');
  periksa(teks.includes('Fitriani'), 'PDF menyebut nama ASN (Fitriani)');
  periksa(teks.replace(/\s/g, '').includes(ASN), `PDF menyebut NIP ${ASN}`);
  periksa(teks.includes('Safrizal'), 'PDF menyebut pejabat penilai (Safrizal)');
  await foto(page, 'kinerja-saya-unduh-skp');
  await tutup(page);
});

langkah('periode-berikutnya', 'Periode berikutnya menampilkan predikat / the next period form shows it', async (s) => {
  const sisa = await tugas(ASN, 'laporkan-realisasi');
  const page = await masuk(ASN);
  if (sisa.length) {
    await buka(page, sisa[0].name);
    const teks = await page.locator('form[name="laporanRealisasi"]').innerText();
    periksa(teks.includes(s.namaPeriode) && teks.includes('Baik'), `formulir ${sisa[0].name} menampilkan predikat ${s.namaPeriode}`);
    await foto(page, 'periode-berikutnya-menampilkan-predikat');
  } else {
    periksa(await page.locator('.tasks-list a', { hasText: s.namaLapor }).count() === 0,
      'tugas yang sudah dilaporkan tidak ada lagi di Tasklist');
    await foto(page, 'tanpa-periode-terbuka');
  }
  await tutup(page);
});

// ------------------------------------------------------------------ run

await jalankanSemua('pendatang baru', 'newcomer');
