package id.go.langsakota.kinerja.penghargaan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.ProfilPegawai;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The announcement of a year's winners: the decree text (lines) and the PDF, with the same
 * library and font as the SKP documents (OpenPDF, Liberation Sans).
 */
@Component
public class PengumumanPenghargaan {

  private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};

  private final PenghargaanService service;
  private final RegisterOrganisasiService register;

  public PengumumanPenghargaan(PenghargaanService service, RegisterOrganisasiService register) {
    this.service = service;
    this.register = register;
  }

  /** The decree text, one paragraph per line; refused before the Wali Kota approved. */
  @Transactional(readOnly = true)
  public List<String> teks(int tahun) {
    SeleksiPenghargaan s = service.ambil(tahun);
    if (s.getStatus() != SeleksiPenghargaan.Status.DITETAPKAN) {
      throw new IsianTidakValidException("Pengumuman penghargaan tahun " + tahun + " belum tersedia: penetapan "
          + "belum disetujui Wali Kota");
    }
    LocalDate tgl = s.getDiputusPada() == null ? LocalDate.now(Waktu.WIB) : s.getDiputusPada().atZone(Waktu.WIB).toLocalDate();
    List<String> t = new ArrayList<>();
    t.add("PEMERINTAH KOTA LANGSA");
    t.add("KEPUTUSAN WALI KOTA LANGSA");
    t.add("NOMOR " + (s.getNomorKeputusan() == null ? "-" : s.getNomorKeputusan()));
    t.add("TENTANG PENETAPAN APARATUR SIPIL NEGARA BERKINERJA TERBAIK TAHUN " + tahun);
    t.add("WALI KOTA LANGSA,");
    t.add("Menimbang: bahwa berdasarkan hasil penilaian kinerja tahun " + tahun + ", nominasi kepala perangkat daerah, "
        + "penilaian Tim Penilai Kinerja, dan untuk memberikan penghargaan kepada ASN yang menunjukkan kinerja "
        + "Sangat Baik, perlu menetapkan ASN berkinerja terbaik.");
    t.add("Mengingat: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; Peraturan Pemerintah "
        + "Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil; Peraturan Menteri PANRB Nomor 6 "
        + "Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara.");
    t.add("MEMUTUSKAN:");
    t.add("Menetapkan: Aparatur Sipil Negara berkinerja terbaik Pemerintah Kota Langsa tahun " + tahun
        + " sebagai berikut:");
    List<PemenangPenghargaan> pemenang = service.pemenang(tahun);
    if (pemenang.isEmpty()) {
      t.add("(tidak ada pemenang)");
    }
    for (PemenangPenghargaan p : pemenang) {
      String nama = register.profilPegawai(p.getNip(), tgl).map(ProfilPegawai::namaLengkap).orElse(p.getNip());
      t.add("Kategori " + p.getKategori().label() + ": " + nama + ", NIP " + p.getNip() + " (nilai Tim Penilai Kinerja "
          + (p.getNilaiTim() == null ? "-" : p.getNilaiTim().toPlainString()) + ", skor rekam kinerja "
          + (p.getSkor() == null ? "-" : p.getSkor().toPlainString()) + ").");
    }
    t.add("Keputusan ini mulai berlaku pada tanggal ditetapkan.");
    t.add("Ditetapkan di Langsa pada tanggal " + tgl.getDayOfMonth() + " " + BULAN[tgl.getMonthValue() - 1] + " "
        + tgl.getYear());
    t.add("WALI KOTA LANGSA");
    return t;
  }

  public byte[] pdf(int tahun) {
    List<String> teks = teks(tahun);
    BaseFont huruf = huruf();
    Font biasa = new Font(huruf, 10f);
    Font tebal = new Font(huruf, 11f, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle("Pengumuman penghargaan ASN berkinerja terbaik " + tahun);
      doc.open();
      for (int i = 0; i < teks.size(); i++) {
        boolean judul = i < 4 || teks.get(i).equals("MEMUTUSKAN:") || teks.get(i).startsWith("WALI KOTA");
        Paragraph p = new Paragraph(teks.get(i), judul ? tebal : biasa);
        p.setAlignment(i < 4 || teks.get(i).equals("MEMUTUSKAN:") ? Element.ALIGN_CENTER : Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(6f);
        doc.add(p);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Pengumuman penghargaan tidak dapat dibuat", e);
    }
    return out.toByteArray();
  }

  private static BaseFont huruf() {
    try (InputStream in = PengumumanPenghargaan.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("Huruf Liberation Sans tidak ditemukan di OpenPDF");
      }
      return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
