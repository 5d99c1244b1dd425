/*
 * Kinerja ASN Langsa — Tasklist custom script (loaded through scripts/config.js customScripts).
 *
 * 1. Complete stays disabled in Camunda Forms with dynamic lists. form-js 1.8 (as shipped in
 *    Tasklist 7.24) records the errors of a field inside a dynamic list under
 *    errors[fieldId][index]; when the field becomes valid it deletes only the innermost entry and
 *    leaves errors[fieldId] = [] behind. Tasklist counts Object.keys(errors), so after the first
 *    edit inside a list (susun-skp, nilai-kinerja-periodik) the form counts as invalid for ever.
 *    Here Tasklist treats the form as invalid only while form-js shows an error; Complete then
 *    runs form-js's full validation (submit) and shows any error left, and the server checks
 *    everything again anyway.
 * 2. form-js's own words ("Add new", "Search", "Select", "Field is required." ...) are English;
 *    they are replaced in the page by their Bahasa Indonesia equivalents; a list's add button
 *    names what it adds ("Tambah RHK", "Tambah indikator") after the list's label.
 * 3. Links in the forms' Markdown views (evidence links, files) open in a new tab, so the form
 *    and its input stay where they are.
 * 4. A form field whose id starts with "Tersembunyi_" (an id the server needs in a list row,
 *    e.g. rhkId of nilai-kinerja-periodik) is submitted but not shown; Camunda Forms would drop
 *    a conditionally hidden field from the submission.
 */
const TANDA = '__kinerjaAsn';

const TEKS = {
  'Add new': 'Tambah baris',
  'Select': 'Pilih',
  'Search': 'Cari',
  'No results': 'Tidak ada hasil',
  'Field is required.': 'Wajib diisi.',
  'Value must be a number.': 'Isi dengan angka.',
  'Value is not a number.': 'Isi dengan angka.',
  'Value is expected to be an integer.': 'Isi dengan bilangan bulat.',
  'Invalid value.': 'Isian tidak sah.'
};
const POLA = [
  [/^Field must have minimum value of (.*)\.$/, 'Nilai minimal $1.'],
  [/^Field must have maximum value of (.*)\.$/, 'Nilai maksimal $1.'],
  [/^Field must have minimum length of (.*)\.$/, 'Panjang minimal $1 karakter.'],
  [/^Field must have maximum length of (.*)\.$/, 'Panjang maksimal $1 karakter.'],
  [/^Field must match pattern (.*)\.$/, 'Isian harus sesuai pola $1.'],
  [/^Remove list item (\d+)$/, 'Hapus baris $1'],
  [/^The value is not a valid number\.?$/, 'Isian bukan angka yang sah.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Paling banyak $1 angka di belakang koma.']
];

function terjemah(teks) {
  const t = teks.trim();
  if (TEKS[t]) {
    return teks.replace(t, TEKS[t]);
  }
  for (const [pola, ganti] of POLA) {
    if (pola.test(t)) {
      return teks.replace(t, t.replace(pola, ganti));
    }
  }
  return null;
}

function terjemahkan(akar) {
  const jalan = document.createTreeWalker(akar, NodeFilter.SHOW_TEXT);
  for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
    const baru = terjemah(n.nodeValue);
    if (baru !== null && baru !== n.nodeValue) {
      n.nodeValue = baru;
    }
  }
  akar.querySelectorAll('[placeholder], [aria-label], [title]').forEach((el) => {
    for (const atr of ['placeholder', 'aria-label', 'title']) {
      const v = el.getAttribute(atr);
      const baru = v && terjemah(v);
      if (baru && baru !== v) {
        el.setAttribute(atr, baru);
      }
    }
  });
}

/** The add button of a list, by the list's label (the first label inside the list field). */
const TAMBAH = [
  ['Rencana Hasil Kerja', 'Tambah RHK'],
  ['Indikator kinerja', 'Tambah indikator']
];

function namaiTombolTambah(wadah) {
  wadah.querySelectorAll('button.fjs-repeat-render-add').forEach((tombol) => {
    const daftar = tombol.closest('.fjs-form-field-grouplike');
    const label = daftar && daftar.querySelector('label');
    const teks = label ? label.textContent.trim() : '';
    const cocok = TAMBAH.find(([awal]) => teks.startsWith(awal));
    if (!cocok) {
      return;
    }
    for (const n of tombol.childNodes) {
      if (n.nodeType === Node.TEXT_NODE && n.nodeValue.trim() !== '' && n.nodeValue.trim() !== cocok[1]) {
        n.nodeValue = cocok[1];
      }
    }
  });
}

function tautanTabBaru(wadah) {
  wadah.querySelectorAll('.fjs-form-field-text a[href]').forEach((a) => {
    if (a.getAttribute('target') !== '_blank') {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

function pasangGaya() {
  if (document.getElementById('kinerja-gaya-formulir')) {
    return;
  }
  const gaya = document.createElement('style');
  gaya.id = 'kinerja-gaya-formulir';
  gaya.textContent = [
    // only the single field's wrapper, never the list around it
    '.fjs-form-field-number:has(input[id*="-Tersembunyi_"]), .fjs-form-field-textfield:has(input[id*="-Tersembunyi_"]) { display: none; }',
    // long words and URLs in the Markdown views wrap instead of widening the pane
    '.fjs-form-field-text { overflow-wrap: anywhere; }',
    // one RHK row is one box, so RHK and their indicators read as separate, numbered blocks
    '.fjs-repeat-row-container { border-left: 3px solid #b5c7d9; padding-left: 8px; margin-bottom: 12px; }',
    '.fjs-repeat-row-container .fjs-repeat-row-container { border-left-color: #dde5ee; }'
  ].join('\n');
  document.head.appendChild(gaya);
}

function adaGalatTerlihat(wadah) {
  return wadah.querySelector('.fjs-has-errors') !== null;
}

function perbaiki(wadah) {
  if (wadah[TANDA]) {
    wadah[TANDA].periksa();
    return;
  }
  const angular = window.angular;
  let ctl = null;
  try {
    ctl = angular && angular.element(wadah).controller('camTasklistForm');
  } catch (e) {
    ctl = null;
  }
  if (!ctl || typeof ctl.notifyFormValidated !== 'function') {
    return;
  }
  const asli = ctl.notifyFormValidated.bind(ctl);
  let terakhir = null;
  const periksa = () => {
    const tidakSah = adaGalatTerlihat(wadah);
    if (tidakSah !== terakhir) {
      terakhir = tidakSah;
      asli(tidakSah);
    }
  };
  ctl.notifyFormValidated = () => {
    terakhir = null;
    periksa();
  };
  wadah[TANDA] = { periksa };
  periksa();
}

let dijadwalkan = false;
function jadwalkan() {
  if (dijadwalkan) {
    return;
  }
  dijadwalkan = true;
  requestAnimationFrame(() => {
    dijadwalkan = false;
    document.querySelectorAll('.fjs-container').forEach((wadah) => {
      pasangGaya();
      terjemahkan(wadah);
      namaiTombolTambah(wadah);
      tautanTabBaru(wadah);
      perbaiki(wadah);
    });
  });
}

new MutationObserver(jadwalkan).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true
});

export default [];
