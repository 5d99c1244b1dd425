/*
 * Kinerja ASN Langsa — Tasklist custom script: a "Ringkasan kota" link in Tasklist's header for the
 * Wali Kota (group walikota), the Tim Penilai Kinerja, BKPSDM and administrators, to the read-only
 * page /kinerja-saya/ringkasan-kota.html (the city's predikat distribution and follow-ups; see
 * docs/pemantauan.md). They work in Tasklist and need no Cockpit. The groups are read from
 * GET /api/saya with the Tasklist session; others see no link (and the API refuses them).
 */
const TANDA = 'ringkasan-kota-tautan';
const PERAN = ['ROLE_WALIKOTA', 'ROLE_TIM_PENILAI_KINERJA', 'ROLE_BKPSDM', 'ROLE_CAMUNDA_ADMIN'];
let boleh = null; // null: not asked yet for this login; a Promise<boolean> afterwards
let penggunaTerakhir = null;

function pengguna() {
  // Tasklist keeps the login in its header; a new login (another user) asks again.
  const el = document.querySelector('[cam-widget-header] .account, .navbar .account, [cam-widget-header] .user-name');
  return el ? el.textContent.trim() : '';
}

function periksaPeran() {
  return fetch('/api/saya', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : { peran: [] }))
    .then((s) => (s.peran || []).some((p) => PERAN.includes(p)))
    .catch(() => false);
}

function pasang() {
  if (!document.querySelector('[cam-widget-header], .navbar') || /#\/login/.test(location.hash)) {
    boleh = null;
    return;
  }
  const siapa = pengguna();
  if (!siapa) {
    // Not logged in yet (the first render comes before Angular's redirect to #/login): asking
    // /api/saya now gets a 401 with a Basic challenge, which stalls the login page in a browser.
    boleh = null;
    return;
  }
  if (siapa !== penggunaTerakhir) {
    penggunaTerakhir = siapa;
    boleh = null;
    const lama = document.getElementById(TANDA);
    if (lama) lama.remove();
  }
  if (document.getElementById(TANDA)) return;
  if (!boleh) boleh = periksaPeran();
  boleh.then((ya) => {
    if (!ya || document.getElementById(TANDA)) return;
    const a = document.createElement('a');
    a.href = '/kinerja-saya/ringkasan-kota.html';
    a.textContent = 'Ringkasan kota';
    a.title = 'Sebaran predikat kinerja ASN kota dan per OPD, dan tindak lanjutnya (hanya baca)';
    // beside "Kinerja saya" (tautan-kinerja-saya.js), in the same form: a list item or a brand link
    const kinerjaSaya = document.getElementById('kinerja-saya-tautan');
    const daftar = document.querySelector('[cam-widget-header] ul.navbar-nav, .navbar ul.navbar-nav, .navbar ul.nav');
    if (kinerjaSaya && kinerjaSaya.tagName === 'A') {
      a.id = TANDA;
      a.className = 'navbar-brand';
      kinerjaSaya.insertAdjacentElement('afterend', a);
    } else if (daftar) {
      const li = document.createElement('li');
      li.id = TANDA;
      li.appendChild(a);
      daftar.insertBefore(li, kinerjaSaya ? kinerjaSaya.nextSibling : daftar.firstChild);
    }
  });
}

let terjadwal = false;
new MutationObserver(() => {
  if (!terjadwal) {
    terjadwal = true;
    setTimeout(() => { terjadwal = false; pasang(); }, 200);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
pasang();

export default [];
