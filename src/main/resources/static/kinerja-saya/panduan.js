/* Panduan: the rules of the suggestion and the predikat, filled with the person's own numbers. */
'use strict';

(function () {
  const { label, esc, angka, api, param } = KS;
  const $ = (id) => document.getElementById(id);

  function pesan(teks, galat) {
    const p = $('pesan');
    p.hidden = !teks;
    p.textContent = teks || '';
    p.classList.toggle('galat', !!galat);
  }

  function aturan(a) {
    document.querySelectorAll('[data-ambang="atas"]').forEach((e) => { e.textContent = angka(a.ambangDiAtasEkspektasi); });
    document.querySelectorAll('[data-ambang="sesuai"]').forEach((e) => { e.textContent = angka(a.ambangSesuaiEkspektasi); });
  }

  function matriks(a, tandai) {
    $('matriks').querySelector('tbody').innerHTML = a.matriksPredikat.map((b) => {
      const sel = (perilaku, p) => {
        const ini = tandai && tandai.hasil === b.ratingHasilKerja && tandai.perilaku === perilaku;
        return '<td' + (ini ? ' style="outline:3px solid #1f3a5f;font-weight:700"' : '') + '>' + esc(label(p)) + (ini ? ' ← Anda' : '') + '</td>';
      };
      return '<tr><th>' + esc(label(b.ratingHasilKerja)) + '</th>' + sel('DI_BAWAH_EKSPEKTASI', b.perilakuDiBawah)
        + sel('SESUAI_EKSPEKTASI', b.perilakuSesuai) + sel('DI_ATAS_EKSPEKTASI', b.perilakuDiAtas) + '</tr>';
    }).join('');
  }

  function rumus(i) {
    if (i.realisasi == null) return 'belum dilaporkan → di bawah ekspektasi';
    const [a, b] = i.arah === 'LEBIH_RENDAH_LEBIH_BAIK' ? [i.target, i.realisasi] : [i.realisasi, i.target];
    return angka(a) + ' ÷ ' + angka(b) + ' × 100 = ' + angka(i.capaian) + ' %';
  }

  function angkaPeriode(r, p) {
    let h = '<h3>Angka Anda: ' + esc(p.label) + '</h3><table class="kartu-hp"><thead><tr><th>Indikator</th><th>Perhitungan capaian</th><th>Kategori</th></tr></thead><tbody>';
    for (const rr of p.realisasi) {
      for (const i of rr.indikator) {
        h += '<tr><td data-label="Indikator">' + esc(i.nomor) + ' ' + esc(i.uraian) + (rr.jenis === 'UTAMA' ? ' <span class="kecil">(RHK utama)</span>' : '') + '</td>'
          + '<td data-label="Perhitungan capaian">' + esc(rumus(i)) + '</td><td data-label="Kategori">' + esc(label(i.kategori)) + '</td></tr>';
      }
    }
    $('angka-indikator').innerHTML = h + '</tbody></table>';
    const t = p.hitungan;
    if (!t) { $('angka-periode').innerHTML = '<p class="belum">Periode ini belum dinilai.</p>'; return; }
    const separuh = t.jumlahIndikator / 2;
    $('angka-periode').innerHTML = '<h3>Angka Anda: ' + esc(p.label) + '</h3><ul>'
      + '<li>' + t.jumlahIndikator + ' indikator: ' + t.diAtas + ' di atas, ' + t.sesuai + ' sesuai, ' + t.diBawah + ' di bawah ekspektasi (separuhnya = ' + angka(separuh) + ').</li>'
      + '<li>' + (t.diAtas > separuh ? 'Lebih' : 'Tidak lebih') + ' dari separuh di atas ekspektasi; '
      + (t.adaUtamaDiBawah ? 'ada' : 'tidak ada') + ' indikator RHK utama di bawah ekspektasi; '
      + (t.diBawah > separuh ? 'lebih' : 'tidak lebih') + ' dari separuh di bawah ekspektasi.</li>'
      + '<li>Saran sistem: <strong>' + esc(label(p.saranRatingHasilKerja)) + '</strong>'
      + (p.dasarSaranRatingHasilKerja === 'CAPAIAN_ORGANISASI' ? ' (dari capaian kinerja organisasi ' + angka(p.capaianOrganisasi) + ' %)' : '')
      + '. ' + (p.ratingHasilKerja ? 'Keputusan pejabat penilai: <strong>' + esc(label(p.ratingHasilKerja)) + '</strong>'
        + (p.alasanRatingHasilKerja ? ', dengan alasan: ' + esc(p.alasanRatingHasilKerja) : '') + '.'
        : 'Pejabat penilai belum memutuskan.') + '</li></ul>';
  }

  function angkaTahunan(r) {
    const t = r.tahunan;
    const baris = (judul, x) => (x.rataRata == null ? '<li>' + judul + ': belum ada periode yang dinilai.</li>'
      : '<li>' + judul + ': skor ' + x.skor.join(' + ') + ' = ' + x.skor.reduce((a, b) => a + b, 0) + ', dibagi ' + x.skor.length
        + ' periode = ' + angka(x.rataRata) + ', dibulatkan ' + x.dibulatkan + ' → saran <strong>' + esc(label(x.saran)) + '</strong></li>');
    $('angka-tahunan').innerHTML = '<h3>Angka Anda: tahun ' + r.skp.tahun + '</h3><ul>'
      + baris('Rating hasil kerja', t.rataRataHasilKerja) + baris('Rating perilaku kerja', t.rataRataPerilaku) + '</ul>'
      + (t.ratingHasilKerja ? '<p>Keputusan pejabat penilai: hasil kerja <strong>' + esc(label(t.ratingHasilKerja)) + '</strong>, perilaku kerja <strong>'
        + esc(label(t.ratingPerilaku)) + '</strong>.</p>' : '<p class="belum">Penilaian tahunan belum dilakukan.</p>');
    if (t.predikat) {
      $('angka-predikat').innerHTML = '<p>Predikat tahunan Anda: <strong>' + esc(label(t.predikat)) + '</strong> (hasil kerja '
        + esc(label(t.ratingHasilKerja)) + ' × perilaku kerja ' + esc(label(t.ratingPerilaku)) + ', ditandai pada tabel).</p>';
    }
  }

  async function mulai() {
    let nip = param('nip');
    let tahun = param('tahun');
    try {
      if (!nip || !tahun) {
        const b = await api('/api/kinerja-saya');
        nip = b.pengguna.nip;
        tahun = b.tahun[0];
      }
      if (!nip || !tahun) { pesan('Belum ada SKP yang dapat dipakai sebagai contoh angka Anda.'); return; }
      const r = await api('/api/kinerja-saya/pegawai/' + encodeURIComponent(nip) + '/' + encodeURIComponent(tahun));
      $('tautan-kembali').href = './?nip=' + encodeURIComponent(nip) + '&tahun=' + encodeURIComponent(tahun);
      aturan(r.aturan);
      const t = r.tahunan;
      matriks(r.aturan, t.predikat ? { hasil: t.ratingHasilKerja, perilaku: t.ratingPerilaku } : null);
      // the latest period the supervisor has rated, else the latest with a suggestion
      const selesai = r.periode.filter((p) => p.hitungan && p.status === 'SELESAI');
      const dinilai = selesai.length ? selesai : r.periode.filter((p) => p.hitungan);
      const ke = Number(param('periode'));
      const p = r.periode.find((x) => x.ke === ke) || dinilai[dinilai.length - 1];
      if (p) angkaPeriode(r, p);
      angkaTahunan(r);
    } catch (e) {
      pesan(e.message, true);
    }
  }
  mulai();
})();
