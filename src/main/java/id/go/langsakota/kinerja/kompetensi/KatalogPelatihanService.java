package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.impor.HasilImporLembar;
import id.go.langsakota.kinerja.impor.Kesalahan;
import id.go.langsakota.kinerja.impor.LembarImpor;
import id.go.langsakota.kinerja.impor.LembarImpor.Kolom;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The katalog pelatihan: read by everyone (a process proposes entries from it later), written by
 * BKPSDM one entry at a time or by an Excel import that writes every row or none.
 */
@Service
@Transactional(readOnly = true)
public class KatalogPelatihanService {

  static final String LEMBAR = "katalog";
  static final List<Kolom> KOLOM = List.of(
      new Kolom("kode", true, "Kode unik entri; baris dengan kode yang sudah ada mengubah entri itu", "KP-101"),
      new Kolom("nama", true, "Nama pelatihan, paling panjang 200 karakter", "Pelatihan Penulisan Laporan Kinerja"),
      new Kolom("jenis", true, "KLASIKAL, E_LEARNING, COACHING, MENTORING, MAGANG atau SEMINAR", "KLASIKAL"),
      new Kolom("jenis_kompetensi", true, "TEKNIS, MANAJERIAL atau SOSIAL_KULTURAL (PermenPANRB 38/2017)", "TEKNIS"),
      new Kolom("kompetensi", true, "Kompetensi yang dibangun, dengan kata-kata sendiri", "Penulisan laporan dan naskah dinas"),
      new Kolom("nilai_berakhlak", false, "Nilai BerAKHLAK yang dibangun: BERORIENTASI_PELAYANAN, AKUNTABEL, "
          + "KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF (boleh kosong)", "AKUNTABEL"),
      new Kolom("jp", true, "Jam pelajaran, bilangan bulat 1 sampai 1000", "16"),
      new Kolom("penyelenggara", true, "Lembaga penyelenggara", "BKPSDM Kota Langsa"),
      new Kolom("moda", true, "LURING, DARING atau CAMPURAN", "LURING"),
      new Kolom("biaya", false, "Biaya per peserta dalam rupiah penuh, 0 sampai 100000000 (kosong = 0)", "750000"),
      new Kolom("aktif", false, "YA atau TIDAK (kosong = YA); entri TIDAK aktif tidak ditawarkan lagi", "YA"));

  private final KatalogPelatihanRepository repository;

  public KatalogPelatihanService(KatalogPelatihanRepository repository) {
    this.repository = repository;
  }

  public List<KatalogPelatihan> daftar(Boolean aktif, JenisPelatihan jenis, NilaiBerakhlak nilai) {
    return repository.findAllByOrderByKode().stream()
        .filter(k -> aktif == null || k.isAktif() == aktif)
        .filter(k -> jenis == null || k.getJenis() == jenis)
        .filter(k -> nilai == null || k.getNilaiBerakhlak() == nilai)
        .toList();
  }

  public KatalogPelatihan cari(long id) {
    return repository.findById(id)
        .orElseThrow(() -> new NoSuchElementException("Entri katalog pelatihan " + id + " tidak ditemukan"));
  }

  /**
   * @throws KesalahanValidasiException (400) with every problem
   * @throws IllegalStateException (409) when the kode or the name at that provider is taken
   */
  @Transactional
  public KatalogPelatihan buat(MasukanKatalogPelatihan masukan, String oleh) {
    DataKatalogPelatihan data = sahkan(masukan);
    if (repository.findByKode(data.kode()).isPresent()) {
      throw new IllegalStateException("Kode katalog '" + data.kode() + "' sudah dipakai");
    }
    periksaNamaGanda(data, null);
    return repository.save(new KatalogPelatihan(data, oleh));
  }

  /** Changes an entry; the kode in the body must be the entry's own (or empty). */
  @Transactional
  public KatalogPelatihan ubah(long id, MasukanKatalogPelatihan masukan, String oleh) {
    KatalogPelatihan k = cari(id);
    MasukanKatalogPelatihan m = masukan;
    if (PemeriksaKatalogPelatihan.teks(m.kode()).isEmpty()) {
      m = new MasukanKatalogPelatihan(k.getKode(), m.nama(), m.jenis(), m.jenisKompetensi(),
          m.kompetensi(), m.nilaiBerakhlak(), m.jp(), m.penyelenggara(), m.moda(), m.biaya(), m.aktif());
    }
    DataKatalogPelatihan data = sahkan(m);
    if (!data.kode().equals(k.getKode())) {
      throw new KesalahanValidasiException("Data tidak valid.",
          List.of("Kode katalog tidak dapat diubah (tetap '" + k.getKode() + "')"));
    }
    periksaNamaGanda(data, k.getId());
    k.terapkan(data, oleh);
    return k;
  }

  private static DataKatalogPelatihan sahkan(MasukanKatalogPelatihan m) {
    PemeriksaKatalogPelatihan.Hasil h = PemeriksaKatalogPelatihan.periksa(m);
    if (!h.sah()) {
      throw new KesalahanValidasiException("Entri katalog pelatihan belum benar.", h.kesalahan());
    }
    return h.data();
  }

  private void periksaNamaGanda(DataKatalogPelatihan data, Long kecuali) {
    String kunci = kunciNama(data.nama(), data.penyelenggara());
    repository.findAll().stream()
        .filter(k -> !k.getId().equals(kecuali))
        .filter(k -> kunciNama(k.getNama(), k.getPenyelenggara()).equals(kunci))
        .findFirst()
        .ifPresent(k -> {
          throw new IllegalStateException("Pelatihan '" + data.nama() + "' oleh " + data.penyelenggara()
              + " sudah ada di katalog dengan kode " + k.getKode());
        });
  }

  static String kunciNama(String nama, String penyelenggara) {
    return (nama + "|" + penyelenggara).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  // --- import ---------------------------------------------------------------------------------

  /**
   * Imports an .xlsx catalogue: every row is checked first (values, duplicate kode or name within
   * the file and against the catalogue); one problem rejects the whole file and nothing is
   * written. A valid file creates new kode and updates existing ones in one transaction.
   */
  @Transactional
  public HasilImporLembar impor(byte[] isi, boolean validasiSaja, String oleh) {
    LembarImpor.Isi lembar = LembarImpor.baca(isi, LEMBAR, KOLOM);
    if (!lembar.sah()) {
      return HasilImporLembar.ditolak(validasiSaja, 0, lembar.kesalahan());
    }
    List<Kesalahan> kesalahan = new ArrayList<>();
    List<DataKatalogPelatihan> sah = new ArrayList<>();
    Map<String, Integer> barisKode = new HashMap<>();
    Map<String, Integer> barisNama = new HashMap<>();
    Map<String, KatalogPelatihan> adaPerKode = new HashMap<>();
    Map<String, KatalogPelatihan> adaPerNama = new HashMap<>();
    for (KatalogPelatihan k : repository.findAll()) {
      adaPerKode.put(k.getKode(), k);
      adaPerNama.put(kunciNama(k.getNama(), k.getPenyelenggara()), k);
    }
    for (LembarImpor.Baris b : lembar.baris()) {
      b.galat().forEach((kolom, alasan) -> kesalahan.add(new Kesalahan(b.nomor(), kolom, alasan)));
      if (!b.galat().isEmpty()) {
        continue;
      }
      MasukanKatalogPelatihan m = new MasukanKatalogPelatihan(b.nilai("kode"), b.nilai("nama"),
          b.nilai("jenis"), b.nilai("jenis_kompetensi"), b.nilai("kompetensi"),
          b.nilai("nilai_berakhlak"), b.nilai("jp"), b.nilai("penyelenggara"), b.nilai("moda"),
          b.nilai("biaya"), b.nilai("aktif"));
      PemeriksaKatalogPelatihan.Hasil h = PemeriksaKatalogPelatihan.periksa(m);
      if (!h.sah()) {
        h.kesalahan().forEach(s -> kesalahan.add(new Kesalahan(b.nomor(), null, s)));
        continue;
      }
      DataKatalogPelatihan d = h.data();
      Integer sebelumnya = barisKode.putIfAbsent(d.kode(), b.nomor());
      if (sebelumnya != null) {
        kesalahan.add(new Kesalahan(b.nomor(), "kode", "Kode " + d.kode()
            + " sudah dipakai di baris " + sebelumnya + " berkas ini"));
        continue;
      }
      String kunciNama = kunciNama(d.nama(), d.penyelenggara());
      Integer namaSebelumnya = barisNama.putIfAbsent(kunciNama, b.nomor());
      if (namaSebelumnya != null) {
        kesalahan.add(new Kesalahan(b.nomor(), "nama", "Pelatihan '" + d.nama() + "' oleh "
            + d.penyelenggara() + " sudah ada di baris " + namaSebelumnya + " berkas ini"));
        continue;
      }
      KatalogPelatihan lain = adaPerNama.get(kunciNama);
      if (lain != null && !lain.getKode().equals(d.kode())) {
        kesalahan.add(new Kesalahan(b.nomor(), "nama", "Pelatihan '" + d.nama() + "' oleh "
            + d.penyelenggara() + " sudah ada di katalog dengan kode " + lain.getKode()
            + "; pakai kode itu untuk mengubahnya"));
        continue;
      }
      sah.add(d);
    }
    if (!kesalahan.isEmpty()) {
      return HasilImporLembar.ditolak(validasiSaja, lembar.baris().size(), kesalahan);
    }
    int dibuat = 0;
    int diubah = 0;
    int tetap = 0;
    for (DataKatalogPelatihan d : sah) {
      Optional<KatalogPelatihan> ada = Optional.ofNullable(adaPerKode.get(d.kode()));
      if (ada.isEmpty()) {
        dibuat++;
        if (!validasiSaja) {
          repository.save(new KatalogPelatihan(d, oleh));
        }
      } else if (ada.get().sama(d)) {
        tetap++;
      } else {
        diubah++;
        if (!validasiSaja) {
          ada.get().terapkan(d, oleh);
        }
      }
    }
    return HasilImporLembar.diterima(validasiSaja, sah.size(), dibuat, diubah, tetap);
  }

  public static byte[] templat() {
    return LembarImpor.templat(LEMBAR, KOLOM, List.of());
  }
}
