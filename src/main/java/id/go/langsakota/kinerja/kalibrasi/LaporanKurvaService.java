package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilPemeriksaan;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM's yearly report of the distribution check: per OPD its pattern and distribution before
 * calibration, after calibration (final) and now (after appeals: an SKP whose predikat differs
 * from the final one of its round was changed afterwards, by an appeal), and every calibration
 * change. Heads of OPD are not counted, as in the check itself.
 */
@Service
@Transactional(readOnly = true)
public class LaporanKurvaService {

  public record Sebaran(int jumlahPegawai, Map<Predikat, Integer> jumlah, Boolean sesuai, List<String> pelanggaran) {}

  public record BarisOpd(String kodeOpd, String namaOpd, PredikatOrganisasi predikatOrganisasi, int jumlahRonde,
      String status, int jumlahPutaran, Sebaran sebelumKalibrasi, Sebaran sesudahKalibrasi,
      Sebaran setelahKeberatan, int jumlahDiubahKalibrasi, int jumlahDiubahKeberatan,
      List<String> nipDiubahKeberatan) {}

  public record BarisPerubahan(String kodeOpd, int ronde, int putaran, String nip, String nama,
      String ratingHasilLama, String ratingHasilBaru, String ratingPerilakuLama, String ratingPerilakuBaru,
      String predikatLama, String predikatBaru, String alasan, String diubahOleh, Instant diubahPada) {}

  public record Laporan(int tahun, List<BarisOpd> opd, List<BarisPerubahan> perubahan) {}

  private final KalibrasiKurvaRepository rondeRepository;
  private final AnggotaKalibrasiRepository anggotaRepository;
  private final PerubahanRatingKalibrasiRepository perubahanRepository;
  private final SkpRepository skpRepository;
  private final PolaKurvaService pola;
  private final PengaturanService pengaturan;
  private final KalibrasiKurvaService kalibrasi;

  private final PredikatOrganisasiService predikatOrganisasi;

  public LaporanKurvaService(KalibrasiKurvaRepository rondeRepository, AnggotaKalibrasiRepository anggotaRepository,
      PerubahanRatingKalibrasiRepository perubahanRepository, SkpRepository skpRepository, PolaKurvaService pola,
      PengaturanService pengaturan, KalibrasiKurvaService kalibrasi, PredikatOrganisasiService predikatOrganisasi) {
    this.predikatOrganisasi = predikatOrganisasi;
    this.rondeRepository = rondeRepository;
    this.anggotaRepository = anggotaRepository;
    this.perubahanRepository = perubahanRepository;
    this.skpRepository = skpRepository;
    this.pola = pola;
    this.pengaturan = pengaturan;
    this.kalibrasi = kalibrasi;
  }

  public Laporan laporan(int tahun) {
    Map<String, List<KalibrasiKurva>> perOpd = rondeRepository.findByTahunOrderByKodeOpdAscRondeAsc(tahun).stream()
        .collect(Collectors.groupingBy(KalibrasiKurva::getKodeOpd, LinkedHashMap::new, Collectors.toList()));
    List<BarisOpd> baris = new ArrayList<>();
    List<BarisPerubahan> perubahan = new ArrayList<>();
    PemeriksaKurva pemeriksa = new PemeriksaKurva(pengaturan.bilangan(KunciPengaturan.KURVA_JUMLAH_MINIMAL));
    for (Map.Entry<String, List<KalibrasiKurva>> e : perOpd.entrySet()) {
      List<KalibrasiKurva> ronde = e.getValue();
      KalibrasiKurva akhir = ronde.get(ronde.size() - 1);
      List<AnggotaKalibrasi> anggota = new ArrayList<>();
      ronde.forEach(r -> anggota.addAll(anggotaRepository.findByKalibrasiIdOrderByNip(r.getId())));
      Map<Long, Skp> skp = skpRepository.findAllById(anggota.stream().map(AnggotaKalibrasi::getSkpId).toList())
          .stream().collect(Collectors.toMap(Skp::getId, Function.identity()));
      List<AnggotaKalibrasi> dihitung = anggota.stream().filter(a -> !a.isKepalaOpd()).toList();
      PredikatOrganisasi org = akhir.getPredikatOrganisasi() != null ? akhir.getPredikatOrganisasi()
          : ronde.stream().map(KalibrasiKurva::getPredikatOrganisasi).filter(p -> p != null).findFirst()
              // a round still at its calibration task has no predikat stored yet: the decision in force
              .orElseGet(() -> predikatOrganisasi.predikat(tahun, e.getKey()).orElse(null));
      List<Predikat> sebelum = dihitung.stream().map(AnggotaKalibrasi::getPredikatAwal).toList();
      List<Predikat> sesudah = dihitung.stream()
          .map(a -> a.getPredikatFinal() != null ? a.getPredikatFinal() : skp.get(a.getSkpId()).getPredikatTahunan())
          .toList();
      List<Predikat> kini = dihitung.stream().map(a -> skp.get(a.getSkpId()).getPredikatTahunan()).toList();
      List<String> diubahKeberatan = dihitung.stream()
          .filter(a -> a.getPredikatFinal() != null && a.getPredikatFinal() != skp.get(a.getSkpId()).getPredikatTahunan())
          .map(AnggotaKalibrasi::getNip).toList();
      Map<Long, KalibrasiKurva> rondePerId = ronde.stream().collect(Collectors.toMap(KalibrasiKurva::getId, r -> r));
      Map<String, String> nama = kalibrasi.namaPerNip(akhir);
      List<PerubahanRatingKalibrasi> ubah = perubahanRepository.findByKalibrasiIdInOrderById(rondePerId.keySet());
      for (PerubahanRatingKalibrasi p : ubah) {
        perubahan.add(new BarisPerubahan(e.getKey(), rondePerId.get(p.getKalibrasiId()).getRonde(), p.getPutaran(),
            p.getNip(), nama.getOrDefault(p.getNip(), p.getNip()), p.getRatingHasilLama().name(),
            p.getRatingHasilBaru().name(), p.getRatingPerilakuLama().name(), p.getRatingPerilakuBaru().name(),
            p.getPredikatLama().name(), p.getPredikatBaru().name(), p.getAlasan(), p.getDiubahOleh(), p.getDiubahPada()));
      }
      baris.add(new BarisOpd(e.getKey(), kalibrasi.namaOpd(e.getKey()), org, ronde.size(), akhir.getStatus().name(),
          ronde.stream().mapToInt(KalibrasiKurva::getPutaran).sum(), sebaran(pemeriksa, org, sebelum),
          sebaran(pemeriksa, org, sesudah), sebaran(pemeriksa, org, kini),
          (int) ubah.stream().map(PerubahanRatingKalibrasi::getSkpId).distinct().count(), diubahKeberatan.size(),
          diubahKeberatan));
    }
    return new Laporan(tahun, baris, perubahan);
  }

  private Sebaran sebaran(PemeriksaKurva pemeriksa, PredikatOrganisasi org, List<Predikat> predikat) {
    Map<Predikat, Integer> jumlah = new LinkedHashMap<>();
    for (Predikat p : Predikat.values()) {
      jumlah.put(p, (int) predikat.stream().filter(x -> x == p).count());
    }
    if (org == null) {
      return new Sebaran(predikat.size(), jumlah, null, List.of());
    }
    HasilPemeriksaan h = pemeriksa.periksa(org, pola.pola(org), predikat);
    return new Sebaran(predikat.size(), jumlah, h.sesuai(), h.pelanggaran());
  }

  /** The report as an Excel workbook: sheet "Sebaran per OPD" and sheet "Perubahan kalibrasi". */
  public byte[] excel(int tahun) {
    Laporan l = laporan(tahun);
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Sebaran per OPD");
      List<String> kepala = new ArrayList<>(List.of("Kode OPD", "Nama OPD", "Predikat organisasi", "Ronde", "Status",
          "Putaran kalibrasi", "Jumlah ASN dihitung"));
      for (String tahap : List.of("Sebelum kalibrasi", "Sesudah kalibrasi", "Setelah keberatan")) {
        for (Predikat p : Predikat.values()) {
          kepala.add(tahap + ": " + p.label());
        }
        kepala.add(tahap + ": sesuai pola");
      }
      kepala.addAll(List.of("ASN diubah dalam kalibrasi", "ASN diubah karena keberatan", "Pelanggaran sebelum kalibrasi"));
      baris(s, 0, kepala.toArray());
      int r = 1;
      for (BarisOpd o : l.opd()) {
        List<Object> sel = new ArrayList<>(List.of(o.kodeOpd(), o.namaOpd(),
            o.predikatOrganisasi() == null ? "belum ditetapkan" : o.predikatOrganisasi().label(), o.jumlahRonde(),
            o.status(), o.jumlahPutaran(), o.sebelumKalibrasi().jumlahPegawai()));
        for (Sebaran sb : List.of(o.sebelumKalibrasi(), o.sesudahKalibrasi(), o.setelahKeberatan())) {
          for (Predikat p : Predikat.values()) {
            sel.add(sb.jumlah().get(p));
          }
          sel.add(sb.sesuai() == null ? "-" : sb.sesuai() ? "ya" : "tidak");
        }
        sel.add(o.jumlahDiubahKalibrasi());
        sel.add(o.jumlahDiubahKeberatan());
        sel.add(String.join("; ", o.sebelumKalibrasi().pelanggaran()));
        baris(s, r++, sel.toArray());
      }
      Sheet p = wb.createSheet("Perubahan kalibrasi");
      baris(p, 0, new Object[] {"Kode OPD", "Ronde", "Putaran", "NIP", "Nama", "Rating hasil kerja lama",
          "Rating hasil kerja baru", "Rating perilaku lama", "Rating perilaku baru", "Predikat lama", "Predikat baru",
          "Alasan", "Diubah oleh", "Diubah pada"});
      r = 1;
      for (BarisPerubahan b : l.perubahan()) {
        baris(p, r++, new Object[] {b.kodeOpd(), b.ronde(), b.putaran(), b.nip(), b.nama(), b.ratingHasilLama(),
            b.ratingHasilBaru(), b.ratingPerilakuLama(), b.ratingPerilakuBaru(), b.predikatLama(), b.predikatBaru(),
            b.alasan(), b.diubahOleh(), b.diubahPada() == null ? "" : b.diubahPada().toString()});
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text cells neutralised (a name or reason starting with "=" stays text). */
  private static void baris(Sheet s, int nomor, Object[] nilai) {
    Row row = s.createRow(nomor);
    for (int i = 0; i < nilai.length; i++) {
      if (nilai[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(TeksAman.selSpreadsheet(nilai[i] == null ? "" : nilai[i].toString()));
      }
    }
  }
}
