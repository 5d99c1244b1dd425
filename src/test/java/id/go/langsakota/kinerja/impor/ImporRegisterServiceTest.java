package id.go.langsakota.kinerja.impor;

import static id.go.langsakota.kinerja.impor.BerkasUji.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiBerubahEvent;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ImporRegisterServiceTest {

  @Autowired ImporRegisterService service;
  @Autowired JdbcTemplate jdbc;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired RegisterOrganisasiService register;
  @Autowired ApplicationEvents events;

  @BeforeEach
  @AfterEach
  void bersihkan() {
    RegisterUjiBersih.bersihkan(jdbc);
  }

  @Test
  void csvTitikKomaDiimporLaluImporUlangTidakMengubahApaPun() {
    byte[] berkas = organisasiAwal().csv(';', false);

    HasilImpor pertama = service.impor("register.csv", berkas, false);

    assertThat(pertama.kesalahan()).isEmpty();
    assertThat(pertama.diterima()).isTrue();
    assertThat(pertama.jumlahBaris()).isEqualTo(6);
    assertThat(pertama.opd()).isEqualTo(new Hitungan(1, 0, 0));
    assertThat(pertama.unitKerja()).isEqualTo(new Hitungan(3, 0, 0));
    assertThat(pertama.jabatan()).isEqualTo(new Hitungan(6, 0, 0));
    assertThat(pertama.pegawai()).isEqualTo(new Hitungan(4, 0, 0));
    assertThat(pertama.penugasan()).isEqualTo(new Hitungan(5, 0, 0));
    assertThat(pertama.nipBerubah()).containsExactlyInAnyOrder(NIP_A, NIP_B, NIP_C, NIP_D);
    assertThat(events.stream(PegawaiBerubahEvent.class))
        .singleElement()
        .satisfies(e -> assertThat(e.idPengguna()).containsExactlyInAnyOrder(NIP_A, NIP_B, NIP_C,
            NIP_D));

    // The imported tree answers the register's questions.
    LocalDate hariIni = LocalDate.now();
    assertThat(register.pejabatPenilai(NIP_D, hariIni)).map(Pejabat::nip).contains(NIP_C);
    assertThat(register.pejabatPenilai(NIP_C, hariIni)).map(Pejabat::nip).contains(NIP_B);
    assertThat(register.atasanPejabatPenilai(NIP_C, hariIni)).map(Pejabat::nip).contains(NIP_A);
    Pegawai kadis = pegawaiRepository.findByNip(NIP_A).orElseThrow();
    assertThat(kadis.getNamaLengkap()).isEqualTo("dr. Muhammad Yusuf");
    assertThat(pegawaiRepository.findByNip(NIP_B).orElseThrow().getPangkatGolongan())
        .isEqualTo("Pembina (IV/a)");
    assertThat(jdbc.queryForObject("select kepala_opd from jabatan where kode = 'UJI-KADIS'",
        Boolean.class)).isTrue();
    assertThat(jdbc.queryForObject("select tmt_mulai from penugasan_jabatan p join pegawai g on "
        + "g.id = p.pegawai_id where g.nip = ?", LocalDate.class, NIP_A))
        .isEqualTo(LocalDate.of(2019, 6, 15));
    assertThat(jdbc.queryForObject("select p.jenis from penugasan_jabatan p join jabatan j on "
        + "j.id = p.jabatan_id where j.kode = 'UJI-SEKRETARIS'", String.class)).isEqualTo("PLT");

    Map<String, Long> sebelum = RegisterUjiBersih.jumlah(jdbc);
    events.clear();

    HasilImpor kedua = service.impor("register.csv", berkas, false);

    assertThat(kedua.diterima()).isTrue();
    assertThat(kedua.adaPerubahan()).isFalse();
    assertThat(kedua.pesan()).startsWith("Tidak ada perubahan");
    assertThat(kedua.opd()).isEqualTo(new Hitungan(0, 0, 1));
    assertThat(kedua.unitKerja()).isEqualTo(new Hitungan(0, 0, 3));
    assertThat(kedua.jabatan()).isEqualTo(new Hitungan(0, 0, 6));
    assertThat(kedua.pegawai()).isEqualTo(new Hitungan(0, 0, 4));
    assertThat(kedua.penugasan()).isEqualTo(new Hitungan(0, 0, 5));
    assertThat(kedua.nipBerubah()).isEmpty();
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
    assertThat(events.stream(PegawaiBerubahEvent.class)).isEmpty();
  }

  @Test
  void xlsxDenganSelTanggalDanAngkaDiimporLaluImporUlangTidakMengubahApaPun() {
    byte[] berkas = organisasiAwal().xlsx();

    HasilImpor pertama = service.impor("register.xlsx", berkas, false);

    assertThat(pertama.kesalahan()).isEmpty();
    assertThat(pertama.jabatan()).isEqualTo(new Hitungan(6, 0, 0));
    assertThat(pertama.pegawai()).isEqualTo(new Hitungan(4, 0, 0));
    assertThat(pertama.penugasan()).isEqualTo(new Hitungan(5, 0, 0));
    assertThat(jdbc.queryForObject("select kelas_jabatan from jabatan where kode = 'UJI-KADIS'",
        Integer.class)).isEqualTo(14);
    assertThat(jdbc.queryForObject("select tmt_mulai from penugasan_jabatan p join pegawai g on "
        + "g.id = p.pegawai_id where g.nip = ?", LocalDate.class, NIP_C))
        .isEqualTo(LocalDate.of(2021, 3, 1));
    Map<String, Long> sebelum = RegisterUjiBersih.jumlah(jdbc);

    HasilImpor kedua = service.impor("register.xlsx", berkas, false);

    assertThat(kedua.adaPerubahan()).isFalse();
    assertThat(kedua.penugasan()).isEqualTo(new Hitungan(0, 0, 5));
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
    // The same register as CSV is the same data: nothing to do either.
    assertThat(service.impor("register.csv", organisasiAwal().csv(';', false), false)
        .adaPerubahan()).isFalse();
  }

  @Test
  void csvKomaDenganBomDanKutipDiimpor() {
    BerkasUji berkas = baru().baris(dengan(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji",
        "", "UJI-KADIS", "Kepala Dinas Kesehatan, Pengendalian Penduduk dan KB", "JPT", "14", ""),
        NIP_A, "Muhammad Yusuf", "15-06-2019"), "gelar_belakang", "S.E., M.Si."));

    HasilImpor hasil = service.impor("ekspor-simpeg.csv", berkas.csv(',', true), false);

    assertThat(hasil.kesalahan()).isEmpty();
    assertThat(hasil.jabatan()).isEqualTo(new Hitungan(1, 0, 0));
    assertThat(jdbc.queryForObject("select nama from jabatan where kode = 'UJI-KADIS'", String.class))
        .isEqualTo("Kepala Dinas Kesehatan, Pengendalian Penduduk dan KB");
    assertThat(pegawaiRepository.findByNip(NIP_A).orElseThrow().getNamaLengkap())
        .isEqualTo("Muhammad Yusuf, S.E., M.Si.");
  }

  @Test
  void berkasDenganBarisSalahDitolakSeluruhnyaDanTidakAdaYangDisimpan() {
    Map<String, String> kadis = jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-KADIS",
        "Kepala Dinas", "JPT", "14", "");
    Map<String, String> kabid = jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-KABID",
        "Kepala Bidang", "ADMINISTRATOR", "11", "UJI-KADIS");
    BerkasUji berkas = baru()
        .baris(pemangku(kadis, NIP_A, "Muhammad Yusuf", "15-06-2019"))                      // 2 ok
        .baris(pemangku(kabid, "19800202200501290", "Teuku Rizal", "02-01-2020"))           // 3 nip
        .baris(dengan(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-1", "Staf",
            "PELAKSANA", "18", "UJI-KABID"), "kelas_jabatan", "18"))                        // 4 kelas
        .baris(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-2", "Staf",
            "KEPALA", "6", "UJI-KABID"))                                                    // 5 jenis
        .baris(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-3", "Staf",
            "PELAKSANA", "6", "UJI-TIDAK-ADA"))                                             // 6 atasan
        .baris(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-X", "Jabatan X",
            "PENGAWAS", "9", "UJI-Y"))                                                      // 7 siklus
        .baris(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-Y", "Jabatan Y",
            "PENGAWAS", "9", "UJI-X"))                                                      // 8 siklus
        .baris(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-4", "Staf",
            "PELAKSANA", "6", "UJI-KADIS"), NIP_A, "Muhammad Yusuf", "01-01-2024"))        // 9 NIP 2x
        .baris(pemangku(kadis, NIP_C, "Cut Rahmah", "01-01-2024"))                          // 10 2 pemangku
        .baris(dengan(pemangku(kadis, NIP_D, "Nurul Hidayah", "01-01-2024"),
            "jenis_penugasan", "PLT"))                                                      // 11 PLT
        .baris(jabatan("UJI-SEKSI", "Seksi", "UJI-BIDANG-ENTAH", "UJI-STAF-5", "Staf",
            "PELAKSANA", "6", "UJI-KADIS"))                                                 // 12 induk
        .baris(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-6", "Staf",
            "PELAKSANA", "6", "UJI-KADIS"), NIP_E, "Agus Salim", "31-02-2023"))            // 13 tmt
        .baris(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "", "UJI-STAF-7", "Staf",
            "PELAKSANA", "enam", "UJI-KADIS"))                                              // 14 kelas
        ;
    Map<String, Long> sebelum = RegisterUjiBersih.jumlah(jdbc);

    HasilImpor hasil = service.impor("register.csv", berkas.csv(';', false), false);

    assertThat(hasil.diterima()).isFalse();
    assertThat(hasil.pesan()).isEqualTo("Berkas ditolak: " + hasil.kesalahan().size()
        + " kesalahan");
    assertThat(hasil.kesalahan()).extracting(Kesalahan::baris, Kesalahan::kolom)
        .containsExactly(
            tuple(3, "nip"),
            tuple(4, "kelas_jabatan"),
            tuple(5, "jenis_jabatan"),
            tuple(6, "kode_jabatan_atasan"),
            tuple(7, "kode_jabatan_atasan"),
            tuple(8, "kode_jabatan_atasan"),
            tuple(9, "nip"),
            tuple(10, "nip"),
            tuple(11, "jenis_penugasan"),
            tuple(12, "kode_unit_induk"),
            tuple(13, "tmt_jabatan"),
            tuple(14, "kelas_jabatan"));
    assertThat(hasil.kesalahan()).allSatisfy(k -> assertThat(k.alasan()).isNotBlank());
    assertThat(hasil.kesalahan().get(3).alasan()).contains("UJI-TIDAK-ADA");
    assertThat(hasil.kesalahan().get(4).alasan()).contains("UJI-X → UJI-Y → UJI-X");
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
    assertThat(events.stream(PegawaiBerubahEvent.class)).isEmpty();
  }

  @Test
  void pindahJabatanLewatImporUlangMenutupPenugasanLamaDanMenyimpanRiwayat() {
    assertThat(service.impor("awal.csv", organisasiAwal().csv(';', false), false).diterima())
        .isTrue();
    // NIP_D moves to a new jabatan from 1 July 2024; NIP_E takes over UJI-PERAWAT-1.
    BerkasUji pindah = new BerkasUji(SEMUA_KOLOM);
    for (Map<String, String> b : barisOrganisasiAwalTanpaPerawat()) {
      pindah.baris(b);
    }
    pindah.baris(dengan(pemangku(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-PERAWAT-2", "Perawat Ahli Muda", "FUNGSIONAL", "9", "UJI-KASI-RUJUKAN"),
            NIP_D, "Nurul Hidayah", "01-07-2024"), "jenjang", "Ahli Muda", "jenis_asn", "PPPK"))
        .baris(dengan(pemangku(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-PERAWAT-1", "Perawat Ahli Pertama", "FUNGSIONAL", "8", "UJI-KASI-RUJUKAN"),
            NIP_E, "Agus Salim", "01-09-2024"), "jenjang", "Ahli Pertama"));
    events.clear();

    HasilImpor hasil = service.impor("pindah.csv", pindah.csv(';', false), false);

    assertThat(hasil.kesalahan()).isEmpty();
    assertThat(hasil.jabatan()).isEqualTo(new Hitungan(1, 0, 6));
    assertThat(hasil.pegawai()).isEqualTo(new Hitungan(1, 0, 4));
    assertThat(hasil.penugasan()).isEqualTo(new Hitungan(2, 1, 4));
    assertThat(hasil.nipBerubah()).containsExactlyInAnyOrder(NIP_D, NIP_E);
    assertThat(events.stream(PegawaiBerubahEvent.class)).singleElement()
        .satisfies(e -> assertThat(e.idPengguna()).containsExactlyInAnyOrder(NIP_D, NIP_E));
    assertThat(riwayat(NIP_D)).containsExactly(
        List.of("UJI-PERAWAT-1", "DEFINITIF", LocalDate.of(2020, 1, 2), LocalDate.of(2024, 6, 30)),
        java.util.Arrays.asList("UJI-PERAWAT-2", "DEFINITIF", LocalDate.of(2024, 7, 1), null));
    assertThat(riwayat(NIP_E)).containsExactly(
        java.util.Arrays.asList("UJI-PERAWAT-1", "DEFINITIF", LocalDate.of(2024, 9, 1), null));
    assertThat(register.jabatanDefinitif(NIP_D, LocalDate.of(2024, 6, 30)))
        .map(p -> p.getJabatan().getKode()).contains("UJI-PERAWAT-1");
    assertThat(register.jabatanDefinitif(NIP_D, LocalDate.of(2024, 7, 1)))
        .map(p -> p.getJabatan().getKode()).contains("UJI-PERAWAT-2");

    Map<String, Long> sebelum = RegisterUjiBersih.jumlah(jdbc);
    HasilImpor ulang = service.impor("pindah.csv", pindah.csv(';', false), false);
    assertThat(ulang.adaPerubahan()).isFalse();
    assertThat(ulang.penugasan()).isEqualTo(new Hitungan(0, 0, 6));
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
    // The old file again would move NIP_D back to a TMT before the new one: refused.
    HasilImpor lama = service.impor("awal.csv", organisasiAwal().csv(';', false), false);
    assertThat(lama.diterima()).isFalse();
    assertThat(lama.kesalahan()).extracting(Kesalahan::baris, Kesalahan::kolom)
        .contains(tuple(5, "tmt_jabatan"));
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
  }

  @Test
  void pltDitolakBilaJabatanMasihPunyaPemangkuDefinitifDiBasisData() {
    service.impor("awal.csv", organisasiAwal().csv(';', false), false);
    BerkasUji plt = baru().baris(dengan(pemangku(jabatan("UJI-BIDANG-YANKES",
        "Bidang Pelayanan Kesehatan", "UJI-DINKES", "UJI-KABID-YANKES",
        "Kepala Bidang Pelayanan Kesehatan", "ADMINISTRATOR", "11", "UJI-KADIS"), NIP_E,
        "Agus Salim", "01-10-2024"), "jenis_penugasan", "PLT"));

    HasilImpor hasil = service.impor("plt.csv", plt.csv(';', false), false);

    assertThat(hasil.kesalahan()).singleElement().satisfies(k -> {
      assertThat(k.baris()).isEqualTo(2);
      assertThat(k.kolom()).isEqualTo("jenis_penugasan");
      assertThat(k.alasan()).contains(NIP_B);
    });
  }

  @Test
  void validasiSajaMenghitungTanpaMenyimpan() {
    Map<String, Long> sebelum = RegisterUjiBersih.jumlah(jdbc);

    HasilImpor hasil = service.impor("register.xlsx", organisasiAwal().xlsx(), true);

    assertThat(hasil.diterima()).isTrue();
    assertThat(hasil.validasiSaja()).isTrue();
    assertThat(hasil.pegawai()).isEqualTo(new Hitungan(4, 0, 0));
    assertThat(hasil.pesan()).startsWith("Berkas valid");
    assertThat(RegisterUjiBersih.jumlah(jdbc)).isEqualTo(sebelum);
    assertThat(events.stream(PegawaiBerubahEvent.class)).isEmpty();
  }

  @Test
  void kolomWajibYangHilangDilaporkanSekaliPadaBarisJudul() {
    List<String> kolom = SEMUA_KOLOM.stream()
        .filter(k -> !k.equals("kelas_jabatan") && !k.equals("nip")).toList();
    BerkasUji berkas = new BerkasUji(kolom);
    barisOrganisasiAwalTanpaPerawat().forEach(berkas::baris);

    HasilImpor hasil = service.impor("register.csv", berkas.csv(';', false), false);

    assertThat(hasil.kesalahan()).singleElement().satisfies(k -> {
      assertThat(k.baris()).isEqualTo(1);
      assertThat(k.kolom()).isEqualTo("kelas_jabatan, nip");
      assertThat(k.alasan()).contains("kelas_jabatan").contains("nip");
    });
  }

  @Test
  void nipYangDisimpanExcelSebagaiAngkaDitolak() throws Exception {
    byte[] berkas;
    try (var buku = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var lembar = buku.createSheet("register");
      var judul = lembar.createRow(0);
      var isi = lembar.createRow(1);
      Map<String, String> b = pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "",
          "UJI-KADIS", "Kepala Dinas", "JPT", "14", ""), NIP_A, "Muhammad Yusuf", "2019-06-15");
      for (int i = 0; i < SEMUA_KOLOM.size(); i++) {
        judul.createCell(i).setCellValue(SEMUA_KOLOM.get(i));
        String v = b.getOrDefault(SEMUA_KOLOM.get(i), "");
        if (SEMUA_KOLOM.get(i).equals("nip")) {
          isi.createCell(i).setCellValue(Double.parseDouble(v));
        } else {
          isi.createCell(i).setCellValue(v);
        }
      }
      buku.write(out);
      berkas = out.toByteArray();
    }

    HasilImpor hasil = service.impor("register.xlsx", berkas, false);

    assertThat(hasil.kesalahan()).singleElement().satisfies(k -> {
      assertThat(k.baris()).isEqualTo(2);
      assertThat(k.kolom()).isEqualTo("nip");
      assertThat(k.alasan()).contains("Teks");
    });
  }

  @Test
  void contohCsvDiDokumentasiLolosValidasi() throws Exception {
    String dok = java.nio.file.Files.readString(java.nio.file.Path.of("docs/impor-register.md"));
    int awal = dok.indexOf("```\nkode_opd;") + 4;
    String csv = dok.substring(awal, dok.indexOf("```", awal));

    HasilImpor hasil = service.impor("contoh.csv", csv.getBytes(StandardCharsets.UTF_8), true);

    assertThat(hasil.kesalahan()).isEmpty();
    assertThat(hasil.jabatan().dibuat()).isEqualTo(2);
    assertThat(hasil.unitKerja().dibuat()).isEqualTo(2);
  }

  private static List<Map<String, String>> barisOrganisasiAwalTanpaPerawat() {
    // Rows 2, 3, 4, 6, 7 of organisasiAwal(): everything but the perawat.
    return List.of(
        pemangku(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-KASI-RUJUKAN", "Kepala Seksi Rujukan", "PENGAWAS", "9", "UJI-KABID-YANKES"),
            NIP_C, "Cut Rahmah", "01-03-2021"),
        dengan(pemangku(jabatan("UJI-BIDANG-YANKES", "Bidang Pelayanan Kesehatan",
            "UJI-DINKES", "UJI-KABID-YANKES", "Kepala Bidang Pelayanan Kesehatan",
            "ADMINISTRATOR", "11", "UJI-KADIS"), NIP_B, "Teuku Rizal", "2020-01-02"),
            "gelar_belakang", "S.K.M., M.Kes.", "pangkat_golongan", "Pembina (IV/a)"),
        dengan(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "",
            "UJI-KADIS", "Kepala Dinas Kesehatan", "JPT", "14", ""), NIP_A, "Muhammad Yusuf",
            "15/06/2019"), "kepala_opd", "YA", "gelar_depan", "dr.", "email",
            "yusuf@langsakota.go.id"),
        jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-PENGADMIN-1", "Pengadministrasi Perkantoran", "PELAKSANA", "6",
            "UJI-KASI-RUJUKAN"),
        dengan(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "",
            "UJI-SEKRETARIS", "Sekretaris Dinas Kesehatan", "ADMINISTRATOR", "12", "UJI-KADIS"),
            NIP_B, "Teuku Rizal", "01-08-2024"), "jenis_penugasan", "PLT"));
  }

  /** jabatan kode, jenis, tmt_mulai, tmt_selesai per assignment of a NIP, oldest first. */
  private List<List<Object>> riwayat(String nip) {
    return jdbc.query("select j.kode, p.jenis, p.tmt_mulai, p.tmt_selesai from penugasan_jabatan p "
        + "join jabatan j on j.id = p.jabatan_id join pegawai g on g.id = p.pegawai_id "
        + "where g.nip = ? order by p.tmt_mulai", (rs, i) -> java.util.Arrays.asList(
            rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class)), nip);
  }
}
