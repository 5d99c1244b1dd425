package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.penilaian.RatingPerilakuPeriodik;
import id.go.langsakota.kinerja.penilaian.RatingPerilakuPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.RealisasiIndikator;
import id.go.langsakota.kinerja.penilaian.RealisasiIndikatorRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.UmpanBalik;
import id.go.langsakota.kinerja.penilaian.UmpanBalikRepository;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hand-built year of one ASN (Nur'aini, pelaksana in a seksi of a test dinas) written straight
 * through the repositories: her SKP 2025 (3 RHK, 4 indicators), two rated periods (Januari and
 * Februari) and the annual result. Every derived number (capaian, category) is written here as a
 * person would compute it, so tests compare against these values, not against the code.
 */
final class DataUjiKinerja {

  static final int TAHUN = 2025;
  static final String RHK_PANJANG = "Terlaksananya pelayanan administrasi kepegawaian yang cepat, "
      + "tepat dan akuntabel bagi seluruh aparatur sipil negara di lingkungan Dinas Uji Kota Langsa, "
      + "termasuk verifikasi berkas kenaikan pangkat, pensiun, cuti dan mutasi secara daring";
  static final String UMPAN_BALIK_1 = "Pertahankan kecepatan layanan; dokumentasikan setiap "
      + "verifikasi di aplikasi.";

  /** The people of one fixture. */
  record Orang(String asn, String kasi, String kabid, String kadis, String rekan, String asing,
      String bkpsdm, String opdNama, Long skpId) {}

  final OpdRepository opdRepo;
  final UnitKerjaRepository unitRepo;
  final JabatanRepository jabatanRepo;
  final PegawaiRepository pegawaiRepo;
  final PenugasanJabatanRepository penugasanRepo;
  final PeranPenggunaRepository peranRepo;
  final SkpRepository skpRepo;
  final PenilaianPeriodikRepository penilaianRepo;
  final RealisasiIndikatorRepository realisasiRepo;
  final UmpanBalikRepository umpanBalikRepo;
  final RatingPerilakuPeriodikRepository ratingPerilakuRepo;

  final TransactionTemplate transaksi;

  /** Not a bean (a test bean would change every other test's context): built from the context. */
  DataUjiKinerja(ApplicationContext c) {
    this.opdRepo = c.getBean(OpdRepository.class);
    this.unitRepo = c.getBean(UnitKerjaRepository.class);
    this.jabatanRepo = c.getBean(JabatanRepository.class);
    this.pegawaiRepo = c.getBean(PegawaiRepository.class);
    this.penugasanRepo = c.getBean(PenugasanJabatanRepository.class);
    this.peranRepo = c.getBean(PeranPenggunaRepository.class);
    this.skpRepo = c.getBean(SkpRepository.class);
    this.penilaianRepo = c.getBean(PenilaianPeriodikRepository.class);
    this.realisasiRepo = c.getBean(RealisasiIndikatorRepository.class);
    this.umpanBalikRepo = c.getBean(UmpanBalikRepository.class);
    this.ratingPerilakuRepo = c.getBean(RatingPerilakuPeriodikRepository.class);
    this.transaksi = new TransactionTemplate(c.getBean(PlatformTransactionManager.class));
  }

  Orang buat() {
    return transaksi.execute(s -> buatDalamTransaksi());
  }

  private Orang buatDalamTransaksi() {
    String k = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    String namaOpd = "Dinas Uji Kinerja " + k;
    Opd opd = opdRepo.save(new Opd("K" + k, namaOpd, "DUK" + k));
    UnitKerja unit = unitRepo.save(new UnitKerja("KU" + k, "Bidang Kepegawaian", opd, null));
    Opd opdLain = opdRepo.save(new Opd("L" + k, "Dinas Lain " + k, "DL" + k));
    UnitKerja unitLain = unitRepo.save(new UnitKerja("LU" + k, "Bidang Lain", opdLain, null));
    Jabatan kadis = new Jabatan("KK" + k, "Kepala Dinas Uji", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    Jabatan kabid = jabatanRepo.save(new Jabatan("KB" + k, "Kepala Bidang Kepegawaian", JenisJabatan.ADMINISTRATOR, 11, unit, kadis));
    Jabatan kasi = jabatanRepo.save(new Jabatan("KS" + k, "Kepala Seksi Mutasi", JenisJabatan.PENGAWAS, 9, unit, kabid));
    Jabatan pelaksana = jabatanRepo.save(new Jabatan("KP" + k, "Pengadministrasi Kepegawaian", JenisJabatan.PELAKSANA, 6, unit, kasi));
    Jabatan pelaksana2 = jabatanRepo.save(new Jabatan("KP2" + k, "Pengelola Arsip", JenisJabatan.PELAKSANA, 5, unit, kasi));
    Jabatan jabLain = jabatanRepo.save(new Jabatan("LP" + k, "Pengelola Keuangan", JenisJabatan.PELAKSANA, 5, unitLain, null));

    String nipKadis = pegawai("Teuku Ridwan", kadis, "Pembina Utama Muda (IV/c)");
    String nipKabid = pegawai("Cut Mutia", kabid, null);
    String nipKasi = pegawai("Safrizal", kasi, "Penata Tk. I (III/d)");
    String nipAsn = pegawai("Nur'aini Zulfa", pelaksana, "Pengatur (II/c)");
    String nipRekan = pegawai("Rekan Sekantor", pelaksana2, null);
    String nipAsing = pegawai("Orang Asing", jabLain, null);
    Pegawai staf = pegawaiRepo.save(new Pegawai(DataUjiIdentitas.nipBaru(), "Staf BKPSDM", JenisAsn.PNS));
    DataUjiIdentitas.peran(peranRepo, staf.getNip(), staf.getNama(), Peran.BKPSDM);

    // the kasi's own SKP, so the ASN's RHK 1 can name the RHK it intervenes in
    Skp skpKasi = new Skp(nipKasi, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja rhkKasi = skpKasi.tambahRhk(JenisRhk.UTAMA, "Meningkatnya kualitas layanan mutasi pegawai");
    skpRepo.save(skpKasi);

    Skp skp = new Skp(nipAsn, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DINILAI);
    skp.setIdPejabatPenilai(nipKasi);
    skp.setTanggalDisetujui(Instant.parse("2025-01-20T03:00:00Z"));
    RencanaHasilKerja r1 = skp.tambahRhk(JenisRhk.UTAMA, RHK_PANJANG);
    r1.setRhkAtasan(rhkKasi);
    IndikatorKinerja i11 = r1.tambahIndikator(AspekIndikator.KUANTITAS, "Jumlah berkas terverifikasi",
        new BigDecimal("12"), "berkas", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    IndikatorKinerja i12 = r1.tambahIndikator(AspekIndikator.WAKTU, "Rata-rata waktu verifikasi",
        new BigDecimal("4"), "hari", ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK);
    RencanaHasilKerja r2 = skp.tambahRhk(JenisRhk.UTAMA, "Tersusunnya laporan cuti pegawai");
    r2.setRhkAtasan(rhkKasi);
    IndikatorKinerja i21 = r2.tambahIndikator(AspekIndikator.KUALITAS, "Laporan diterima tanpa revisi",
        new BigDecimal("90"), "%", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    RencanaHasilKerja r3 = skp.tambahRhk(JenisRhk.TAMBAHAN, "Menjadi narasumber sosialisasi e-Kinerja");
    IndikatorKinerja i31 = r3.tambahIndikator(AspekIndikator.KUANTITAS, "Sosialisasi terlaksana",
        new BigDecimal("2"), "kali", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp.getPerilakuKerja().stream().filter(p -> p.getNilai() == NilaiBerakhlak.BERORIENTASI_PELAYANAN)
        .forEach(p -> p.setEkspektasiKhusus("Ramah dan tuntas melayani pegawai yang datang ke loket"));
    // annual result (decided by the kasi): periods DI_ATAS (3) and SESUAI (2) → mean 2,5 → 3
    skp.setSaranRatingHasilKerja(Rating.DI_ATAS_EKSPEKTASI);
    skp.setRatingHasilKerjaTahunan(Rating.DI_ATAS_EKSPEKTASI);
    skp.setSaranRatingPerilaku(Rating.SESUAI_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(Predikat.BAIK);
    skp.setDinilaiOleh(nipKasi);
    skp.setTanggalDinilai(Instant.parse("2026-01-10T03:00:00Z"));
    skpRepo.save(skp);

    // Januari: 14/12 = 116,67 % above; 4/3 = 133,33 % above (lower is better); 95/90 = 105,56 % on;
    // 1/2 = 50 % below (TAMBAHAN). 2 of 4 above is not more than half → SESUAI.
    PenilaianPeriodik jan = periode(skp, 1, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI,
        "Narasumber dua kali dengan materi yang baik", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
        Predikat.BAIK, nipKasi);
    realisasi(jan, i11, "14", "116.67", Rating.DI_ATAS_EKSPEKTASI, "https://drive.example.go.id/berkas-januari", null);
    realisasi(jan, i12, "3", "133.33", Rating.DI_ATAS_EKSPEKTASI, null, "Lebih cepat dari target");
    realisasi(jan, i21, "95", "105.56", Rating.SESUAI_EKSPEKTASI, null, null);
    realisasi(jan, i31, "1", "50.00", Rating.DI_BAWAH_EKSPEKTASI, null, null);
    umpanBalikRepo.save(new UmpanBalik(jan.getId(), r1.getId(), UMPAN_BALIK_1, nipKasi));
    umpanBalikRepo.save(new UmpanBalik(jan.getId(), r3.getId(), "Tambah satu sesi sosialisasi.", nipKasi));
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      ratingPerilakuRepo.save(new RatingPerilakuPeriodik(jan.getId(), n,
          n == NilaiBerakhlak.KOLABORATIF ? Rating.DI_ATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI));
    }

    // Februari: 15/12 = 125 % above; 4/4 = 100 % on; 100/90 = 111,11 % above; 3/2 = 150 % above.
    // 3 of 4 above, no UTAMA below → DI_ATAS.
    PenilaianPeriodik feb = periode(skp, 2, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI,
        null, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Predikat.BAIK, nipKasi);
    realisasi(feb, i11, "15", "125.00", Rating.DI_ATAS_EKSPEKTASI, null, null);
    realisasi(feb, i12, "4", "100.00", Rating.SESUAI_EKSPEKTASI, null, null);
    realisasi(feb, i21, "100", "111.11", Rating.DI_ATAS_EKSPEKTASI, null, null);
    realisasi(feb, i31, "3", "150.00", Rating.DI_ATAS_EKSPEKTASI, null, null);
    umpanBalikRepo.save(new UmpanBalik(feb.getId(), r2.getId(), "Laporan cuti sudah rapi.", nipKasi));

    // Maret: reported nothing yet
    penilaianRepo.save(new PenilaianPeriodik(skp.getId(), nipAsn, TAHUN, 3, LocalDate.of(TAHUN, 3, 1),
        LocalDate.of(TAHUN, 3, 31)));

    return new Orang(nipAsn, nipKasi, nipKabid, nipKadis, nipRekan, nipAsing, staf.getNip(), namaOpd,
        skp.getId());
  }

  private PenilaianPeriodik periode(Skp skp, int ke, Rating saranHasil, Rating hasil, String alasan,
      Rating saranPerilaku, Rating perilaku, Predikat predikat, String penilai) {
    LocalDate mulai = LocalDate.of(TAHUN, ke, 1);
    PenilaianPeriodik p = new PenilaianPeriodik(skp.getId(), skp.getNip(), TAHUN, ke, mulai,
        mulai.withDayOfMonth(mulai.lengthOfMonth()));
    p.setStatus(StatusPenilaianPeriodik.SELESAI);
    p.setSaranRatingHasilKerja(saranHasil);
    p.setRatingHasilKerja(hasil);
    p.setAlasanRatingHasilKerja(alasan);
    p.setSaranRatingPerilaku(saranPerilaku);
    p.setRatingPerilaku(perilaku);
    p.setPredikat(predikat);
    p.setIdPejabatPenilai(penilai);
    p.setDinilaiPada(Instant.parse("2025-0" + (ke + 1) + "-12T03:00:00Z"));
    return penilaianRepo.save(p);
  }

  private void realisasi(PenilaianPeriodik p, IndikatorKinerja i, String nilai, String capaian,
      Rating kategori, String tautan, String keterangan) {
    RealisasiIndikator r = new RealisasiIndikator(p.getId(), i.getId());
    r.setRealisasi(new BigDecimal(nilai));
    r.setCapaian(new BigDecimal(capaian));
    r.setKategori(kategori);
    r.setTautanBukti(tautan);
    r.setKeterangan(keterangan);
    realisasiRepo.save(r);
  }

  private String pegawai(String nama, Jabatan jabatan, String pangkat) {
    Pegawai p = new Pegawai(DataUjiIdentitas.nipBaru(), nama, JenisAsn.PNS);
    p.setPangkatGolongan(pangkat);
    pegawaiRepo.save(p);
    penugasanRepo.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
    return p.getNip();
  }
}
