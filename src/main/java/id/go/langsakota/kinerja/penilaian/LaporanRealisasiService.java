package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.web.IsianTidakValidException;
import id.go.langsakota.kinerja.proses.BacaIsian;

import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ASN's report (laporkan-realisasi): checks everything first, then writes the realisasi rows,
 * the evidence files and the self-assessment note. Any error: nothing is written.
 */
@Service
@Transactional
public class LaporanRealisasiService {

  /** Above this a realisasi is a typo, not a result (fits DECIMAL(19,4) with room). */
  static final BigDecimal BATAS_MUTLAK = new BigDecimal("999999999999");
  /** More than 1000 × the target (or 1000 when the target is below 1) is taken as a typo. */
  static final BigDecimal KELIPATAN_TARGET_MAKS = new BigDecimal("1000");

  private final PenilaianPeriodikRepository penilaianRepository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final IndikatorKinerjaRepository indikatorRepository;
  private final BuktiDukungRepository buktiRepository;

  public LaporanRealisasiService(PenilaianPeriodikRepository penilaianRepository,
      RealisasiIndikatorRepository realisasiRepository,
      IndikatorKinerjaRepository indikatorRepository, BuktiDukungRepository buktiRepository) {
    this.penilaianRepository = penilaianRepository;
    this.realisasiRepository = realisasiRepository;
    this.indikatorRepository = indikatorRepository;
    this.buktiRepository = buktiRepository;
  }

  private record Baris(IndikatorKinerja indikator, BigDecimal realisasi, String tautan,
      Long buktiDukungId, String keterangan) {}

  /**
   * @param realisasi the list [{indikatorId, realisasi, tautanBukti, buktiDukungId, keterangan}];
   *     a file is uploaded first ({@code POST /api/bukti-dukung}) and referred to by its id
   * @param oleh the Camunda user submitting (the ASN)
   * @throws IsianTidakValidException with every problem found, in Bahasa Indonesia
   */
  public void simpan(long penilaianId, Object realisasi, Object catatanMandiri, String oleh) {
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow(
        () -> new IsianTidakValidException("Penilaian periodik " + penilaianId + " tidak ditemukan"));
    List<String> salah = new ArrayList<>();
    if (p.getStatus() != StatusPenilaianPeriodik.MENUNGGU_REALISASI) {
      throw new IsianTidakValidException("Realisasi periode ini sudah dilaporkan");
    }
    Map<Long, IndikatorKinerja> indikator = new LinkedHashMap<>();
    indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId())
        .forEach(i -> indikator.put(i.getId(), i));

    List<Map<String, Object>> daftar;
    try {
      daftar = BacaIsian.daftar(realisasi, "Realisasi");
    } catch (IllegalArgumentException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    List<Baris> baris = new ArrayList<>();
    Set<Long> sudah = new HashSet<>();
    Set<Long> buktiDipakai = new HashSet<>();
    for (Map<String, Object> m : daftar) {
      Long id;
      try {
        id = BacaIsian.id(m.get("indikatorId"));
      } catch (NumberFormatException e) {
        salah.add("indikatorId '" + m.get("indikatorId") + "' bukan angka");
        continue;
      }
      IndikatorKinerja ind = id == null ? null : indikator.get(id);
      if (ind == null) {
        salah.add("Indikator " + id + " tidak ada dalam SKP periode ini");
        continue;
      }
      if (!sudah.add(id)) {
        salah.add("Indikator '" + ind.getUraian() + "' diisi lebih dari sekali");
        continue;
      }
      String label = "Indikator '" + ind.getUraian() + "'";
      BigDecimal nilai = null;
      try {
        nilai = BacaIsian.angka(m.get("realisasi"));
      } catch (NumberFormatException e) {
        salah.add(label + ": realisasi harus berupa angka, bukan '" + m.get("realisasi") + "'");
      }
      if (nilai != null) {
        BigDecimal dasar = ind.getTarget().max(BigDecimal.ONE);
        if (nilai.signum() < 0) {
          salah.add(label + ": realisasi tidak boleh negatif");
        } else if (nilai.compareTo(BATAS_MUTLAK) > 0
            || nilai.compareTo(dasar.multiply(KELIPATAN_TARGET_MAKS)) > 0) {
          salah.add(label + ": realisasi " + nilai.toPlainString() + " tidak masuk akal untuk target "
              + ind.getTarget().stripTrailingZeros().toPlainString() + " " + ind.getSatuan()
              + "; periksa kembali");
        } else if (nilai.stripTrailingZeros().scale() > 4) {
          salah.add(label + ": realisasi paling banyak 4 angka di belakang koma");
        }
      }
      String tautan = BacaIsian.teks(m.get("tautanBukti"));
      if (tautan != null && !tautanSah(tautan)) {
        salah.add(label + ": tautan bukti dukung harus alamat http:// atau https:// yang lengkap");
      }
      Long buktiId = null;
      try {
        buktiId = BacaIsian.id(m.get("buktiDukungId"));
      } catch (NumberFormatException e) {
        salah.add(label + ": buktiDukungId bukan angka");
      }
      if (buktiId != null) {
        salah.addAll(periksaBukti(buktiId, p, oleh, buktiDipakai, label));
      }
      // Evidence per indikator (DOMAIN: realisasi "with bukti dukung"); an empty realisasi needs none.
      if (nilai != null && tautan == null && buktiId == null) {
        salah.add(label + ": bukti dukung wajib dilampirkan (tautan atau berkas)");
      }
      String ket = TeksAman.bersihkan(BacaIsian.teks(m.get("keterangan")));
      if (ket != null && ket.length() > 1000) {
        salah.add(label + ": keterangan paling banyak 1000 karakter");
      }
      baris.add(new Baris(ind, nilai, tautan, buktiId, ket));
    }
    String catatan = TeksAman.bersihkan(BacaIsian.teks(catatanMandiri));
    if (catatan != null && catatan.length() > 4000) {
      salah.add("Catatan penilaian mandiri paling banyak 4000 karakter");
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }

    for (Baris b : baris) {
      RealisasiIndikator r = new RealisasiIndikator(penilaianId, b.indikator().getId());
      r.setRealisasi(b.realisasi());
      r.setTautanBukti(b.tautan());
      r.setKeterangan(b.keterangan());
      r.setBuktiDukungId(b.buktiDukungId());
      realisasiRepository.save(r);
    }
    p.setCatatanMandiri(catatan);
    Instant sekarang = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(); // the engine's clock, as its timers
    p.setDilaporkanPada(sekarang);
    if (p.getBatasLapor() != null && sekarang.isAfter(p.getBatasLapor())) {
      p.setTerlambatLapor(true);
    }
    p.setStatus(StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
  }

  /**
   * An uploaded file may be attached only by the ASN who uploaded it, to that ASN's own period,
   * and only once (one file, one realisasi; the unique index on bukti_dukung_id also guards two
   * concurrent reports).
   */
  private List<String> periksaBukti(long buktiId, PenilaianPeriodik p, String oleh,
      Set<Long> buktiDipakai, String label) {
    var bukti = buktiRepository.findById(buktiId)
        .filter(b -> b.getNipPemilik().equals(p.getNip()) && b.getNipPemilik().equals(oleh)
            && oleh.equals(b.getDiunggahOleh()));
    if (bukti.isEmpty()) {
      return List.of(label + ": bukti dukung " + buktiId + " tidak ditemukan atau bukan unggahan Anda");
    }
    if (!buktiDipakai.add(buktiId) || realisasiRepository.existsByBuktiDukungId(buktiId)) {
      return List.of(label + ": bukti dukung " + buktiId + " sudah dilampirkan pada realisasi lain; "
          + "unggah berkasnya sekali lagi untuk indikator ini");
    }
    return List.of();
  }

  static boolean tautanSah(String tautan) {
    if (tautan.length() > 1000) {
      return false;
    }
    try {
      URI u = new URI(tautan);
      String skema = u.getScheme();
      return ("http".equalsIgnoreCase(skema) || "https".equalsIgnoreCase(skema))
          && u.getHost() != null && !u.getHost().isBlank();
    } catch (Exception e) {
      return false;
    }
  }
}
