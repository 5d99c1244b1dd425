/*
 * Kinerja ASN Langsa — Tasklist custom script (loaded through scripts/config.js customScripts):
 * what a user sees after "Selesaikan" (and after the start form's "Mulai").
 *
 * 1. A refusal is shown beside the form, in Bahasa Indonesia only. Tasklist hands a failed
 *    completion to its notification area ("Terjadi kesalahan saat mengirim formulir tugas" over
 *    the top of the form, covering the buttons until closed) with the server's message inside.
 *    Here every form's completion handler (cam-tasklist-form: Camunda Forms, embedded and
 *    generic forms alike) is wrapped: on an error the server's 400/403/409 body from
 *    web.PemetaKesalahanKlien / IsianTidakValidException ({message, kesalahan[]}) is shown in a
 *    red box right above the Simpan/Selesaikan buttons, in the page flow (it pushes the buttons
 *    down, never covers them), and Tasklist is told "camForm submission prevented", the one
 *    error text its task view and start dialog skip without a notification. A body without the
 *    `kesalahan` list (not from our mappers: a 5xx, a proxy page, no connection) is never shown
 *    as is: a fixed Indonesian sentence is shown instead, so no engine code or Java name reaches
 *    the user.
 * 2. After a successful completion the task disappears from the list; a green confirmation
 *    naming the task ("Tugas "Susun SKP — 2026" telah dikirim.") is shown at the top of the task
 *    pane until the user opens another task or closes it.
 */
const DICEGAH = 'camForm submission prevented';
const TANDA = '__kinerjaHasilKirim';

const GAYA = `
.kinerja-galat { margin: 0.5em 0; padding: 0.5em 0.75em; border-left: 4px solid #b91c1c;
  background: #fef2f2; color: #7f1d1d; overflow-wrap: anywhere; }
.kinerja-galat strong { display: block; margin-bottom: 0.25em; }
.kinerja-galat ul { margin: 0.25em 0 0 0; padding-left: 1.25em; }
.kinerja-terkirim { margin: 0 0 0.75em 0; padding: 0.5em 2em 0.5em 0.75em; border-left: 4px solid #15803d;
  background: #f0fdf4; color: #14532d; position: relative; overflow-wrap: anywhere; }
.kinerja-terkirim .close { position: absolute; right: 0.5em; top: 0.35em; }
`;

function pasangGaya() {
  if (document.getElementById('kinerja-hasil-kirim')) {
    return;
  }
  const gaya = document.createElement('style');
  gaya.id = 'kinerja-hasil-kirim';
  gaya.textContent = GAYA;
  document.head.appendChild(gaya);
}

// --- reading the server's answer ------------------------------------------------------------------

function badan(err) {
  if (!err) {
    return null;
  }
  const kandidat = [err.response && err.response.body, err.body];
  for (const k of kandidat) {
    if (k && typeof k === 'object') {
      return k;
    }
  }
  for (const teks of [err.text, err.response && err.response.text]) {
    if (typeof teks === 'string' && teks.trim().startsWith('{')) {
      try {
        return JSON.parse(teks);
      } catch (e) {
        // not JSON
      }
    }
  }
  return null;
}

function status(err) {
  return (err && (err.status || (err.response && err.response.status))) || 0;
}

/**
 * {judul, pesan, kesalahan[]} for an error of a completion, in Indonesian. Only a body in the
 * shape of our mappers (it has a `kesalahan` list) is shown; anything else gets a sentence of
 * our own by status, never the server's text.
 */
export function uraikan(err) {
  const b = badan(err);
  if (b && Array.isArray(b.kesalahan) && typeof b.message === 'string') {
    const daftar = b.kesalahan.filter((k) => typeof k === 'string' && k.trim() !== '');
    const gabungan = 'Isian belum benar: ' + daftar.join('; ');
    if (daftar.length && b.message === gabungan) {
      return { judul: 'Isian belum benar; belum terkirim. Perbaiki lalu klik Selesaikan lagi:', pesan: '', kesalahan: daftar };
    }
    const satu = daftar.length === 1 && b.message.indexOf(daftar[0]) >= 0;
    return { judul: 'Belum terkirim.', pesan: b.message, kesalahan: satu ? [] : daftar };
  }
  const s = status(err);
  let pesan;
  if (!s) {
    pesan = 'Server tidak dapat dihubungi. Periksa koneksi internet Anda lalu klik Selesaikan lagi; '
      + 'isian di formulir tidak hilang.';
  } else if (s === 401) {
    pesan = 'Sesi Anda telah berakhir. Klik Simpan, masuk kembali, lalu kirim ulang.';
  } else if (s === 403) {
    pesan = 'Anda tidak berwenang menyelesaikan tugas ini.';
  } else if (s === 404) {
    pesan = 'Tugas ini tidak ditemukan lagi: mungkin sudah diselesaikan atau dialihkan. Muat ulang halaman.';
  } else if (s === 409) {
    pesan = 'Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu periksa kembali.';
  } else if (s >= 500) {
    pesan = 'Terjadi gangguan di server; isian belum terkirim. Coba lagi beberapa saat lagi; bila tetap '
      + 'gagal, hubungi admin BKPSDM.';
  } else {
    pesan = 'Permintaan ditolak server; isian belum terkirim. Periksa kembali isian Anda.';
  }
  return { judul: 'Belum terkirim.', pesan, kesalahan: [] };
}

// --- the boxes ------------------------------------------------------------------------------------

function kotakGalat(elForm) {
  let kotak = elForm.querySelector(':scope > div > .kinerja-galat, .kinerja-galat');
  if (!kotak) {
    kotak = document.createElement('div');
    kotak.className = 'kinerja-galat';
    kotak.setAttribute('role', 'alert');
    const tombol = elForm.querySelector('.form-actions');
    if (tombol && tombol.parentElement) {
      tombol.parentElement.insertBefore(kotak, tombol);
    } else {
      elForm.appendChild(kotak);
    }
  }
  return kotak;
}

function hapusGalat(elForm) {
  elForm.querySelectorAll('.kinerja-galat').forEach((k) => k.remove());
}

function tampilkanGalat(elForm, err) {
  const u = uraikan(err);
  const kotak = kotakGalat(elForm);
  kotak.textContent = '';
  const judul = document.createElement('strong');
  judul.textContent = u.judul;
  kotak.appendChild(judul);
  if (u.pesan) {
    const p = document.createElement('div');
    p.textContent = u.pesan;
    kotak.appendChild(p);
  }
  if (u.kesalahan.length) {
    const ul = document.createElement('ul');
    u.kesalahan.forEach((k) => {
      const li = document.createElement('li');
      li.textContent = k;
      ul.appendChild(li);
    });
    kotak.appendChild(ul);
  }
  if (kotak.scrollIntoView) {
    kotak.scrollIntoView({ block: 'nearest' });
  }
}

let terkirim = null; // {nama, tugas}: the confirmation waiting for the task pane

function tampilkanTerkirim() {
  if (!terkirim) {
    return;
  }
  // shown once the task pane shows no task (Tasklist clears the selection after completing)
  if (/[?&]task=/.test(window.location.hash) && document.querySelector('section.task-card')) {
    return;
  }
  const wadah = document.querySelector('[cam-tasklist-task]');
  if (!wadah || !wadah.parentElement) {
    return;
  }
  document.querySelectorAll('.kinerja-terkirim').forEach((k) => k.remove());
  const kotak = document.createElement('div');
  kotak.className = 'kinerja-terkirim';
  kotak.setAttribute('role', 'status');
  const tutup = document.createElement('button');
  tutup.type = 'button';
  tutup.className = 'close';
  tutup.setAttribute('aria-label', 'Tutup');
  tutup.textContent = '×';
  tutup.addEventListener('click', () => kotak.remove());
  const teks = document.createElement('div');
  const jam = new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  teks.textContent = (terkirim.nama ? 'Tugas "' + terkirim.nama + '" telah dikirim' : 'Tugas telah dikirim')
    + ' (pukul ' + jam + '). Tugas berikutnya, bila ada, muncul di daftar tugas.';
  kotak.append(tutup, teks);
  wadah.parentElement.insertBefore(kotak, wadah);
  kotak.dataset.tugas = terkirim.tugas || '';
  terkirim = null;
}

function singkirkanTerkirimBilaTugasLain() {
  const m = /[?&]task=([^&]+)/.exec(window.location.hash);
  document.querySelectorAll('.kinerja-terkirim').forEach((k) => {
    if (m && m[1] !== k.dataset.tugas) {
      k.remove();
    }
  });
}

// --- wrapping the completion handler --------------------------------------------------------------

function bungkus(elForm, scope) {
  let asli = scope.completionHandler;
  const pembungkus = (cb) => {
    hapusGalat(elForm);
    const kartu = elForm.closest('section.task-card');
    const judul = kartu && kartu.querySelector('h2.task');
    const nama = judul ? judul.textContent.trim() : '';
    const m = /[?&]task=([^&]+)/.exec(window.location.hash);
    return asli((err, hasil) => {
      if (err) {
        if (err.message === DICEGAH) { // an embedded form's own check stopped it: nothing was sent
          return cb(err, hasil);
        }
        tampilkanGalat(elForm, err);
        return cb({ message: DICEGAH, status: status(err) }, hasil);
      }
      if (kartu) {
        terkirim = { nama, tugas: m ? m[1] : '' };
        setTimeout(tampilkanTerkirim, 0);
      }
      return cb(err, hasil);
    });
  };
  pembungkus[TANDA] = true;
  Object.defineProperty(scope, 'completionHandler', {
    configurable: true,
    enumerable: true,
    get: () => pembungkus,
    set: (fn) => {
      asli = fn;
    }
  });
}

function periksaFormulir() {
  const angular = window.angular;
  if (!angular) {
    return;
  }
  document.querySelectorAll('[cam-tasklist-form]').forEach((el) => {
    let scope = null;
    try {
      scope = angular.element(el).isolateScope();
    } catch (e) {
      scope = null;
    }
    if (!scope || typeof scope.completionHandler !== 'function') {
      return;
    }
    if (scope.completionHandler[TANDA]) {
      return;
    }
    bungkus(el, scope);
  });
}

let dijadwalkan = false;
function jadwalkan() {
  if (dijadwalkan) {
    return;
  }
  dijadwalkan = true;
  requestAnimationFrame(() => {
    dijadwalkan = false;
    pasangGaya();
    periksaFormulir();
    singkirkanTerkirimBilaTugasLain();
    tampilkanTerkirim();
  });
}

new MutationObserver(jadwalkan).observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('hashchange', jadwalkan);

export default [];
