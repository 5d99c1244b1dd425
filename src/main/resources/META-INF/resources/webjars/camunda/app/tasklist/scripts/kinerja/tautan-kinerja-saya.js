/*
 * Kinerja ASN Langsa — Tasklist custom script: a "Kinerja saya" link in Tasklist's header, to the
 * read-only page /kinerja-saya/ (SKP, realisasi, umpan balik, predikat, PDF documents), which runs
 * inside the same login. Kept in its own file so other Tasklist changes do not touch it.
 */
const TANDA = 'kinerja-saya-tautan';

function pasang() {
  if (document.getElementById(TANDA)) {
    return;
  }
  // Tasklist 7.24's header: the right-hand menu list (user, apps), else the brand area.
  const daftar = document.querySelector('[cam-widget-header] ul.navbar-nav, .navbar ul.navbar-nav, .navbar ul.nav');
  const a = document.createElement('a');
  a.href = '/kinerja-saya/';
  a.textContent = 'Kinerja saya';
  a.title = 'SKP, realisasi, umpan balik, predikat dan dokumen PDF Anda';
  if (daftar) {
    const li = document.createElement('li');
    li.id = TANDA;
    li.appendChild(a);
    daftar.insertBefore(li, daftar.firstChild);
    return;
  }
  const merek = document.querySelector('[cam-widget-header] .navbar-header, .navbar-header');
  if (merek) {
    a.id = TANDA;
    a.className = 'navbar-brand';
    merek.appendChild(a);
  }
}

new MutationObserver(pasang).observe(document.documentElement, { childList: true, subtree: true });
pasang();

export default [];
