package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.PenghitungCapaian;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import id.go.langsakota.kinerja.proses.BacaIsian;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.RencanaHasilKerjaRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pejabat penilai's review (nilai-kinerja-periodik): umpan balik per RHK, a rating per
 * BerAKHLAK value, the two decided ratings with a reason where they deviate from the suggestion.
 * Checks everything first; any error: nothing is written.
 */
@Service
@Transactional
public class PenilaianAtasanService {

  /** Variable name prefix of the per-value ratings: perilaku_BERORIENTASI_PELAYANAN, ... */
  public static final String AWALAN_PERILAKU = "perilaku_";

  /** What the reviewer submitted, read from the task variables. */
  public record Isian(Object ratingHasilKerja, Object ratingPerilaku, Object alasanRatingHasilKerja,
      Object alasanRatingPerilaku, Map<NilaiBerakhlak, Object> perilaku, Object umpanBalik) {}

  /** The decided ratings, to set as the steering variables of the process. */
  public record Keputusan(Rating ratingHasilKerja, Rating ratingPerilaku) {}

  private final PenilaianPeriodikRepository penilaianRepository;
  private final RencanaHasilKerjaRepository rhkRepository;
  private final UmpanBalikRepository umpanBalikRepository;
  private final RatingPerilakuPeriodikRepository ratingPerilakuRepository;

  public PenilaianAtasanService(PenilaianPeriodikRepository penilaianRepository,
      RencanaHasilKerjaRepository rhkRepository, UmpanBalikRepository umpanBalikRepository,
      RatingPerilakuPeriodikRepository ratingPerilakuRepository) {
    this.penilaianRepository = penilaianRepository;
    this.rhkRepository = rhkRepository;
    this.umpanBalikRepository = umpanBalikRepository;
    this.ratingPerilakuRepository = ratingPerilakuRepository;
  }

  /** @throws IsianTidakValidException with every problem found */
  public Keputusan simpan(long penilaianId, Isian isian, String oleh) {
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow(
        () -> new IsianTidakValidException("Penilaian periodik " + penilaianId + " tidak ditemukan"));
    if (p.getStatus() != StatusPenilaianPeriodik.MENUNGGU_PENILAIAN) {
      throw new IsianTidakValidException("Periode ini tidak sedang menunggu penilaian");
    }
    List<String> salah = new ArrayList<>();
    Rating hasilKerja = rating(isian.ratingHasilKerja(), "Rating hasil kerja", salah);
    Rating perilaku = rating(isian.ratingPerilaku(), "Rating perilaku kerja", salah);

    Map<NilaiBerakhlak, Rating> perNilai = new EnumMap<>(NilaiBerakhlak.class);
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      Rating r = rating(isian.perilaku().get(n), "Rating perilaku '" + n.label() + "'", salah);
      if (r != null) {
        perNilai.put(n, r);
      }
    }
    Rating saranPerilaku = perNilai.size() == NilaiBerakhlak.values().length
        ? PenghitungCapaian.saranPerilaku(perNilai.values()) : null;

    String alasanHk = BacaIsian.teks(isian.alasanRatingHasilKerja());
    String alasanPk = BacaIsian.teks(isian.alasanRatingPerilaku());
    if (hasilKerja != null && hasilKerja != p.getSaranRatingHasilKerja() && alasanHk == null) {
      salah.add("Alasan wajib diisi karena rating hasil kerja (" + hasilKerja.label()
          + ") berbeda dari saran sistem (" + label(p.getSaranRatingHasilKerja()) + ")");
    }
    if (perilaku != null && saranPerilaku != null && perilaku != saranPerilaku && alasanPk == null) {
      salah.add("Alasan wajib diisi karena rating perilaku kerja (" + perilaku.label()
          + ") berbeda dari saran sistem (" + saranPerilaku.label() + ")");
    }
    if (alasanHk != null && alasanHk.length() > 2000 || alasanPk != null && alasanPk.length() > 2000) {
      salah.add("Alasan paling banyak 2000 karakter");
    }

    Map<Long, RencanaHasilKerja> rhk = new LinkedHashMap<>();
    rhkRepository.findBySkpIdOrderByUrutan(p.getSkpId()).forEach(r -> rhk.put(r.getId(), r));
    Map<Long, String> umpanBalik = new LinkedHashMap<>();
    try {
      for (Map<String, Object> m : BacaIsian.daftar(isian.umpanBalik(), "Umpan balik")) {
        Long id;
        try {
          id = BacaIsian.id(m.get("rhkId"));
        } catch (NumberFormatException e) {
          salah.add("rhkId '" + m.get("rhkId") + "' bukan angka");
          continue;
        }
        if (id == null || !rhk.containsKey(id)) {
          salah.add("RHK " + id + " tidak ada dalam SKP periode ini");
          continue;
        }
        String isi = BacaIsian.teks(m.get("isi"));
        if (isi != null && isi.length() > 2000) {
          salah.add("Umpan balik RHK '" + rhk.get(id).getUraian() + "' paling banyak 2000 karakter");
        }
        if (isi != null) {
          umpanBalik.put(id, isi);
        }
      }
    } catch (IllegalArgumentException e) {
      salah.add(e.getMessage());
    }
    for (RencanaHasilKerja r : rhk.values()) {
      if (!umpanBalik.containsKey(r.getId())) {
        salah.add("Umpan balik untuk RHK '" + r.getUraian() + "' wajib diisi");
      }
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }

    umpanBalik.forEach((id, isi) -> umpanBalikRepository.save(new UmpanBalik(penilaianId, id, isi, oleh)));
    perNilai.forEach((n, r) -> ratingPerilakuRepository.save(new RatingPerilakuPeriodik(penilaianId, n, r)));
    p.setSaranRatingPerilaku(saranPerilaku);
    p.setRatingHasilKerja(hasilKerja);
    p.setRatingPerilaku(perilaku);
    p.setAlasanRatingHasilKerja(alasanHk);
    p.setAlasanRatingPerilaku(alasanPk);
    p.setIdPejabatPenilai(oleh);
    Instant sekarang = Instant.now();
    p.setDinilaiPada(sekarang);
    if (p.getBatasPenilaian() != null && sekarang.isAfter(p.getBatasPenilaian())) {
      p.setTerlambatNilai(true);
    }
    if (events != null && perNilai.containsValue(Rating.DI_BAWAH_EKSPEKTASI)) {
      // a BerAKHLAK value Di Bawah Ekspektasi in a second period of the year opens a training need
      events.publishEvent(new BerakhlakDiBawahEkspektasi(p.getNip(), p.getTahun()));
    }
    return new Keputusan(hasilKerja, perilaku);
  }

  /** Listeners (pengembangan-kompetensi) run in this transaction; absent in slim unit tests. */
  private org.springframework.context.ApplicationEventPublisher events;

  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setEvents(org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
  }

  private static Rating rating(Object nilai, String nama, List<String> salah) {
    try {
      return Rating.dari(nilai == null ? null : nilai.toString(), nama);
    } catch (IllegalArgumentException e) {
      salah.add(e.getMessage());
      return null;
    }
  }

  private static String label(Rating r) {
    return r == null ? "-" : r.label();
  }

}
