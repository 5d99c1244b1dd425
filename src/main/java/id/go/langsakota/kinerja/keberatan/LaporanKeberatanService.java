package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BKPSDM's yearly report of appeals and their outcomes, as JSON and as an Excel workbook. */
@Service
@Transactional(readOnly = true)
public class LaporanKeberatanService {

  private final KeberatanRepository repository;
  private final TampilanKeberatanService tampilan;

  public LaporanKeberatanService(KeberatanRepository repository, TampilanKeberatanService tampilan) {
    this.repository = repository;
    this.tampilan = tampilan;
  }

  public record Baris(Long id, String nip, String nama, String status, String hasil, String predikatAwal,
      String predikatAkhir, String ratingHasilKerjaAwal, String ratingHasilKerjaAkhir, String ratingPerilakuAwal,
      String ratingPerilakuAkhir, String diajukanPada, String batasKeputusan, boolean dieskalasi,
      String diputuskanOleh, String diputuskanPada, String alasanKeputusan) {}

  /** Counts per outcome (DALAM_PROSES, TETAP, DIUBAH), how many were escalated, and one row per appeal. */
  public record Laporan(int tahun, int jumlah, Map<String, Integer> perHasil, int dieskalasi, List<Baris> keberatan) {}

  public Laporan laporan(int tahun) {
    List<Keberatan> semua = repository.findByTahunOrderById(tahun);
    Map<String, Integer> perHasil = new TreeMap<>(Map.of("DALAM_PROSES", 0, "TETAP", 0, "DIUBAH", 0));
    semua.forEach(k -> perHasil.merge(k.hasil(), 1, Integer::sum));
    List<Baris> baris = semua.stream().map(k -> new Baris(k.getId(), k.getNip(), tampilan.nama(k.getNip()),
        k.getStatus().name(), k.hasil(), nama(k.getPredikatAwal()), nama(k.getPredikatAkhir()),
        nama(k.getRatingHasilKerjaAwal()), nama(k.getRatingHasilKerjaAkhir()), nama(k.getRatingPerilakuAwal()),
        nama(k.getRatingPerilakuAkhir()), KeberatanService.wib(k.getDiajukanPada()),
        KeberatanService.wib(k.getBatasKeputusan()), k.getDieskalasiPada() != null, k.getDiputuskanOleh(),
        k.getDiputuskanPada() == null ? null : KeberatanService.wib(k.getDiputuskanPada()),
        k.getDiputuskanPada() == null ? null
            : "Hasil kerja: " + k.getAlasanHasilKerja() + " Perilaku kerja: " + k.getAlasanPerilaku())).toList();
    return new Laporan(tahun, semua.size(), perHasil, (int) semua.stream().filter(k -> k.getDieskalasiPada() != null)
        .count(), baris);
  }

  private static String nama(Enum<?> e) {
    return e == null ? null : e.name();
  }

  /** The same report as .xlsx; every text cell neutralised (no formula can start from user text). */
  public byte[] excel(int tahun) {
    Laporan l = laporan(tahun);
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
      Sheet ringkas = buku.createSheet("Ringkasan");
      tulis(ringkas.createRow(0), "Laporan keberatan penilaian kinerja tahun " + tahun);
      tulis(ringkas.createRow(1), "Jumlah keberatan", String.valueOf(l.jumlah()));
      int r = 2;
      for (Map.Entry<String, Integer> e : l.perHasil().entrySet()) {
        tulis(ringkas.createRow(r++), "Hasil " + e.getKey(), String.valueOf(e.getValue()));
      }
      tulis(ringkas.createRow(r), "Dieskalasi ke BKPSDM", String.valueOf(l.dieskalasi()));
      Sheet daftar = buku.createSheet("Keberatan");
      tulis(daftar.createRow(0), "NIP", "Nama", "Status", "Hasil", "Predikat awal", "Predikat akhir",
          "Rating hasil kerja awal", "Rating hasil kerja akhir", "Rating perilaku awal", "Rating perilaku akhir",
          "Diajukan", "Batas keputusan", "Dieskalasi", "Diputuskan oleh", "Diputuskan", "Alasan keputusan");
      int i = 1;
      for (Baris b : l.keberatan()) {
        tulis(daftar.createRow(i++), b.nip(), b.nama(), b.status(), b.hasil(), b.predikatAwal(), b.predikatAkhir(),
            b.ratingHasilKerjaAwal(), b.ratingHasilKerjaAkhir(), b.ratingPerilakuAwal(), b.ratingPerilakuAkhir(),
            b.diajukanPada(), b.batasKeputusan(), b.dieskalasi() ? "Ya" : "Tidak", b.diputuskanOleh(),
            b.diputuskanPada(), b.alasanKeputusan());
      }
      buku.write(keluar);
      return keluar.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void tulis(Row baris, String... nilai) {
    for (int i = 0; i < nilai.length; i++) {
      baris.createCell(i).setCellValue(TeksAman.selSpreadsheet(nilai[i] == null ? "" : nilai[i]));
    }
  }
}
