/* Ringkasan kinerja kota (Wali Kota, Tim Penilai Kinerja; BKPSDM and administrators too): the
   city's predikat distribution (final: after calibration and appeals), the distribution per OPD
   against the pattern of its Predikat Kinerja Organisasi, and the follow-ups in numbers. Reads
   GET /api/pemantauan/ringkasan-kota with the Tasklist session; no NIPs, no Cockpit links. */
'use strict';

(function () {
  const { label, esc, angka, api } = KS;
  const $ = (id) => document.getElementById(id);
  const URUT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
  const SINGKAT = { SANGAT_BAIK: 'SB', BAIK: 'B', BUTUH_PERBAIKAN: 'BP', KURANG: 'K', SANGAT_KURANG: 'SK' };
  const ORG = { ISTIMEWA: 'Istimewa', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan', KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' };
  const persen = (n) => (n == null ? '–' : angka(Math.round(Number(n) * 10) / 10) + '%');

  function pesan(teks, galat) {
    $('pesan').hidden = !teks;
    $('pesan').textContent = teks || '';
    $('pesan').classList.toggle('galat', !!galat);
  }

  function grafik(kota) {
    const pc = kota.persen || {};
    const jml = kota.jumlah || {};
    return '<table class="grafik-kurva"><tbody>' + URUT.map((p) => {
      const lebar = Math.max(0, Math.min(100, Number(pc[p]) || 0));
      return '<tr><th scope="row">' + esc(label(p)) + '</th>'
        + '<td class="batang-sel"><div class="batang-latar" role="img" aria-label="' + esc(label(p)) + ' ' + persen(pc[p]) + '">'
        + '<span class="batang" style="width:' + lebar + '%"></span></div></td>'
        + '<td class="angka">' + persen(pc[p]) + '</td><td class="angka">' + angka(jml[p] || 0) + ' ASN</td></tr>';
    }).join('') + '</tbody></table>';
  }

  function tampilkan(d) {
    const kota = d.kurva || {};
    let h = '<section class="kartu"><h2>Sebaran predikat kinerja ASN Kota Langsa ' + esc(d.tahun) + '</h2>'
      + '<p class="kecil">Setelah kalibrasi dan keberatan. ASN dinilai: ' + angka(kota.jumlahDinilai || 0) + '.</p>'
      + (kota.jumlahDinilai ? grafik(kota) : '<p class="belum">Belum ada ASN yang dinilai pada tahun ini.</p>')
      + '</section>';
    const opd = (d.perOpd || []).filter((o) => o.jumlahDinilai > 0);
    const belum = (d.perOpd || []).filter((o) => !(o.jumlahDinilai > 0));
    h += '<section class="kartu"><h2>Per OPD</h2>'
      + '<p class="kecil">SB Sangat Baik · B Baik · BP Butuh Perbaikan · K Kurang/Misconduct · SK Sangat Kurang (persen ASN yang dinilai). '
      + 'Pola: sebaran yang diharapkan menurut Predikat Kinerja Organisasi OPD.</p>';
    if (!opd.length) {
      h += '<p class="belum">Belum ada OPD dengan ASN yang dinilai pada tahun ini.</p>';
    } else {
      h += '<table class="kartu-hp"><thead><tr><th>OPD</th><th>Predikat organisasi</th><th class="angka">Dinilai</th>'
        + URUT.map((p) => '<th class="angka" title="' + esc(label(p)) + '">' + SINGKAT[p] + '</th>').join('')
        + '<th>Pola</th></tr></thead><tbody>'
        + opd.map((o) => '<tr><td data-label="OPD"><strong>' + esc(o.namaOpd) + '</strong></td>'
          + '<td data-label="Predikat organisasi">' + esc(ORG[o.predikatOrganisasi] || 'Belum ditetapkan') + '</td>'
          + '<td data-label="Dinilai" class="angka">' + angka(o.jumlahDinilai) + '</td>'
          + URUT.map((p) => '<td data-label="' + SINGKAT[p] + '" class="angka">' + persen((o.persen || {})[p]) + '</td>').join('')
          + '<td data-label="Pola">' + (o.predikatOrganisasi == null ? '<span class="belum">–</span>'
            : o.melanggarPola ? '<span class="kat-DI_BAWAH_EKSPEKTASI">Tidak sesuai</span>' : '<span class="kat-DI_ATAS_EKSPEKTASI">Sesuai</span>')
          + '</td></tr>').join('')
        + '</tbody></table>';
    }
    if (belum.length) {
      h += '<p class="kecil">Belum ada ASN yang dinilai: ' + belum.map((o) => esc(o.namaOpd)).join(', ') + '.</p>';
    }
    h += '</section>';
    const t = d.tindakLanjut || {};
    h += '<section class="kartu"><h2>Tindak lanjut</h2><div class="hasil">'
      + kotak('Keberatan terbuka', angka(t.keberatanTerbuka))
      + kotak('Pelatihan ditetapkan / selesai', angka(t.pelatihanDitetapkan) + ' / ' + angka(t.pelatihanSelesai))
      + kotak('ASN di bawah 20 JP', angka(t.asnDiBawah20Jp))
      + kotak('Seleksi penghargaan', esc(t.penghargaanTahap || 'Belum dibuka'))
      + kotak('Masa pembinaan berjalan', angka(t.pembinaanBerjalan))
      + '</div></section>';
    $('isi').innerHTML = h;
  }

  function kotak(judul, isi) {
    return '<div class="ringkas"><div class="kecil">' + esc(judul) + '</div><div class="predikat">' + isi + '</div></div>';
  }

  async function muat(tahun) {
    pesan('Memuat…');
    $('isi').innerHTML = '';
    $('unduh').href = '/api/pemantauan/ringkasan-kota.xlsx?tahun=' + tahun;
    try {
      const d = await api('/api/pemantauan/ringkasan-kota?tahun=' + tahun);
      pesan('');
      tampilkan(d);
    } catch (e) {
      pesan(e.status === 403 ? 'Ringkasan ini hanya untuk Wali Kota, Tim Penilai Kinerja dan BKPSDM.' : 'Ringkasan gagal dimuat: ' + e.message, true);
    }
  }

  const sekarang = new Date().getFullYear();
  const pilih = $('pilih-tahun');
  // the last completed year: annual ratings, calibration and appeals end early in the next year
  const awal = Number(KS.param('tahun')) || sekarang - 1;
  for (let t = sekarang; t >= sekarang - 5; t--) {
    pilih.add(new Option(String(t), String(t), false, t === awal));
  }
  pilih.addEventListener('change', () => muat(pilih.value));
  muat(pilih.value);
})();
