package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.ekspor.TabelExcel;
import id.go.langsakota.kinerja.ekspor.TabelExcel.Kolom;
import id.go.langsakota.kinerja.ekspor.TabelExcel.Lembar;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pemantauan.KesehatanProsesService.BarisKesehatan;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.BarisKurva;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.Kurva;
import id.go.langsakota.kinerja.pemantauan.OrangService.DaftarOrang;
import id.go.langsakota.kinerja.pemantauan.OrangService.Orang;
import id.go.langsakota.kinerja.pemantauan.PemantauanService.BarisPengisian;
import id.go.langsakota.kinerja.pemantauan.PemantauanService.Pengisian;
import id.go.langsakota.kinerja.pemantauan.RingkasanKotaService.OpdRingkas;
import id.go.langsakota.kinerja.pemantauan.RingkasanKotaService.Ringkasan;
import id.go.langsakota.kinerja.pemantauan.TindakLanjutService.TindakLanjut;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Excel twins of the monitoring views (one workbook per view, built with {@link TabelExcel}):
 * title "Pemantauan Kinerja — &lt;view&gt; — Tahun … — &lt;OPD or Kota Langsa&gt;", the filters and the
 * dates, then the same rows and numbers as the JSON.
 */
final class EksporPemantauan {

  static final String JUDUL = "Pemantauan Kinerja";

  private EksporPemantauan() {}

  static String judul(String tampilan, FilterPemantauan f) {
    return JUDUL + " — " + tampilan + " — Tahun " + f.tahun() + " — " + f.wilayah();
  }

  static List<String> keterangan(FilterPemantauan f, String tambahan) {
    List<String> k = new ArrayList<>();
    k.add("Filter: tahun " + f.tahun() + ", periode " + (f.periode() == null ? "semua" : f.periode().toString())
        + ", OPD " + (f.kodeOpd() == null ? "semua OPD" : f.namaOpd() + " (" + f.kodeOpd() + ")")
        + (tambahan == null ? "" : ", " + tambahan));
    k.add("Register per " + TabelExcel.TANGGAL.format(f.acuan()) + " · " + TabelExcel.dicetak(Waktu.hariIni()));
    return k;
  }

  static String tanggal(LocalDate t) {
    return t == null ? "" : TabelExcel.TANGGAL.format(t);
  }

  static byte[] pengisian(Pengisian p, FilterPemantauan f) {
    try (TabelExcel x = new TabelExcel()) {
      Lembar l = x.lembar("Pengisian", judul("Pengisian", f), keterangan(f, null), List.of(
          new Kolom("No", 5), new Kolom("Kode OPD", 12), new Kolom("Nama OPD", 36), new Kolom("Jumlah ASN", 10),
          new Kolom("SKP belum disusun", 12), new Kolom("SKP menunggu persetujuan", 13), new Kolom("SKP disepakati", 12),
          new Kolom("Periode dilaporkan", 12), new Kolom("Periode dinilai", 11), new Kolom("Periode terlambat", 11),
          new Kolom("Terlambat terlama (hari)", 12), new Kolom("Penilaian tahunan selesai", 13)));
      int no = 1;
      for (BarisPengisian b : p.baris()) {
        baris(l, no++, b);
      }
      baris(l, null, p.total());
      return x.bytes();
    }
  }

  private static void baris(Lembar l, Integer no, BarisPengisian b) {
    l.baris(no == null ? "Jumlah" : no, b.kodeOpd() == null ? "" : b.kodeOpd(), b.namaOpd(), b.jumlahAsn(),
        b.skpBelumDisusun(), b.skpMenungguPersetujuan(), b.skpDisepakati(), b.periodeDilaporkan(), b.periodeDinilai(),
        b.periodeTerlambat(), b.terlambatTerlamaHari(), b.penilaianTahunanSelesai());
  }

  static byte[] orang(DaftarOrang d, FilterPemantauan f) {
    try (TabelExcel x = new TabelExcel()) {
      List<String> ket = keterangan(f, "kolom " + d.kolom() + (d.tahap() == null ? "" : ", tahap " + d.tahap()));
      ket.add(d.judul() + ": " + d.jumlah() + " baris");
      Lembar l = x.lembar("Daftar nama", JUDUL + " — " + d.judul(), ket, List.of(new Kolom("No", 5),
          new Kolom("NIP", 21), new Kolom("Nama", 30), new Kolom("Jabatan", 28), new Kolom("OPD", 28),
          new Kolom("Keterangan", 36), new Kolom("Sejak", 16), new Kolom("Terlambat (hari)", 11)));
      int no = 1;
      for (Orang o : d.orang()) {
        l.baris(no++, o.nip(), o.nama(), o.jabatan(), o.namaOpd(), o.keterangan(), tanggal(o.sejak()), o.terlambatHari());
      }
      if (d.jumlah() > d.orang().size()) {
        l.catatan("Hanya " + d.orang().size() + " dari " + d.jumlah() + " baris pertama; persempit filter (OPD, periode).");
      }
      return x.bytes();
    }
  }

  static byte[] kurva(Kurva k, FilterPemantauan f) {
    try (TabelExcel x = new TabelExcel()) {
      List<Kolom> kolom = new ArrayList<>(List.of(new Kolom("Kode OPD", 12), new Kolom("Nama OPD", 34),
          new Kolom("Predikat organisasi", 14), new Kolom("Status kalibrasi", 14), new Kolom("Jumlah dinilai", 10)));
      for (Predikat p : Predikat.values()) {
        kolom.add(new Kolom(p.label() + " (orang)", 11));
      }
      for (Predikat p : Predikat.values()) {
        kolom.add(new Kolom(p.label() + " (%)", 11));
      }
      kolom.add(new Kolom("Melanggar pola", 10));
      kolom.add(new Kolom("Pola dan pemeriksaannya", 60));
      Lembar l = x.lembar("Kurva", judul("Kurva distribusi " + k.tahap().label(), f),
          keterangan(f, "tahap " + k.tahap().label()), kolom);
      for (BarisKurva b : k.baris()) {
        List<Object> sel = new ArrayList<>(List.of(b.kodeOpd(), b.namaOpd(),
            b.predikatOrganisasi() == null ? "belum ditetapkan" : b.predikatOrganisasi().label(), b.statusKalibrasi(),
            b.jumlahDinilai()));
        for (Predikat p : Predikat.values()) {
          sel.add(b.jumlah().get(p));
        }
        for (Predikat p : Predikat.values()) {
          sel.add(b.persen().get(p));
        }
        sel.add(b.predikatOrganisasi() == null ? "-" : b.melanggarPola() ? "ya" : "tidak");
        sel.add(b.pola().isEmpty() ? b.catatan()
            : b.pola().stream().map(KurvaPemantauanService.Pola::pesan).collect(Collectors.joining("; ")));
        l.baris(sel.toArray());
      }
      List<Object> kota = new ArrayList<>(List.of("", k.kota().namaOpd(), "", "", k.kota().jumlahDinilai()));
      for (Predikat p : Predikat.values()) {
        kota.add(k.kota().jumlah().get(p));
      }
      for (Predikat p : Predikat.values()) {
        kota.add(k.kota().persen().get(p));
      }
      l.baris(kota.toArray());
      return x.bytes();
    }
  }

  static byte[] tindakLanjut(TindakLanjut t, FilterPemantauan f) {
    try (TabelExcel x = new TabelExcel()) {
      Lembar k = x.lembar("Keberatan", judul("Keberatan terbuka", f), keterangan(f, "terbuka " + t.keberatan().terbuka()
          + ", lewat batas " + t.keberatan().lewatBatas()), List.of(new Kolom("No", 5), new Kolom("NIP", 21),
          new Kolom("Nama", 30), new Kolom("OPD", 30), new Kolom("Tahap", 26), new Kolom("Batas keputusan", 16),
          new Kolom("Lewat batas", 10)));
      int no = 1;
      for (TindakLanjutService.KeberatanTerbuka b : t.keberatan().daftar()) {
        k.baris(no++, b.nip(), b.nama(), b.namaOpd(), b.tahap(), tanggal(b.batas()), b.lewatBatas() ? "ya" : "tidak");
      }
      Lembar p = x.lembar("Pelatihan", judul("Pelatihan dan JP", f), keterangan(f, "JP minimal "
          + t.pelatihan().jpMinimal()), List.of(new Kolom("No", 5), new Kolom("Kode OPD", 12), new Kolom("Nama OPD", 36),
          new Kolom("Pelatihan ditetapkan", 12), new Kolom("Pelatihan selesai", 12), new Kolom("Terverifikasi", 12),
          new Kolom("Jumlah JP", 10), new Kolom("ASN di bawah " + t.pelatihan().jpMinimal() + " JP", 12)));
      no = 1;
      for (TindakLanjutService.BarisPelatihan b : t.pelatihan().baris()) {
        p.baris(no++, b.kodeOpd(), b.namaOpd(), b.ditetapkan(), b.selesai(), b.terverifikasi(), b.jumlahJp(),
            b.asnDiBawah20Jp());
      }
      Lembar h = x.lembar("Penghargaan", judul("Seleksi penghargaan", f), keterangan(f, "tahap "
          + t.penghargaan().tahap() + (t.penghargaan().batas() == null ? "" : ", batas " + tanggal(t.penghargaan().batas()))),
          List.of(new Kolom("Kategori", 18), new Kolom("NIP", 21), new Kolom("Nama", 32), new Kolom("OPD", 32)));
      for (TindakLanjutService.Pemenang w : t.penghargaan().pemenang()) {
        h.baris(w.kategori(), w.nip(), w.nama(), w.namaOpd());
      }
      Lembar b = x.lembar("Pembinaan", judul("Pembinaan berjalan", f), keterangan(f, "berjalan "
          + t.pembinaan().berjalan()), List.of(new Kolom("No", 5), new Kolom("NIP", 21), new Kolom("Nama", 30),
          new Kolom("OPD", 30), new Kolom("Tahap", 28), new Kolom("Mulai", 16), new Kolom("Selesai (rencana)", 16)));
      no = 1;
      for (TindakLanjutService.PembinaanBerjalan r : t.pembinaan().daftar()) {
        b.baris(no++, r.nip(), r.nama(), r.namaOpd(), r.tahap(), tanggal(r.mulai()), tanggal(r.selesaiRencana()));
      }
      return x.bytes();
    }
  }

  static byte[] kesehatan(KesehatanProsesService.Kesehatan k) {
    try (TabelExcel x = new TabelExcel()) {
      Lembar l = x.lembar("Kesehatan proses", JUDUL + " — Kesehatan proses",
          List.of(TabelExcel.dicetak(Waktu.hariIni())), List.of(new Kolom("Kunci proses", 26),
              new Kolom("Nama proses", 34), new Kolom("Instans aktif", 10), new Kolom("Insiden", 9),
              new Kolom("Job gagal", 9), new Kolom("Keterangan", 60)));
      for (BarisKesehatan b : k.baris()) {
        l.baris(b.kunciProses(), b.namaProses(), b.instansAktif(), b.insiden(), b.jobGagal(), b.contohPesan());
      }
      return x.bytes();
    }
  }

  static byte[] ringkasan(Ringkasan r, FilterPemantauan f) {
    try (TabelExcel x = new TabelExcel()) {
      List<Kolom> kolom = new ArrayList<>(List.of(new Kolom("Nama OPD", 36), new Kolom("Predikat organisasi", 14),
          new Kolom("Jumlah dinilai", 10)));
      for (Predikat p : Predikat.values()) {
        kolom.add(new Kolom(p.label() + " (%)", 11));
      }
      kolom.add(new Kolom("Melanggar pola", 10));
      Lembar l = x.lembar("Ringkasan kota", judul("Ringkasan kota", f), keterangan(f, "predikat final (setelah keberatan)"),
          kolom);
      for (OpdRingkas o : r.perOpd()) {
        List<Object> sel = new ArrayList<>(List.of(o.namaOpd(),
            o.predikatOrganisasi() == null ? "belum ditetapkan" : o.predikatOrganisasi().label(), o.jumlahDinilai()));
        for (Predikat p : Predikat.values()) {
          sel.add(o.persen().get(p));
        }
        sel.add(o.predikatOrganisasi() == null ? "-" : o.melanggarPola() ? "ya" : "tidak");
        l.baris(sel.toArray());
      }
      List<Object> kota = new ArrayList<>(List.of(r.kurva().namaOpd(), "", r.kurva().jumlahDinilai()));
      for (Predikat p : Predikat.values()) {
        kota.add(r.kurva().persen().get(p));
      }
      l.baris(kota.toArray());
      Lembar t = x.lembar("Tindak lanjut", judul("Tindak lanjut", f), keterangan(f, null),
          List.of(new Kolom("Tindak lanjut", 40), new Kolom("Jumlah / tahap", 24)));
      t.baris("Keberatan terbuka", r.tindakLanjut().keberatanTerbuka());
      t.baris("Pelatihan ditetapkan", r.tindakLanjut().pelatihanDitetapkan());
      t.baris("Pelatihan selesai", r.tindakLanjut().pelatihanSelesai());
      t.baris("ASN di bawah JP minimal", r.tindakLanjut().asnDiBawah20Jp());
      t.baris("Seleksi penghargaan", r.tindakLanjut().penghargaanTahap());
      t.baris("Pembinaan berjalan", r.tindakLanjut().pembinaanBerjalan());
      return x.bytes();
    }
  }
}
