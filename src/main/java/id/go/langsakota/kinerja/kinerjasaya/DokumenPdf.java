package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.penilaian.CaraPenilaianPeriode;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Identitas;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Indikator;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Perilaku;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Periode;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RatingPerilaku;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RealisasiIndikator;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RealisasiRhk;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Rhk;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.UmpanBalik;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.JenisRhk;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The official documents of PermenPANRB 6/2022 as PDF (OpenPDF): the SKP (layout of the annex:
 * identity of the pegawai and the pejabat penilai, hasil kerja with the RHK atasan yang
 * diintervensi, perilaku kerja with ekspektasi khusus pimpinan, signatures), and the Dokumen
 * Evaluasi Kinerja Pegawai of a period and of the year. The text uses Liberation Sans (shipped
 * inside OpenPDF) embedded as Unicode, so every character of a name or an RHK prints and can be
 * searched and copied from the PDF.
 */
public final class DokumenPdf {

  private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
      "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
  private static final Color ABU = new Color(230, 230, 230);
  private static final BaseFont HURUF = muatHuruf();

  private final Font biasa = new Font(HURUF, 8.5f);
  private final Font tebal = new Font(HURUF, 8.5f, Font.BOLD);
  private final Font judul = new Font(HURUF, 12f, Font.BOLD);
  private final Font subjudul = new Font(HURUF, 9.5f, Font.BOLD);

  private DokumenPdf() {}

  public static byte[] skp(RincianKinerja r) {
    return new DokumenPdf().buatSkp(r);
  }

  /** @throws NoSuchElementException when the SKP has no period with that number */
  public static byte[] evaluasiPeriodik(RincianKinerja r, int periodeKe) {
    Periode p = r.periode().stream().filter(x -> x.ke() == periodeKe).findFirst()
        .orElseThrow(() -> new NoSuchElementException(
            "Periode ke-" + periodeKe + " tidak ada pada SKP tahun " + r.skp().tahun()));
    return new DokumenPdf().buatEvaluasiPeriodik(r, p);
  }

  public static byte[] evaluasiTahunan(RincianKinerja r) {
    return new DokumenPdf().buatEvaluasiTahunan(r);
  }

  // ------------------------------------------------------------------------------------ SKP

  private byte[] buatSkp(RincianKinerja r) {
    return tulis(doc -> {
      kepala(doc, r, "SASARAN KINERJA PEGAWAI", "PERIODE PENILAIAN: "
          + tanggal(r.skp().tanggalMulai()) + " s.d. " + tanggal(r.skp().tanggalSelesai()));
      tabelIdentitas(doc, r);

      bagian(doc, "HASIL KERJA");
      PdfPTable t = tabel(new float[] {4, 22, 24, 10, 26, 14});
      kepalaTabel(t, "NO", "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", "RENCANA HASIL KERJA",
          "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET");
      for (JenisRhk jenis : JenisRhk.values()) {
        sel(t, jenis == JenisRhk.UTAMA ? "A. Utama" : "B. Tambahan", tebal, 6, ABU);
        List<Rhk> daftar = r.rhk().stream().filter(x -> x.jenis() == jenis).toList();
        if (daftar.isEmpty()) {
          sel(t, "-", biasa, 6, null);
        }
        for (Rhk rhk : daftar) {
          int baris = Math.max(1, rhk.indikator().size());
          selBaris(t, String.valueOf(rhk.nomor()), baris);
          selBaris(t, strip(rhk.rhkAtasan()), baris);
          selBaris(t, rhk.uraian(), baris);
          if (rhk.indikator().isEmpty()) {
            sel(t, "-", biasa, 3, null);
          }
          for (Indikator i : rhk.indikator()) {
            t.addCell(sel(aspek(i.aspek()), biasa));
            t.addCell(sel(i.nomor() + " " + i.uraian(), biasa));
            t.addCell(sel(denganSatuan(i.target(), i.satuan()), biasa));
          }
        }
      }
      doc.add(t);

      bagian(doc, "PERILAKU KERJA");
      PdfPTable pk = tabel(new float[] {4, 36, 60});
      kepalaTabel(pk, "NO", "PERILAKU KERJA (BerAKHLAK)", "EKSPEKTASI KHUSUS PIMPINAN");
      int n = 1;
      for (Perilaku p : r.perilaku()) {
        pk.addCell(sel(String.valueOf(n++), biasa));
        pk.addCell(sel(p.label(), biasa));
        pk.addCell(sel(strip(p.ekspektasiKhusus()), biasa));
      }
      doc.add(pk);

      tandaTangan(doc, r, r.skp().tanggalDisetujui());
    });
  }

  // -------------------------------------------------------------------- evaluasi periodik

  private byte[] buatEvaluasiPeriodik(RincianKinerja r, Periode p) {
    return tulis(doc -> {
      kepala(doc, r, "DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: " + p.label().toUpperCase()
          + " (" + tanggal(p.tanggalMulai()) + " s.d. " + tanggal(p.tanggalAkhir()) + ")");
      tabelIdentitas(doc, r);

      if (p.keteranganCaraPenilaian() != null) {
        // a late start: why this period is a catch-up report or not assessed
        bagian(doc, p.caraPenilaian() == CaraPenilaianPeriode.TIDAK_DINILAI ? "PERIODE TIDAK DINILAI" : "LAPORAN SUSULAN");
        doc.add(new Paragraph(p.keteranganCaraPenilaian(), biasa));
      }

      if (p.capaianOrganisasi() != null) {
        // the head of an OPD: the suggestion came from the organisation's result
        bagian(doc, "CAPAIAN KINERJA ORGANISASI");
        doc.add(new Paragraph(angka(p.capaianOrganisasi()) + " %", biasa));
      }

      bagian(doc, "HASIL KERJA");
      PdfPTable t = tabel(new float[] {4, 20, 9, 21, 10, 10, 9, 17});
      kepalaTabel(t, "NO", "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET",
          "REALISASI", "CAPAIAN", "KATEGORI");
      for (RealisasiRhk rhk : p.realisasi()) {
        int baris = Math.max(1, rhk.indikator().size());
        selBaris(t, String.valueOf(rhk.nomor()), baris + 1);
        selBaris(t, rhk.uraian() + (rhk.jenis() == JenisRhk.TAMBAHAN ? " (tambahan)" : ""), baris);
        if (rhk.indikator().isEmpty()) {
          sel(t, "-", biasa, 6, null);
        }
        for (RealisasiIndikator i : rhk.indikator()) {
          t.addCell(sel(aspek(i.aspek()), biasa));
          t.addCell(sel(i.nomor() + " " + i.uraian(), biasa));
          t.addCell(sel(denganSatuan(i.target(), i.satuan()), biasa));
          t.addCell(sel(i.realisasi() == null ? "belum dilaporkan"
              : denganSatuan(i.realisasi(), i.satuan()), biasa));
          t.addCell(sel(i.capaian() == null ? "-" : angka(i.capaian()) + " %", biasa));
          t.addCell(sel(rating(i.kategori()), biasa));
        }
        sel(t, "Umpan balik: " + umpanBalik(rhk.umpanBalik()), biasa, 7, null);
      }
      doc.add(t);

      bagian(doc, "PERILAKU KERJA");
      PdfPTable pk = tabel(new float[] {4, 46, 50});
      kepalaTabel(pk, "NO", "PERILAKU KERJA (BerAKHLAK)", "PENILAIAN");
      int n = 1;
      for (RatingPerilaku rp : p.perilaku()) {
        pk.addCell(sel(String.valueOf(n++), biasa));
        pk.addCell(sel(rp.label(), biasa));
        pk.addCell(sel(rating(rp.rating()), biasa));
      }
      if (p.perilaku().isEmpty()) {
        sel(pk, "Belum dinilai", biasa, 3, null);
      }
      doc.add(pk);

      hasilAkhir(doc, p.saranRatingHasilKerja(), p.ratingHasilKerja(), p.alasanRatingHasilKerja(),
          p.saranRatingPerilaku(), p.ratingPerilaku(), p.alasanRatingPerilaku(), p.predikat());
      tandaTangan(doc, r, p.dinilaiPada());
    });
  }

  // --------------------------------------------------------------------- evaluasi tahunan

  private byte[] buatEvaluasiTahunan(RincianKinerja r) {
    return tulis(doc -> {
      kepala(doc, r, "DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: TAHUNAN " + r.skp().tahun()
          + " (" + tanggal(r.skp().tanggalMulai()) + " s.d. " + tanggal(r.skp().tanggalSelesai()) + ")");
      tabelIdentitas(doc, r);

      bagian(doc, "HASIL PENILAIAN PERIODIK");
      PdfPTable t = tabel(new float[] {5, 23, 24, 24, 24});
      kepalaTabel(t, "NO", "PERIODE", "RATING HASIL KERJA", "RATING PERILAKU KERJA", "PREDIKAT");
      for (Periode p : r.periode()) {
        t.addCell(sel(String.valueOf(p.ke()), biasa));
        t.addCell(sel(p.label(), biasa));
        if (p.status() == StatusPenilaianPeriodik.TIDAK_DINILAI) {
          sel(t, "Tidak dinilai (periode berakhir sebelum SKP disetujui)", biasa, 3, null);
          continue;
        }
        t.addCell(sel(rating(p.ratingHasilKerja()), biasa));
        t.addCell(sel(rating(p.ratingPerilaku()), biasa));
        t.addCell(sel(predikat(p.predikat()), biasa));
      }
      if (r.periode().isEmpty()) {
        sel(t, "Belum ada periode", biasa, 5, null);
      }
      doc.add(t);

      bagian(doc, "UMPAN BALIK SEPANJANG TAHUN");
      PdfPTable ub = tabel(new float[] {5, 35, 60});
      kepalaTabel(ub, "NO", "RENCANA HASIL KERJA", "UMPAN BALIK");
      for (Rhk rhk : r.rhk()) {
        List<String> isi = new ArrayList<>();
        for (Periode p : r.periode()) {
          p.realisasi().stream().filter(x -> x.rhkId().equals(rhk.id()))
              .flatMap(x -> x.umpanBalik().stream())
              .forEach(u -> isi.add(p.label() + ": " + u.isi()));
        }
        ub.addCell(sel(String.valueOf(rhk.nomor()), biasa));
        ub.addCell(sel(rhk.uraian(), biasa));
        ub.addCell(sel(isi.isEmpty() ? "-" : String.join("\n", isi), biasa));
      }
      doc.add(ub);

      var th = r.tahunan();
      hasilAkhir(doc, th.saranRatingHasilKerja(), th.ratingHasilKerja(), th.alasan(),
          th.saranRatingPerilaku(), th.ratingPerilaku(), null, th.predikat());
      for (RincianKinerja.KeberatanTahunan k : r.keberatan()) {
        doc.add(new Paragraph(keberatan(k), biasa));
      }
      tandaTangan(doc, r, th.tanggalDinilai());
    });
  }

  // ------------------------------------------------------------------------------ parts

  private void kepala(Document doc, RincianKinerja r, String namaDokumen, String periode)
      throws DocumentException {
    Paragraph p = new Paragraph(namaDokumen, judul);
    p.setAlignment(Element.ALIGN_CENTER);
    doc.add(p);
    Paragraph s = new Paragraph(periode, subjudul);
    s.setAlignment(Element.ALIGN_CENTER);
    s.setSpacingAfter(8);
    doc.add(s);
    PdfPTable t = tabel(new float[] {30, 70});
    t.addCell(sel("PEMERINTAH", tebal));
    t.addCell(sel(r.pemerintah().toUpperCase(), biasa));
    t.addCell(sel("OPD", tebal));
    t.addCell(sel(nz(r.pegawai().opd()), biasa));
    doc.add(t);
  }

  private void tabelIdentitas(Document doc, RincianKinerja r) throws DocumentException {
    PdfPTable t = tabel(new float[] {4, 14, 32, 4, 14, 32});
    sel(t, "NO", tebal, 1, ABU);
    sel(t, "PEGAWAI YANG DINILAI", tebal, 2, ABU);
    sel(t, "NO", tebal, 1, ABU);
    sel(t, "PEJABAT PENILAI KINERJA", tebal, 2, ABU);
    Identitas a = r.pegawai();
    Identitas b = r.pejabatPenilai() == null
        ? new Identitas(null, null, null, null, null, null, false) : r.pejabatPenilai();
    String[] label = {"NAMA", "NIP", "PANGKAT/GOL", "JABATAN", "UNIT KERJA"};
    for (int i = 0; i < label.length; i++) {
      t.addCell(sel(String.valueOf(i + 1), biasa));
      t.addCell(sel(label[i], biasa));
      t.addCell(sel(nilaiIdentitas(a, i), biasa));
      t.addCell(sel(String.valueOf(i + 1), biasa));
      t.addCell(sel(label[i], biasa));
      t.addCell(sel(nilaiIdentitas(b, i), biasa));
    }
    doc.add(t);
  }

  private static String nilaiIdentitas(Identitas x, int i) {
    return nz(switch (i) {
      case 0 -> x.nama();
      case 1 -> x.nip();
      case 2 -> x.pangkatGolongan();
      case 3 -> x.jabatan();
      default -> x.unitKerja() == null ? x.opd()
          : x.unitKerja() + (x.opd() == null ? "" : ", " + x.opd());
    });
  }

  private void hasilAkhir(Document doc, Rating saranHasil, Rating hasil, String alasanHasil,
      Rating saranPerilaku, Rating perilaku, String alasanPerilaku, Predikat predikat)
      throws DocumentException {
    bagian(doc, "HASIL PENILAIAN");
    PdfPTable t = tabel(new float[] {40, 60});
    t.addCell(sel("RATING HASIL KERJA", tebal));
    t.addCell(sel(rating(hasil) + saran(saranHasil, hasil) + alasan(alasanHasil), biasa));
    t.addCell(sel("RATING PERILAKU KERJA", tebal));
    t.addCell(sel(rating(perilaku) + saran(saranPerilaku, perilaku) + alasan(alasanPerilaku), biasa));
    t.addCell(sel("PREDIKAT KINERJA PEGAWAI", tebal));
    t.addCell(sel(predikat(predikat), tebal));
    doc.add(t);
  }

  private void tandaTangan(Document doc, RincianKinerja r, Instant pada) throws DocumentException {
    Paragraph tempat = new Paragraph("Langsa, " + (pada == null ? "...................."
        : tanggal(LocalDate.ofInstant(pada, Waktu.WIB))), biasa);
    tempat.setAlignment(Element.ALIGN_RIGHT);
    tempat.setSpacingBefore(14);
    doc.add(tempat);
    PdfPTable t = tabel(new float[] {50, 50});
    t.setKeepTogether(true);
    t.addCell(blokTandaTangan("Pegawai yang Dinilai", r.pegawai()));
    t.addCell(blokTandaTangan("Pejabat Penilai Kinerja", r.pejabatPenilai()));
    if (r.jpt() && r.atasanPejabatPenilai() != null) {
      PdfPCell c = blokTandaTangan("Atasan Pejabat Penilai Kinerja", r.atasanPejabatPenilai());
      c.setColspan(2);
      t.addCell(c);
    }
    doc.add(t);
  }

  private PdfPCell blokTandaTangan(String peran, Identitas orang) {
    Paragraph p = new Paragraph();
    p.setAlignment(Element.ALIGN_CENTER);
    p.add(new Chunk(peran + ",\n\n\n\n\n", biasa));
    p.add(new Chunk(orang == null ? "...................." : nz(orang.nama()), tebal));
    if (orang != null && orang.nip() != null) {
      p.add(new Chunk("\nNIP " + orang.nip(), biasa));
    }
    PdfPCell c = new PdfPCell();
    c.addElement(p);
    c.setBorder(Rectangle.NO_BORDER);
    c.setHorizontalAlignment(Element.ALIGN_CENTER);
    c.setPaddingTop(4);
    return c;
  }

  private void bagian(Document doc, String nama) throws DocumentException {
    Paragraph p = new Paragraph(nama, subjudul);
    p.setSpacingBefore(8);
    p.setSpacingAfter(3);
    doc.add(p);
  }

  private static PdfPTable tabel(float[] lebar) {
    PdfPTable t = new PdfPTable(lebar);
    t.setWidthPercentage(100);
    t.setSplitLate(false);
    t.setHeaderRows(0);
    return t;
  }

  private void kepalaTabel(PdfPTable t, String... kolom) {
    for (String k : kolom) {
      sel(t, k, tebal, 1, ABU);
    }
    t.setHeaderRows(1);
  }

  private PdfPCell sel(String teks, Font huruf) {
    PdfPCell c = new PdfPCell(new Phrase(nz(teks), huruf));
    c.setPadding(3);
    return c;
  }

  private void sel(PdfPTable t, String teks, Font huruf, int kolom, Color latar) {
    PdfPCell c = sel(teks, huruf);
    c.setColspan(kolom);
    if (latar != null) {
      c.setBackgroundColor(latar);
    }
    t.addCell(c);
  }

  private void selBaris(PdfPTable t, String teks, int baris) {
    PdfPCell c = sel(teks, biasa);
    c.setRowspan(baris);
    t.addCell(c);
  }

  private interface Isi {
    void tulis(Document doc) throws DocumentException;
  }

  private static byte[] tulis(Isi isi) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("Kinerja ASN Langsa");
    doc.addCreator("Kinerja ASN Langsa");
    doc.open();
    try {
      isi.tulis(doc);
    } catch (DocumentException e) {
      throw new IllegalStateException("Dokumen PDF gagal disusun", e);
    } finally {
      doc.close();
    }
    return out.toByteArray();
  }

  private static BaseFont muatHuruf() {
    try (InputStream in = DokumenPdf.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("Huruf Liberation Sans tidak ditemukan di OpenPDF");
      }
      return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------ words

  static String tanggal(LocalDate t) {
    return t == null ? "-" : t.getDayOfMonth() + " " + BULAN[t.getMonthValue() - 1] + " " + t.getYear();
  }

  /** 12 → "12", 12.50 → "12,5": Indonesian decimal comma, no trailing zeros. */
  static String angka(BigDecimal b) {
    if (b == null) {
      return "-";
    }
    BigDecimal s = b.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString().replace('.', ',');
  }

  private static String denganSatuan(BigDecimal nilai, String satuan) {
    return angka(nilai) + (satuan == null || satuan.isBlank() ? "" : " " + satuan);
  }

  private static String aspek(AspekIndikator a) {
    return a == null ? "-" : switch (a) {
      case KUANTITAS -> "Kuantitas";
      case KUALITAS -> "Kualitas";
      case WAKTU -> "Waktu";
    };
  }

  /** One line on the appeal under the result: filed when, and how it was decided. */
  static String keberatan(RincianKinerja.KeberatanTahunan k) {
    String diajukan = "Keberatan diajukan " + tanggal(LocalDate.ofInstant(k.diajukanPada(), Waktu.WIB));
    RincianKinerja.KeputusanKeberatan d = k.keputusan();
    if (d == null) {
      return diajukan + "; belum diputuskan (" + k.labelStatus().toLowerCase() + ").";
    }
    String hasil = d.hasilKerjaDiubah() || d.perilakuDiubah()
        ? "predikat " + predikat(d.predikatAwal()) + " diubah menjadi " + predikat(d.predikatAkhir())
        : "hasil penilaian tetap (predikat " + predikat(d.predikatAwal()) + ")";
    return diajukan + "; diputuskan " + tanggal(LocalDate.ofInstant(d.diputuskanPada(), Waktu.WIB)) + " oleh "
        + nz(d.diputuskanOleh()) + ": " + hasil + ". Keputusan keberatan bersifat final.";
  }

  private static String rating(Rating r) {
    return r == null ? "Belum dinilai" : r.label();
  }

  private static String predikat(Predikat p) {
    return p == null ? "Belum ditetapkan" : p.label();
  }

  private static String saran(Rating saran, Rating keputusan) {
    return saran == null || saran == keputusan ? "" : " (saran sistem: " + saran.label() + ")";
  }

  private static String alasan(String alasan) {
    return alasan == null || alasan.isBlank() ? "" : "\nAlasan: " + alasan.trim();
  }

  private static String umpanBalik(List<UmpanBalik> daftar) {
    if (daftar.isEmpty()) {
      return "-";
    }
    return String.join("\n", daftar.stream().map(UmpanBalik::isi).toList());
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
