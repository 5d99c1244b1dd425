/*
 * Kinerja ASN Langsa — the few English words Cockpit 7.24 writes into its templates instead of
 * taking them from the locale (loaded through scripts/config.js customScripts; see docs/cockpit.md).
 *
 * 1. Exact texts written by Camunda's templates and controllers, replaced where they stand:
 *    "Actions" (head of the variables table), "Message is null." (incidents without a message),
 *    "Failed Job" (incident type of a failed job; other types are shown as the engine names them).
 * 2. The "add variable" dialog shows, after a refusal, the process instance's failure line and
 *    also the case instance's one (Camunda's template tests isProcessInstance twice); the case
 *    line is hidden on a process instance.
 */
const TEKS = {
  'Actions': 'Tindakan',
  'Message is null.': 'Tanpa pesan.',
  'Failed Job': 'Job gagal'
};

function terjemahkan(akar) {
  const jalan = document.createTreeWalker(akar, NodeFilter.SHOW_TEXT);
  const ganti = [];
  for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
    const t = n.nodeValue.trim();
    if (t && Object.prototype.hasOwnProperty.call(TEKS, t)) {
      ganti.push(n);
    }
  }
  ganti.forEach((n) => {
    n.nodeValue = n.nodeValue.replace(n.nodeValue.trim(), TEKS[n.nodeValue.trim()]);
  });
}

function sembunyikanBarisKasus() {
  document.querySelectorAll('.modal-body [ng-show*="FAIL"][ng-show*="isProcessInstance"]').forEach((el) => {
    if (/instans kasus/.test(el.textContent) && !el.classList.contains('ng-hide')) {
      el.style.display = 'none';
    }
  });
}

let terjadwal = false;
function perbarui() {
  terjadwal = false;
  terjemahkan(document.body);
  sembunyikanBarisKasus();
}

function jadwalkan() {
  if (!terjadwal) {
    terjadwal = true;
    requestAnimationFrame(perbarui);
  }
}

function mulai() {
  perbarui();
  new MutationObserver(jadwalkan).observe(document.body, { childList: true, subtree: true, characterData: true });
}

if (document.body) {
  mulai();
} else {
  document.addEventListener('DOMContentLoaded', mulai);
}

// Cockpit treats a custom script's default export as plugins: this script registers none.
export default [];
