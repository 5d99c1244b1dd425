/*
 * Kinerja ASN Langsa — Cockpit custom script (loaded through scripts/config.js customScripts).
 *
 * Some Cockpit notifications of a refusal name only what failed, in Cockpit's English, and drop
 * the server's reason: editing a variable as BKPSDM shows "Variable: The variable 'x' could not be
 * changed successfully." although the server answered 400 with
 * {message: "Isian belum benar: Variabel dan jalannya proses hanya dapat diubah lewat formulir
 * tugas; …", kesalahan: [...]} (proses.PenjagaIsianFilter, web.PemetaKesalahanKlien). This script
 * watches the webapps' API answers (XMLHttpRequest, which Cockpit's $http and the Camunda SDK
 * use); when a refusal in our shape (a `kesalahan` list) is followed within a few seconds by a
 * Cockpit error notification, the Indonesian reason and list are added to that notification
 * (as text, never as HTML). Notifications that already show the reason are left alone.
 */
const TANDA = 'kinerja-alasan';
let terakhir = null; // {pesan, kesalahan, pada}

function catat(teks) {
  if (typeof teks !== 'string' || teks.charAt(0) !== '{') {
    return;
  }
  try {
    const b = JSON.parse(teks);
    if (b && Array.isArray(b.kesalahan) && typeof b.message === 'string') {
      terakhir = { pesan: b.message, kesalahan: b.kesalahan.filter((k) => typeof k === 'string'), pada: Date.now() };
      [300, 1000, 2500].forEach((ms) => setTimeout(lengkapi, ms));
    }
  } catch (e) {
    // not JSON
  }
}

const kirimAsli = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...arg) {
  this.addEventListener('loadend', () => {
    if (this.status >= 400 && this.status < 500) {
      try {
        catat(this.responseType === '' || this.responseType === 'text' ? this.responseText : '');
      } catch (e) {
        // unreadable body
      }
    }
  });
  return kirimAsli.apply(this, arg);
};

function lengkapi() {
  if (!terakhir || Date.now() - terakhir.pada > 5000) {
    return;
  }
  document.querySelectorAll('.notifications .alert-danger, .notifications .alert').forEach((a) => {
    if (a.querySelector('.' + TANDA) || a.textContent.indexOf(terakhir.pesan) >= 0) {
      return;
    }
    const kotak = document.createElement('div');
    kotak.className = TANDA;
    kotak.setAttribute('lang', 'id');
    kotak.style.marginTop = '0.35em';
    const judul = document.createElement('strong');
    judul.textContent = 'Alasan: ';
    kotak.appendChild(judul);
    const daftar = terakhir.kesalahan;
    const hanyaDaftar = daftar.length && terakhir.pesan === 'Isian belum benar: ' + daftar.join('; ');
    kotak.appendChild(document.createTextNode(hanyaDaftar ? 'Isian belum benar.' : terakhir.pesan));
    if (daftar.length && (hanyaDaftar || daftar.length > 1)) {
      const ul = document.createElement('ul');
      ul.style.margin = '0.25em 0 0 0';
      daftar.forEach((k) => {
        const li = document.createElement('li');
        li.textContent = k;
        ul.appendChild(li);
      });
      kotak.appendChild(ul);
    }
    a.appendChild(kotak);
  });
}

new MutationObserver(() => requestAnimationFrame(lengkapi))
  .observe(document.documentElement, { childList: true, subtree: true });

export default [];
