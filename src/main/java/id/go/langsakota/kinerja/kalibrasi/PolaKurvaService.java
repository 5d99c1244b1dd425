package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kurva distribusi patterns, stored in table aturan_pola_kurva: BKPSDM reads and replaces
 * the rules of one organisation predikat through /api/kurva/pola without a redeploy.
 */
@Service
@Transactional
public class PolaKurvaService {

  static final int ATURAN_MAKSIMAL = 10;

  /** A rule as sent: kelompok = employee predikat names, batas PALING_BANYAK / PALING_SEDIKIT. */
  public record MasukanAturan(List<String> kelompok, String batas, BigDecimal persen, Integer minimalOrang) {}

  public record TampilanAturan(int urutan, List<Predikat> kelompok, BatasAturan batas, BigDecimal persen,
      int minimalOrang, String uraian, String diubahOleh, Instant diubahPada) {}

  private final AturanPolaKurvaRepository repository;

  public PolaKurvaService(AturanPolaKurvaRepository repository) {
    this.repository = repository;
  }

  /** The rules of one organisation predikat, in their order. */
  @Transactional(readOnly = true)
  public List<AturanKurva> pola(PredikatOrganisasi predikatOrganisasi) {
    return repository.findByPredikatOrganisasiOrderByUrutan(predikatOrganisasi).stream()
        .map(AturanPolaKurva::aturan).toList();
  }

  @Transactional(readOnly = true)
  public Map<PredikatOrganisasi, List<TampilanAturan>> semua() {
    Map<PredikatOrganisasi, List<TampilanAturan>> hasil = new EnumMap<>(PredikatOrganisasi.class);
    for (PredikatOrganisasi p : PredikatOrganisasi.values()) {
      hasil.put(p, new ArrayList<>());
    }
    for (AturanPolaKurva a : repository.findAllByOrderByPredikatOrganisasiAscUrutanAsc()) {
      hasil.get(a.getPredikatOrganisasi()).add(tampilan(a));
    }
    return hasil;
  }

  /** Replaces all rules of one organisation predikat; all or nothing. */
  public List<TampilanAturan> ganti(String predikatOrganisasi, List<MasukanAturan> masukan, String oleh) {
    PredikatOrganisasi org = PredikatOrganisasi.dari(predikatOrganisasi);
    if (org == null) {
      throw new KesalahanValidasiException("Predikat kinerja organisasi '" + predikatOrganisasi
          + "' tidak dikenal", List.of("Pilih salah satu dari ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG"));
    }
    List<String> salah = new ArrayList<>();
    List<AturanKurva> aturan = new ArrayList<>();
    if (masukan == null || masukan.isEmpty()) {
      salah.add("Pola harus memuat paling sedikit satu aturan");
    } else if (masukan.size() > ATURAN_MAKSIMAL) {
      salah.add("Pola paling banyak " + ATURAN_MAKSIMAL + " aturan");
    } else {
      for (int i = 0; i < masukan.size(); i++) {
        AturanKurva a = baca(masukan.get(i), "Aturan ke-" + (i + 1), salah);
        if (a != null) {
          aturan.add(a);
        }
      }
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Pola kurva " + org.label() + " tidak sah: "
          + String.join("; ", salah), salah);
    }
    repository.deleteByPredikatOrganisasi(org);
    repository.flush();
    Instant kini = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<TampilanAturan> hasil = new ArrayList<>();
    for (int i = 0; i < aturan.size(); i++) {
      hasil.add(tampilan(repository.save(new AturanPolaKurva(org, i + 1, aturan.get(i), oleh, kini))));
    }
    return hasil;
  }

  private static AturanKurva baca(MasukanAturan m, String nama, List<String> salah) {
    int awal = salah.size();
    if (m == null) {
      salah.add(nama + " kosong");
      return null;
    }
    Set<Predikat> kelompok = EnumSet.noneOf(Predikat.class);
    if (m.kelompok() == null || m.kelompok().isEmpty()) {
      salah.add(nama + ": kelompok predikat pegawai wajib diisi (mis. [\"SANGAT_BAIK\"])");
    } else {
      for (String k : m.kelompok()) {
        try {
          kelompok.add(Predikat.valueOf(k == null ? "" : k.strip()));
        } catch (IllegalArgumentException e) {
          salah.add(nama + ": predikat pegawai '" + k + "' tidak dikenal (SANGAT_BAIK, BAIK, "
              + "BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)");
        }
      }
    }
    BatasAturan batas = null;
    try {
      batas = BatasAturan.valueOf(m.batas() == null ? "" : m.batas().strip());
    } catch (IllegalArgumentException e) {
      salah.add(nama + ": batas harus PALING_BANYAK atau PALING_SEDIKIT");
    }
    if (m.persen() == null) {
      salah.add(nama + ": persen wajib diisi (0 sampai 100)");
    } else if (m.persen().signum() < 0 || m.persen().compareTo(BigDecimal.valueOf(100)) > 0) {
      salah.add(nama + ": persen harus antara 0 dan 100");
    } else if (m.persen().stripTrailingZeros().scale() > 2) {
      salah.add(nama + ": persen paling banyak 2 angka desimal");
    }
    int minimal = m.minimalOrang() == null ? 0 : m.minimalOrang();
    if (minimal < 0 || minimal > 1000) {
      salah.add(nama + ": minimalOrang harus 0 sampai 1000");
    } else if (minimal > 0 && batas == BatasAturan.PALING_BANYAK) {
      salah.add(nama + ": minimalOrang hanya untuk batas PALING_SEDIKIT");
    }
    if (salah.size() > awal) {
      return null;
    }
    return new AturanKurva(kelompok, batas, m.persen().setScale(2), minimal);
  }

  private static TampilanAturan tampilan(AturanPolaKurva a) {
    AturanKurva k = a.aturan();
    return new TampilanAturan(a.getUrutan(), List.copyOf(k.kelompok()), k.batas(), k.persen(),
        k.minimalOrang(), k.uraian(), a.getDiubahOleh(), a.getDiubahPada());
  }
}
