package id.go.langsakota.kinerja.kinerjasaya;

import static id.go.langsakota.kinerja.web.PemanggilUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kinerjasaya.DataUjiKinerja.Orang;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pembinaan.Pembinaan;
import id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaService;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanService;
import id.go.langsakota.kinerja.pengembangan.PemicuPelatihan;
import id.go.langsakota.kinerja.penghargaan.KategoriPenghargaan;
import id.go.langsakota.kinerja.penghargaan.NominasiPenghargaan;
import id.go.langsakota.kinerja.penghargaan.NominasiPenghargaanRepository;
import id.go.langsakota.kinerja.penghargaan.PemenangPenghargaan;
import id.go.langsakota.kinerja.penghargaan.PemenangPenghargaanRepository;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaan;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanRepository;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Kinerja saya" shows the follow-ups of the year (issue 9): a training need assigned and overdue,
 * a pembinaan with its agreed plan and a check-in, an award won. Each is created through the
 * services of its process (the award's winner row through its repositories, as tetapkanPemenang
 * needs a whole selection); the ASN, the supervisor and BKPSDM see them, a colleague is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KinerjaSayaTindakLanjutTest {

  @Autowired KinerjaSayaService service;
  @Autowired ApplicationContext context;
  @Autowired KebutuhanPelatihanService kebutuhanService;
  @Autowired KatalogPelatihanRepository katalogRepository;
  @Autowired PembinaanKinerjaService pembinaanService;
  @Autowired SkpRepository skpRepository;
  @Autowired SeleksiPenghargaanRepository seleksiRepository;
  @Autowired NominasiPenghargaanRepository nominasiRepository;
  @Autowired PemenangPenghargaanRepository pemenangRepository;
  @Autowired PlatformTransactionManager tx;

  @Test
  void tanpaTindakLanjutSemuaBagianKosong() {
    Orang o = new DataUjiKinerja(context).buat();
    RincianKinerja r = service.rincian(o.asn(), DataUjiKinerja.TAHUN, sebagai(o.asn(), "ROLE_PEGAWAI"));
    assertThat(r.kebutuhanPelatihan()).isEmpty();
    assertThat(r.pembinaan()).isNull();
    assertThat(r.penghargaan()).isEmpty();
  }

  @Test
  void kebutuhanPelatihanPembinaanDanPenghargaanTampilBagiAsnPenilaiDanBkpsdm() {
    Orang o = new DataUjiKinerja(context).buat();
    int tahun = DataUjiKinerja.TAHUN;
    LocalDate hariIni = Waktu.hariIni();

    // 1. training need: opened by BKPSDM, assigned, then reported overdue by the process' timer step
    KebutuhanPelatihan k = kebutuhanService.buka(o.asn(), tahun, PemicuPelatihan.BKPSDM,
        "Manajemen waktu dalam penyelesaian layanan kepegawaian", null, null, null, o.bkpsdm());
    String katalogId = kebutuhanService.opsi(k.getId()).get(0).get("value");
    String namaKatalog = katalogRepository.findById(Long.valueOf(katalogId)).orElseThrow().getNama();
    kebutuhanService.tetapkan(k.getId(), katalogId, hariIni, hariIni.plusDays(14), null, o.bkpsdm());
    assertThat(kebutuhanService.tandaiTerlambat(k.getId())).isTrue();

    // 2. pembinaan: the final predikat Butuh Perbaikan, plan agreed, period started, one check-in
    new TransactionTemplate(tx).executeWithoutResult(x -> {
      Skp skp = skpRepository.findById(o.skpId()).orElseThrow();
      skp.setPredikatTahunan(Predikat.BUTUH_PERBAIKAN);
      skp.setTanggalPredikatFinal(Instant.parse("2026-01-12T03:00:00Z"));
    });
    Instant t = Instant.now();
    Pembinaan p = pembinaanService.mulaiManual(o.skpId(), o.bkpsdm(), t);
    String penilai = p.getPejabatPenilai();
    pembinaanService.susunRencana(p.getId(), penilai, "Menyelesaikan usul mutasi paling lama 3 hari",
        "Pendampingan harian oleh Kasi", "Setiap Senin pertama tiap bulan", t);
    pembinaanService.tanggapiRencana(p.getId(), o.asn(), true, null, t);
    pembinaanService.mulaiMasa(p.getId(), hariIni);
    pembinaanService.catatPertemuan(p.getId(), penilai, hariIni, "Target minggu ini tercapai.",
        "Saya butuh contoh format usul.", t);

    // 3. award: the approved selection of the year with its decree, the ASN recorded as winner
    new TransactionTemplate(tx).executeWithoutResult(x -> {
      SeleksiPenghargaan s = seleksiRepository.findByTahun(tahun)
          .orElseGet(() -> seleksiRepository.save(new SeleksiPenghargaan(tahun, o.bkpsdm(), null)));
      if (s.getNomorKeputusan() == null) {
        s.setNomorKeputusan("800/123/2026");
      }
      NominasiPenghargaan n = nominasiRepository.save(new NominasiPenghargaan(s.getId(), "OPD-UJI",
          KategoriPenghargaan.NON_MANAJERIAL, o.asn(), "Layanan tercepat di BKPSDM", o.kadis()));
      pemenangRepository.save(new PemenangPenghargaan(tahun, n, "walikota"));
    });
    String nomor = seleksiRepository.findByTahun(tahun).orElseThrow().getNomorKeputusan();

    for (String siapa : List.of(o.asn(), o.kasi(), o.bkpsdm())) {
      RincianKinerja r = service.rincian(o.asn(), tahun,
          sebagai(siapa, siapa.equals(o.bkpsdm()) ? "ROLE_BKPSDM" : "ROLE_PEGAWAI"));

      assertThat(r.kebutuhanPelatihan()).singleElement().satisfies(x -> {
        assertThat(x.labelPemicu()).isEqualTo("Ditetapkan BKPSDM");
        assertThat(x.kesenjangan()).isEqualTo("Manajemen waktu dalam penyelesaian layanan kepegawaian");
        assertThat(x.status()).isEqualTo("DITETAPKAN");
        assertThat(x.labelStatus()).isEqualTo("Pelatihan ditetapkan");
        assertThat(x.namaPelatihan()).isEqualTo(namaKatalog);
        assertThat(x.tanggalMulai()).isEqualTo(hariIni);
        assertThat(x.tanggalSelesai()).isEqualTo(hariIni.plusDays(14));
        assertThat(x.batasLapor()).isAfterOrEqualTo(hariIni.plusDays(14));
        assertThat(x.terlambat()).isTrue();
        assertThat(x.jpDikreditkan()).isNull();
      });

      RincianKinerja.PembinaanTahunan b = r.pembinaan();
      assertThat(b).isNotNull();
      assertThat(b.status()).isEqualTo("BERJALAN");
      assertThat(b.labelStatus()).isEqualTo("Masa pembinaan berjalan");
      assertThat(b.predikatAwal()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
      assertThat(b.tanggalMulaiMasa()).isEqualTo(hariIni);
      assertThat(b.tanggalAkhirMasa()).isEqualTo(hariIni.plusMonths(b.bulanPembinaan()));
      assertThat(b.rencana().status()).isEqualTo("DISETUJUI");
      assertThat(b.rencana().tujuan()).isEqualTo("Menyelesaikan usul mutasi paling lama 3 hari");
      assertThat(b.rencana().dukungan()).isEqualTo("Pendampingan harian oleh Kasi");
      assertThat(b.rencana().jadwalPertemuan()).isEqualTo("Setiap Senin pertama tiap bulan");
      assertThat(b.pertemuan()).singleElement().satisfies(m -> {
        assertThat(m.bulanKe()).isEqualTo(1);
        assertThat(m.tanggal()).isEqualTo(hariIni);
        assertThat(m.catatanPenilai()).isEqualTo("Target minggu ini tercapai.");
        assertThat(m.tanggapanAsn()).isEqualTo("Saya butuh contoh format usul.");
      });
      assertThat(b.evaluasi()).isNull();
      assertThat(b.rekomendasi()).isNull();
      assertThat(b.keputusan()).isNull();

      assertThat(r.penghargaan()).singleElement().satisfies(a -> {
        assertThat(a.tahun()).isEqualTo(tahun);
        assertThat(a.kategori()).isEqualTo("NON_MANAJERIAL");
        assertThat(a.labelKategori()).isEqualTo("Non-manajerial");
        assertThat(a.nomorKeputusan()).isNotNull().isEqualTo(nomor);
      });
    }

    // a colleague in the same unit sees none of it, not even that it exists
    assertThatThrownBy(() -> service.rincian(o.asn(), tahun, sebagai(o.rekan(), "ROLE_PEGAWAI")))
        .isInstanceOf(AccessDeniedException.class);
    // the other years stay empty: the follow-ups belong to the SKP's year
    assertThat(pemenangRepository.findByNipOrderByTahunDesc(o.asn())).extracting(PemenangPenghargaan::getTahun)
        .containsOnly(tahun);
  }
}
