/*
 * Kinerja ASN Langsa — Cockpit custom script: wherever Cockpit shows a process instance as its
 * UUID (instance lists of a definition, the instance search, incidents, called instances, the
 * instance page's own information panel), the name of the person or OPD is written under it.
 * The text is the display-only process variable `pegawai` ("Nama — NIP — OPD") or, for
 * kalibrasi-kurva, `opd`, which pemantauan.NamaInstansProses sets when an instance starts
 * (docs/cockpit.md). Read in one request per batch from the engine's history (running and ended
 * instances), with the Cockpit user's own rights; shown as text, never as HTML.
 */
const TANDA = 'kinerja-nama-instans';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const dikenal = new Map(); // instance id → text ('' when the instance has none)
let menunggu = new Set();
let terjadwal = false;

function akarApi() {
  // Cockpit's own engine API (same login and rights as the page): /camunda/api/engine/engine/default
  const base = document.querySelector('base');
  const app = base && base.getAttribute('app-root') ? base.getAttribute('app-root') : '/camunda';
  const engine = (base && base.getAttribute('engine-name')) || 'default';
  return app + '/api/engine/engine/' + encodeURIComponent(engine);
}

function idDari(el) {
  const t = (el.textContent || '').trim();
  if (UUID.test(t)) return t;
  return null;
}

/** Elements showing an instance id: links to an instance, and the id on the instance page. */
function kandidat() {
  const hasil = [];
  document.querySelectorAll('a[href*="process-instance/"]').forEach((a) => {
    const id = idDari(a);
    if (id && a.getAttribute('href').indexOf(id) > -1) hasil.push([a, id]);
  });
  const m = /#\/process-instance\/([0-9a-f-]{36})/.exec(location.hash);
  if (m) {
    document.querySelectorAll('.ctn-sidebar dd, .ctn-sidebar span, .process-instance-details dd').forEach((el) => {
      if (el.children.length === 0 && idDari(el) === m[1]) hasil.push([el, m[1]]);
    });
  }
  return hasil;
}

function tulis(el, teks) {
  const ada = el.nextElementSibling && el.nextElementSibling.classList.contains(TANDA) ? el.nextElementSibling : null;
  if (!teks) {
    if (ada) ada.remove();
    return;
  }
  if (ada && ada.textContent === teks) return;
  const d = ada || document.createElement('div');
  d.className = TANDA;
  d.textContent = teks;
  d.style.cssText = 'font-size:12px;color:#3b4652;white-space:normal;overflow-wrap:anywhere;max-width:22em;';
  if (!ada) el.insertAdjacentElement('afterend', d);
}

async function ambil(ids) {
  const q = (nama) => fetch(akarApi() + '/history/variable-instance?variableName=' + nama
    + '&processInstanceIdIn=' + ids.join(',') + '&deserializeValues=false', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  }).then((r) => (r.ok ? r.json() : []));
  const [pegawai, opd] = await Promise.all([q('pegawai'), q('opd')]);
  ids.forEach((id) => { if (!dikenal.has(id)) dikenal.set(id, ''); });
  pegawai.concat(opd).forEach((v) => {
    if (typeof v.value === 'string') dikenal.set(v.processInstanceId, v.value);
  });
}

async function perbarui() {
  terjadwal = false;
  const daftar = kandidat();
  daftar.forEach(([, id]) => { if (!dikenal.has(id)) menunggu.add(id); });
  if (menunggu.size) {
    const ids = Array.from(menunggu).slice(0, 100);
    ids.forEach((id) => menunggu.delete(id));
    try {
      await ambil(ids);
    } catch (e) {
      ids.forEach((id) => dikenal.set(id, ''));
    }
    if (menunggu.size) jadwalkan();
  }
  kandidat().forEach(([el, id]) => tulis(el, dikenal.get(id)));
}

function jadwalkan() {
  if (!terjadwal) {
    terjadwal = true;
    setTimeout(perbarui, 150);
  }
}

new MutationObserver((mutasi) => {
  // ignore our own insertions
  if (mutasi.every((m) => Array.from(m.addedNodes).every((n) => n.classList && n.classList.contains(TANDA)))) return;
  jadwalkan();
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
window.addEventListener('hashchange', jadwalkan);
jadwalkan();

export default [];
