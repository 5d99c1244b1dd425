package id.go.langsakota.kinerja.disiplin;

import id.go.langsakota.kinerja.impor.HasilImporLembar;
import id.go.langsakota.kinerja.impor.Kesalahan;
import id.go.langsakota.kinerja.impor.LembarImpor;
import id.go.langsakota.kinerja.impor.LembarImpor.Kolom;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hukuman disiplin in the register: kept by BKPSDM one by one or by Excel import (all rows or
 * none), and the question the award selection asks: did this ASN have a hukuman disiplin in a
 * year ({@link #adaPadaTahun}).
 */
@Service
@Transactional(readOnly = true)
public class HukumanDisiplinService {

  static final String LEMBAR = "hukuman_disiplin";
  static final List<Kolom> KOLOM = List.of(
      new Kolom("nip", true, "NIP 18 angka (format sel Teks), terdaftar di register", "198503152010011001"),
      new Kolom("jenis", true, "Jenis hukuman menurut PP 94/2021 Pasal 8: "
          + PemeriksaHukumanDisiplin.daftar(JenisHukumanDisiplin.class), "TEGURAN_TERTULIS"),
      new Kolom("tingkat", false, "RINGAN, SEDANG atau BERAT; boleh kosong, bila diisi harus sesuai jenis", "RINGAN"),
      new Kolom("tmt_mulai", true, "Tanggal mulai berlaku, dd-mm-yyyy", "03-03-2025"),
      new Kolom("tmt_selesai", false, "Tanggal selesai; kosong = dihitung dari jenis (6/9/12 bulan) atau satu kali", ""),
      new Kolom("nomor_keputusan", true, "Nomor surat keputusan; NIP + nomor menjadi kunci (baris yang sama mengubah)",
          "800.1.6.3/123/BKPSDM/2025"),
      new Kolom("tanggal_keputusan", true, "Tanggal surat keputusan, dd-mm-yyyy", "25-02-2025"),
      new Kolom("keterangan", false, "Pelanggaran yang dilakukan (paling panjang 1000 karakter)",
          "Tidak masuk kerja tanpa alasan yang sah"));

  private final HukumanDisiplinRepository repository;
  private final PegawaiRepository pegawaiRepository;

  public HukumanDisiplinService(HukumanDisiplinRepository repository, PegawaiRepository pegawaiRepository) {
    this.repository = repository;
    this.pegawaiRepository = pegawaiRepository;
  }

  /** True when the ASN had a hukuman disiplin decreed in or running in {@code tahun}. */
  public boolean adaPadaTahun(String nip, int tahun) {
    return !padaTahun(nip, tahun).isEmpty();
  }

  /** The hukuman disiplin that touch {@code tahun} (decreed in it or running in it). */
  public List<HukumanDisiplin> padaTahun(String nip, int tahun) {
    return repository.findByNipOrderByTmtMulaiDescIdDesc(nip).stream()
        .filter(h -> h.berlakuPadaTahun(tahun)).toList();
  }

  public List<HukumanDisiplin> daftar(String nip) {
    return nip == null ? repository.findAllByOrderByTmtMulaiDescIdDesc()
        : repository.findByNipOrderByTmtMulaiDescIdDesc(nip);
  }

  public HukumanDisiplin cari(long id) {
    return repository.findById(id)
        .orElseThrow(() -> new NoSuchElementException("Hukuman disiplin " + id + " tidak ditemukan"));
  }

  @Transactional
  public HukumanDisiplin buat(MasukanHukumanDisiplin m, String oleh) {
    DataHukumanDisiplin d = sahkan(m);
    if (repository.findByNipAndNomorKeputusan(d.nip(), d.nomorKeputusan()).isPresent()) {
      throw new IllegalStateException("Keputusan " + d.nomorKeputusan() + " untuk NIP " + d.nip()
          + " sudah tercatat; ubah catatan itu");
    }
    return repository.save(new HukumanDisiplin(d, oleh));
  }

  @Transactional
  public HukumanDisiplin ubah(long id, MasukanHukumanDisiplin m, String oleh) {
    HukumanDisiplin h = cari(id);
    DataHukumanDisiplin d = sahkan(m);
    repository.findByNipAndNomorKeputusan(d.nip(), d.nomorKeputusan())
        .filter(lain -> !lain.getId().equals(id))
        .ifPresent(lain -> {
          throw new IllegalStateException("Keputusan " + d.nomorKeputusan() + " untuk NIP " + d.nip()
              + " sudah tercatat sebagai catatan lain (" + lain.getId() + ")");
        });
    h.terapkan(d, oleh);
    return h;
  }

  @Transactional
  public void hapus(long id) {
    repository.delete(cari(id));
  }

  private DataHukumanDisiplin sahkan(MasukanHukumanDisiplin m) {
    PemeriksaHukumanDisiplin.Hasil h = PemeriksaHukumanDisiplin.periksa(m, this::terdaftar);
    if (!h.sah()) {
      throw new KesalahanValidasiException("Hukuman disiplin belum benar.", h.kesalahan());
    }
    return h.data();
  }

  private boolean terdaftar(String nip) {
    return pegawaiRepository.findByNip(nip).isPresent();
  }

  /**
   * Imports an .xlsx list of hukuman disiplin: every row checked first (values, NIP in the
   * register, the same NIP and decree twice in the file); one problem rejects the file and
   * nothing is written. A row whose NIP and nomor keputusan exist updates that record.
   */
  @Transactional
  public HasilImporLembar impor(byte[] isi, boolean validasiSaja, String oleh) {
    LembarImpor.Isi lembar = LembarImpor.baca(isi, LEMBAR, KOLOM);
    if (!lembar.sah()) {
      return HasilImporLembar.ditolak(validasiSaja, 0, lembar.kesalahan());
    }
    Set<String> terdaftar = new HashSet<>();
    pegawaiRepository.findAll().forEach(p -> terdaftar.add(p.getNip()));
    List<Kesalahan> kesalahan = new ArrayList<>();
    List<DataHukumanDisiplin> sah = new ArrayList<>();
    Map<String, Integer> kunci = new HashMap<>();
    for (LembarImpor.Baris b : lembar.baris()) {
      b.galat().forEach((kolom, alasan) -> kesalahan.add(new Kesalahan(b.nomor(), kolom, alasan)));
      if (!b.galat().isEmpty()) {
        continue;
      }
      PemeriksaHukumanDisiplin.Hasil h = PemeriksaHukumanDisiplin.periksa(new MasukanHukumanDisiplin(
          b.nilai("nip"), b.nilai("jenis"), b.nilai("tingkat"), b.nilai("tmt_mulai"), b.nilai("tmt_selesai"),
          b.nilai("nomor_keputusan"), b.nilai("tanggal_keputusan"), b.nilai("keterangan")), terdaftar::contains);
      if (!h.sah()) {
        h.kesalahan().forEach(s -> kesalahan.add(new Kesalahan(b.nomor(), null, s)));
        continue;
      }
      Integer sebelumnya = kunci.putIfAbsent(h.data().nip() + "|" + h.data().nomorKeputusan(), b.nomor());
      if (sebelumnya != null) {
        kesalahan.add(new Kesalahan(b.nomor(), "nomor_keputusan", "Keputusan " + h.data().nomorKeputusan()
            + " untuk NIP " + h.data().nip() + " sudah ada di baris " + sebelumnya + " berkas ini"));
        continue;
      }
      sah.add(h.data());
    }
    if (!kesalahan.isEmpty()) {
      return HasilImporLembar.ditolak(validasiSaja, lembar.baris().size(), kesalahan);
    }
    int dibuat = 0;
    int diubah = 0;
    int tetap = 0;
    for (DataHukumanDisiplin d : sah) {
      var ada = repository.findByNipAndNomorKeputusan(d.nip(), d.nomorKeputusan());
      if (ada.isEmpty()) {
        dibuat++;
        if (!validasiSaja) {
          repository.save(new HukumanDisiplin(d, oleh));
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
    return LembarImpor.templat(LEMBAR, KOLOM, List.of("nip", "tmt_mulai", "tmt_selesai", "tanggal_keputusan"));
  }
}
