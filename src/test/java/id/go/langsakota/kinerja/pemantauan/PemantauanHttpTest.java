package id.go.langsakota.kinerja.pemantauan;

import static id.go.langsakota.kinerja.pemantauan.DataUjiPemantauan.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * /api/pemantauan over real HTTP on the hand-built OPD of {@link DataUjiPemantauan}: the figures,
 * the names behind them, bad filters, the Excel files cell by cell, and who may call what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PemantauanHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired RuntimeService runtime;

  DataUjiPemantauan data;
  TestRestTemplate bkpsdm;
  String q;

  @BeforeAll
  void siapkan() {
    data = new DataUjiPemantauan(ctx, String.format("19910101202%03d", ThreadLocalRandom.current().nextInt(1000)));
    bkpsdm = pengguna(Peran.BKPSDM);
    q = "?tahun=" + TAHUN + "&kodeOpd=" + data.org.kodeOpd;
  }

  private TestRestTemplate pengguna(Peran peran) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pengguna Uji Pemantauan");
    if (peran != null) {
      DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), peran);
    }
    identitas.sinkronkan(Set.of(p.getNip()));
    return http.withBasicAuth(p.getNip(), sandi());
  }

  /** The initial password of synced users (the MySQL subclass runs with Camunda's password policy). */
  String sandi() {
    return DataUjiIdentitas.KATA_SANDI_AWAL;
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, sandi());
  }

  private JsonNode json(String jalur) {
    ResponseEntity<JsonNode> r = bkpsdm.getForEntity(jalur, JsonNode.class);
    assertThat(r.getStatusCode()).as(jalur).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private static LocalDate hariIni() {
    return LocalDate.now(ZoneId.of("Asia/Jakarta"));
  }

  @Test
  void pengisianDihitungPerStatus() {
    JsonNode semua = json("/api/pemantauan/pengisian" + q);
    assertThat(semua.get("baris")).hasSize(1);
    JsonNode b = semua.get("baris").get(0);
    assertThat(b.get("kodeOpd").asText()).isEqualTo(data.org.kodeOpd);
    assertThat(b.get("jumlahAsn").asInt()).isEqualTo(10);
    assertThat(b.get("skpBelumDisusun").asInt()).isEqualTo(4);
    assertThat(b.get("skpMenungguPersetujuan").asInt()).isEqualTo(1);
    assertThat(b.get("skpDisepakati").asInt()).isEqualTo(5);
    assertThat(b.get("penilaianTahunanSelesai").asInt()).isEqualTo(3);
    assertThat(b.get("periodeDilaporkan").asInt()).isEqualTo(3);
    assertThat(b.get("periodeDinilai").asInt()).isEqualTo(2);
    assertThat(b.get("periodeTerlambat").asInt()).isEqualTo(2);
    assertThat(b.get("terlambatTerlamaHari").asInt()).isEqualTo(10);
    assertThat(semua.get("total").get("kodeOpd").isNull()).isTrue();
    assertThat(semua.get("total").get("jumlahAsn").asInt()).isEqualTo(10);
    assertThat(semua.get("total").get("terlambatTerlamaHari").asInt()).isEqualTo(10);

    JsonNode p1 = json("/api/pemantauan/pengisian" + q + "&periode=1").get("baris").get(0);
    assertThat(List.of(p1.get("periodeDilaporkan").asInt(), p1.get("periodeDinilai").asInt(),
        p1.get("periodeTerlambat").asInt(), p1.get("terlambatTerlamaHari").asInt())).containsExactly(2, 2, 1, 10);
    assertThat(p1.get("skpBelumDisusun").asInt()).isEqualTo(4); // SKP counters do not depend on the period
    JsonNode p2 = json("/api/pemantauan/pengisian" + q + "&periode=2").get("baris").get(0);
    assertThat(List.of(p2.get("periodeDilaporkan").asInt(), p2.get("periodeDinilai").asInt(),
        p2.get("periodeTerlambat").asInt(), p2.get("terlambatTerlamaHari").asInt())).containsExactly(1, 0, 1, 3);
    JsonNode p3 = json("/api/pemantauan/pengisian" + q + "&periode=3").get("baris").get(0);
    assertThat(p3.get("periodeTerlambat").asInt()).isZero();
    assertThat(p3.get("terlambatTerlamaHari").isNull()).isTrue();

    // the whole city holds this OPD with the same figures
    JsonNode kota = json("/api/pemantauan/pengisian?tahun=" + TAHUN);
    assertThat(kota.get("total").get("namaOpd").asText()).isEqualTo("Kota Langsa");
    JsonNode sama = null;
    for (JsonNode x : kota.get("baris")) {
      if (x.get("kodeOpd").asText().equals(data.org.kodeOpd)) {
        sama = x;
      }
    }
    assertThat(sama).isEqualTo(b);
    assertThat(kota.get("total").get("jumlahAsn").asInt()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void opdUntukPilihanFilter() {
    JsonNode opd = json("/api/pemantauan/opd");
    List<String> nama = new ArrayList<>();
    opd.forEach(o -> nama.add(o.get("namaOpd").asText()));
    assertThat(nama).contains(data.org.kodeOpd.replace("UJI", "Dinas Uji ")).isSorted();
  }

  @Test
  void namaDiBalikAngka() {
    JsonNode belum = json("/api/pemantauan/orang" + q + "&kolom=skpBelumDisusun");
    assertThat(belum.get("jumlah").asInt()).isEqualTo(4);
    assertThat(belum.get("judul").asText()).startsWith("Pengisian — SKP belum disusun — Tahun " + TAHUN);
    Map<String, JsonNode> perNip = new LinkedHashMap<>();
    belum.get("orang").forEach(o -> perNip.put(o.get("nip").asText(), o));
    assertThat(perNip.keySet()).containsExactlyInAnyOrder(data.s.get(0), data.s.get(1), data.s.get(5), data.s.get(6));
    assertThat(perNip.get(data.s.get(6)).get("keterangan").asText()).isEqualTo("SKP belum dibuat");
    assertThat(perNip.get(data.s.get(1)).get("keterangan").asText()).isEqualTo("SKP dikembalikan untuk diperbaiki");
    assertThat(perNip.get(data.s.get(0)).get("nama").asText()).isEqualTo("=1+1 Uji Rumus");
    assertThat(perNip.get(data.s.get(0)).get("tautanKinerja").asText())
        .isEqualTo("/kinerja-saya/?nip=" + data.s.get(0) + "&tahun=" + TAHUN);
    // the stored instance has ended: no Cockpit link
    assertThat(perNip.get(data.s.get(0)).get("tautanCockpit").isNull()).isTrue();

    // a running skp-pegawai instance found by business key for the ASN without an SKP row
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + TAHUN + "-" + data.s.get(6));
    try {
      JsonNode lagi = json("/api/pemantauan/orang" + q + "&kolom=skpBelumDisusun");
      lagi.get("orang").forEach(o -> {
        if (o.get("nip").asText().equals(data.s.get(6))) {
          assertThat(o.get("tautanCockpit").asText())
              .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + pi.getId());
        }
      });
    } finally {
      runtime.deleteProcessInstance(pi.getId(), "uji");
    }

    JsonNode menunggu = json("/api/pemantauan/orang" + q + "&kolom=skpMenungguPersetujuan").get("orang");
    assertThat(menunggu).hasSize(1);
    assertThat(menunggu.get(0).get("nip").asText()).isEqualTo(data.org.nipStaf);
    assertThat(menunggu.get(0).get("jabatan").asText()).isEqualTo("Pengelola Uji");
    assertThat(menunggu.get(0).get("sejak").asText()).isEqualTo(hariIni().minusDays(2).toString());

    // overdue periods, longest first, with the days
    JsonNode terlambat = json("/api/pemantauan/orang" + q + "&kolom=periodeTerlambat").get("orang");
    assertThat(terlambat).hasSize(2);
    assertThat(terlambat.get(0).get("nip").asText()).isEqualTo(data.s.get(4));
    assertThat(terlambat.get(0).get("terlambatHari").asInt()).isEqualTo(10);
    assertThat(terlambat.get(0).get("keterangan").asText()).isEqualTo("Periode 1: realisasi belum dilaporkan");
    assertThat(terlambat.get(0).get("sejak").asText()).isEqualTo(hariIni().minusDays(10).toString());
    assertThat(terlambat.get(1).get("nip").asText()).isEqualTo(data.org.nipPengawas);
    assertThat(terlambat.get(1).get("terlambatHari").asInt()).isEqualTo(3);
    assertThat(terlambat.get(1).get("keterangan").asText()).isEqualTo("Periode 2: menunggu penilaian pejabat penilai");

    // paging: 10 ASN, pages of 4 → 4, 4, 2, no one twice
    List<String> dilihat = new ArrayList<>();
    for (int h = 1; h <= 3; h++) {
      JsonNode hal = json("/api/pemantauan/orang" + q + "&kolom=jumlahAsn&ukuran=4&halaman=" + h);
      assertThat(hal.get("jumlah").asInt()).isEqualTo(10);
      assertThat(hal.get("orang")).hasSize(h < 3 ? 4 : 2);
      hal.get("orang").forEach(o -> dilihat.add(o.get("nip").asText()));
    }
    assertThat(dilihat).doesNotHaveDuplicates().hasSize(10);

    // kurva: the people with Baik after appeals, s3 marked as raised by the appeal
    JsonNode baik = json("/api/pemantauan/orang" + q + "&kolom=BAIK&tahap=SETELAH_KEBERATAN");
    assertThat(baik.get("jumlah").asInt()).isEqualTo(5);
    List<String> nip = new ArrayList<>();
    baik.get("orang").forEach(o -> nip.add(o.get("nip").asText()));
    assertThat(nip).containsExactlyInAnyOrder(data.org.nipStaf, data.s.get(2), data.s.get(3), data.s.get(4), data.s.get(5));
    baik.get("orang").forEach(o -> {
      if (o.get("nip").asText().equals(data.s.get(3))) {
        assertThat(o.get("keterangan").asText()).isEqualTo("Predikat Baik setelah keberatan (final) (diubah karena keberatan)");
      }
    });
    JsonNode sb = json("/api/pemantauan/orang" + q + "&kolom=SANGAT_BAIK&tahap=SEBELUM_KALIBRASI");
    List<String> nipSb = new ArrayList<>();
    sb.get("orang").forEach(o -> nipSb.add(o.get("nip").asText()));
    assertThat(nipSb).containsExactlyInAnyOrder(data.org.nipPengawas, data.org.nipStaf, data.s.get(2));
  }

  @Test
  void kurvaPerTahapDenganPolaDanPersen() {
    JsonNode akhir = json("/api/pemantauan/kurva" + q);
    assertThat(akhir.get("tahap").asText()).isEqualTo("SETELAH_KEBERATAN");
    JsonNode b = akhir.get("baris").get(0);
    assertThat(b.get("predikatOrganisasi").asText()).isEqualTo("BAIK");
    assertThat(b.get("statusKalibrasi").asText()).isEqualTo("Kalibrasi final");
    assertThat(b.get("jumlahDinilai").asInt()).isEqualTo(6);
    assertThat(b.get("jumlah").get("SANGAT_BAIK").asInt()).isEqualTo(1);
    assertThat(b.get("jumlah").get("BAIK").asInt()).isEqualTo(5);
    assertThat(b.get("jumlah").get("BUTUH_PERBAIKAN").asInt()).isZero();
    assertThat(b.get("persen").get("SANGAT_BAIK").decimalValue()).isEqualByComparingTo("16.7");
    assertThat(b.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("83.3");
    assertThat(b.get("melanggarPola").asBoolean()).isTrue();
    JsonNode pola = b.get("pola");
    assertThat(pola).hasSize(2);
    assertThat(pola.get(0).get("predikat").asText()).isEqualTo("BAIK");
    assertThat(pola.get(0).get("batas").asText()).isEqualTo("≤ 70%");
    assertThat(pola.get(0).get("max").decimalValue()).isEqualByComparingTo("70");
    assertThat(pola.get(0).get("min").isNull()).isTrue();
    assertThat(pola.get(0).get("terpenuhi").asBoolean()).isFalse();
    assertThat(pola.get(1).get("predikat").asText()).isEqualTo("BUTUH_PERBAIKAN,KURANG");
    assertThat(pola.get(1).get("batas").asText()).isEqualTo("≥ 1 orang");
    assertThat(pola.get(1).get("terpenuhi").asBoolean()).isFalse();
    assertThat(akhir.get("kota").get("jumlahDinilai").asInt()).isEqualTo(6);
    assertThat(akhir.get("kota").get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("83.3");

    JsonNode kalibrasi = json("/api/pemantauan/kurva" + q + "&tahap=SETELAH_KALIBRASI").get("baris").get(0);
    assertThat(List.of(kalibrasi.get("jumlah").get("SANGAT_BAIK").asInt(), kalibrasi.get("jumlah").get("BAIK").asInt(),
        kalibrasi.get("jumlah").get("BUTUH_PERBAIKAN").asInt())).containsExactly(1, 4, 1);
    assertThat(kalibrasi.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("66.7");
    assertThat(kalibrasi.get("melanggarPola").asBoolean()).isFalse();

    JsonNode sebelum = json("/api/pemantauan/kurva" + q + "&tahap=SEBELUM_KALIBRASI").get("baris").get(0);
    assertThat(List.of(sebelum.get("jumlah").get("SANGAT_BAIK").asInt(), sebelum.get("jumlah").get("BAIK").asInt(),
        sebelum.get("jumlah").get("BUTUH_PERBAIKAN").asInt())).containsExactly(3, 2, 1);
    assertThat(sebelum.get("persen").get("SANGAT_BAIK").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(sebelum.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("33.3");
    assertThat(sebelum.get("persen").get("BUTUH_PERBAIKAN").decimalValue()).isEqualByComparingTo("16.7");
    assertThat(sebelum.get("melanggarPola").asBoolean()).isFalse();
  }

  @Test
  void tindakLanjutDanRingkasan() {
    JsonNode t = json("/api/pemantauan/tindak-lanjut" + q);
    JsonNode k = t.get("keberatan");
    assertThat(k.get("terbuka").asInt()).isEqualTo(2);
    assertThat(k.get("lewatBatas").asInt()).isEqualTo(1);
    assertThat(k.get("daftar")).hasSize(2);
    assertThat(k.get("daftar").get(0).get("nip").asText()).isEqualTo(data.s.get(3)); // earliest deadline first
    assertThat(k.get("daftar").get(0).get("batas").asText()).isEqualTo(hariIni().minusDays(4).toString());
    assertThat(k.get("daftar").get(0).get("tahap").asText()).isEqualTo("Diajukan");
    assertThat(k.get("daftar").get(1).get("tahap").asText()).isEqualTo("Menunggu penjelasan");
    JsonNode pel = t.get("pelatihan").get("baris").get(0);
    assertThat(pel.get("kodeOpd").asText()).isEqualTo(data.org.kodeOpd);
    assertThat(List.of(pel.get("ditetapkan").asInt(), pel.get("selesai").asInt(), pel.get("terverifikasi").asInt(),
        pel.get("jumlahJp").asInt(), pel.get("asnDiBawah20Jp").asInt())).containsExactly(3, 2, 1, 36, 9);
    assertThat(t.get("penghargaan").get("tahap").asText()).isEqualTo("Penilaian tim");
    assertThat(t.get("penghargaan").get("batas").asText()).isEqualTo(TAHUN + "-03-15");
    assertThat(t.get("pembinaan").get("berjalan").asInt()).isEqualTo(1);
    JsonNode bin = t.get("pembinaan").get("daftar").get(0);
    assertThat(bin.get("nip").asText()).isEqualTo(data.s.get(5));
    assertThat(bin.get("tahap").asText()).isEqualTo("Masa pembinaan berjalan");
    assertThat(bin.get("selesaiRencana").asText()).isEqualTo(hariIni().plusDays(60).toString());

    JsonNode r = json("/api/pemantauan/ringkasan-kota?tahun=" + TAHUN);
    assertThat(r.get("kurva").get("namaOpd").asText()).isEqualTo("Kota Langsa");
    assertThat(r.toString()).doesNotContain(data.s.get(2)).doesNotContain("process-instance");
    JsonNode opd = null;
    for (JsonNode o : r.get("perOpd")) {
      if (o.get("namaOpd").asText().equals(data.org.kodeOpd.replace("UJI", "Dinas Uji "))) {
        opd = o;
      }
    }
    assertThat(opd).isNotNull();
    assertThat(opd.get("melanggarPola").asBoolean()).isTrue();
    assertThat(opd.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("83.3");
    assertThat(opd.has("nip")).isFalse();
    assertThat(r.get("tindakLanjut").get("penghargaanTahap").asText()).isEqualTo("Penilaian tim");
    assertThat(r.get("tindakLanjut").get("keberatanTerbuka").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void kesehatanProsesMenghitungInsiden() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + TAHUN + "-uji-kesehatan");
    try {
      int sebelum = baris(json("/api/pemantauan/kesehatan-proses"), "skp-pegawai").get("insiden").asInt();
      runtime.createIncident("failedJob", pi.getId(), "uji", "Could not send mail: SMTP host unreachable");
      JsonNode b = baris(json("/api/pemantauan/kesehatan-proses"), "skp-pegawai");
      assertThat(b.get("insiden").asInt()).isEqualTo(sebelum + 1);
      assertThat(b.get("instansAktif").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(b.get("namaProses").asText()).doesNotContain("skp-pegawai").isNotBlank();
      assertThat(b.get("tautanCockpit").asText())
          .startsWith("/camunda/app/cockpit/default/#/process-definition/skp-pegawai:").endsWith("?tab=incidents-tab");
      assertThat(b.get("contohPesan").asText()).doesNotContain("SMTP host");
    } finally {
      runtime.deleteProcessInstance(pi.getId(), "uji");
    }
  }

  private static JsonNode baris(JsonNode k, String kunci) {
    for (JsonNode b : k.get("baris")) {
      if (b.get("kunciProses").asText().equals(kunci)) {
        return b;
      }
    }
    throw new AssertionError("tidak ada baris " + kunci);
  }

  @Test
  void tercantumDalamOpenApi() {
    ResponseEntity<String> r = http.getForEntity("/api/openapi", String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).contains("Pemantauan kinerja").contains("/api/pemantauan/pengisian")
        .contains("/api/pemantauan/pengisian.xlsx").contains("/api/pemantauan/orang")
        .contains("/api/pemantauan/kurva").contains("/api/pemantauan/tindak-lanjut")
        .contains("/api/pemantauan/kesehatan-proses").contains("/api/pemantauan/ringkasan-kota");
  }

  @Test
  void filterSalahDitolakDalamBahasaIndonesia() {
    Map<String, String> kasus = new LinkedHashMap<>();
    kasus.put("/api/pemantauan/pengisian", "Tahun wajib diisi");
    kasus.put("/api/pemantauan/pengisian?tahun=abc", "Tahun harus berupa bilangan bulat");
    kasus.put("/api/pemantauan/pengisian?tahun=1999", "Tahun harus antara 2000 dan 2100");
    kasus.put("/api/pemantauan/pengisian?tahun=" + TAHUN + "&periode=13", "Periode harus antara 1 dan 12");
    kasus.put("/api/pemantauan/pengisian?tahun=" + TAHUN + "&periode=0", "Periode harus antara 1 dan 12");
    kasus.put("/api/pemantauan/pengisian?tahun=" + TAHUN + "&kodeOpd=TIDAK-ADA", "OPD dengan kode 'TIDAK-ADA' tidak dikenal");
    kasus.put("/api/pemantauan/kurva?tahun=" + TAHUN + "&tahap=SESUDAH", "Tahap 'SESUDAH' tidak dikenal");
    kasus.put("/api/pemantauan/orang?tahun=" + TAHUN, "Kolom wajib diisi");
    kasus.put("/api/pemantauan/orang?tahun=" + TAHUN + "&kolom=gaji", "Kolom 'gaji' tidak dikenal");
    kasus.put("/api/pemantauan/orang?tahun=" + TAHUN + "&kolom=jumlahAsn&ukuran=501", "Ukuran harus bilangan bulat 1 sampai 500");
    kasus.put("/api/pemantauan/pengisian.xlsx?tahun=" + TAHUN + "&kodeOpd=TIDAK-ADA", "tidak dikenal");
    kasus.put("/api/pemantauan/ringkasan-kota", "Tahun wajib diisi");
    kasus.forEach((jalur, pesan) -> {
      ResponseEntity<JsonNode> r = bkpsdm.getForEntity(jalur, JsonNode.class);
      assertThat(r.getStatusCode()).as(jalur).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getBody().get("pesan").asText() + r.getBody().get("kesalahan")).as(jalur).contains(pesan);
      assertThat(r.getBody().toString()).as(jalur).doesNotContain("Exception").doesNotContain("java.");
    });
  }

  static final List<String> SEMUA = List.of("/api/pemantauan/opd", "/api/pemantauan/pengisian?tahun=" + TAHUN,
      "/api/pemantauan/pengisian.xlsx?tahun=" + TAHUN, "/api/pemantauan/orang?tahun=" + TAHUN + "&kolom=jumlahAsn",
      "/api/pemantauan/orang.xlsx?tahun=" + TAHUN + "&kolom=jumlahAsn", "/api/pemantauan/kurva?tahun=" + TAHUN,
      "/api/pemantauan/kurva.xlsx?tahun=" + TAHUN, "/api/pemantauan/tindak-lanjut?tahun=" + TAHUN,
      "/api/pemantauan/tindak-lanjut.xlsx?tahun=" + TAHUN, "/api/pemantauan/kesehatan-proses",
      "/api/pemantauan/kesehatan-proses.xlsx");
  static final List<String> RINGKASAN = List.of("/api/pemantauan/ringkasan-kota?tahun=" + TAHUN,
      "/api/pemantauan/ringkasan-kota.xlsx?tahun=" + TAHUN);

  @Test
  void matriksOtorisasi() {
    Map<String, TestRestTemplate> siapa = new LinkedHashMap<>();
    siapa.put("ASN", sebagai(data.s.get(2)));
    siapa.put("atasan", sebagai(data.org.nipPengawas));
    siapa.put("walikota", pengguna(Peran.WALIKOTA));
    siapa.put("TPK", pengguna(Peran.TIM_PENILAI_KINERJA));
    siapa.put("bkpsdm", bkpsdm);
    siapa.put("admin", pengguna(Peran.ADMIN));
    siapa.put("anonim", http);
    for (Map.Entry<String, TestRestTemplate> e : siapa.entrySet()) {
      for (String jalur : SEMUA) {
        HttpStatus harap = switch (e.getKey()) {
          case "bkpsdm", "admin" -> HttpStatus.OK;
          case "anonim" -> HttpStatus.UNAUTHORIZED;
          default -> HttpStatus.FORBIDDEN;
        };
        periksa(e.getKey(), e.getValue(), jalur, harap);
      }
      for (String jalur : RINGKASAN) {
        HttpStatus harap = switch (e.getKey()) {
          case "bkpsdm", "admin", "walikota", "TPK" -> HttpStatus.OK;
          case "anonim" -> HttpStatus.UNAUTHORIZED;
          default -> HttpStatus.FORBIDDEN;
        };
        periksa(e.getKey(), e.getValue(), jalur, harap);
      }
    }
  }

  private static void periksa(String siapa, TestRestTemplate klien, String jalur, HttpStatus harap) {
    ResponseEntity<byte[]> r = klien.getForEntity(jalur, byte[].class);
    assertThat(r.getStatusCode()).as(siapa + " " + jalur).isEqualTo(harap);
    if (harap == HttpStatus.FORBIDDEN) {
      assertThat(new String(r.getBody(), java.nio.charset.StandardCharsets.UTF_8)).as(siapa + " " + jalur)
          .contains("Anda tidak berwenang melakukan tindakan ini.");
    }
  }

  private Workbook xlsx(String jalur, String namaBerkas) throws IOException {
    ResponseEntity<byte[]> r = bkpsdm.getForEntity(jalur, byte[].class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"")
        .contains(namaBerkas);
    return new XSSFWorkbook(new ByteArrayInputStream(r.getBody()));
  }

  @Test
  void excelPengisianSelDemiSel() throws IOException {
    try (Workbook wb = xlsx("/api/pemantauan/pengisian.xlsx" + q,
        "filename=\"pemantauan-pengisian-" + TAHUN + "-" + data.org.kodeOpd + ".xlsx\"")) {
      Sheet s = wb.getSheetAt(0);
      String namaOpd = data.org.kodeOpd.replace("UJI", "Dinas Uji ");
      assertThat(s.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Pemantauan Kinerja — Pengisian — Tahun " + TAHUN + " — " + namaOpd);
      assertThat(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("tahun " + TAHUN).contains(namaOpd);
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains("Dicetak");
      Row kepala = s.getRow(3);
      assertThat(kepala.getCell(3).getStringCellValue()).isEqualTo("Jumlah ASN");
      assertThat(wb.getFontAt(kepala.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("4:4");
      for (int i = 0; i < 12; i++) {
        assertThat(s.getColumnWidth(i)).as("kolom " + i).isGreaterThan(4 * 256);
      }
      assertThat(s.getColumnWidth(2)).isGreaterThan(s.getDefaultColumnWidth() * 256);
      Row b = s.getRow(4);
      assertThat(b.getCell(1).getStringCellValue()).isEqualTo(data.org.kodeOpd);
      int[] harap = {10, 4, 1, 5, 3, 2, 2, 10, 3};
      for (int i = 0; i < harap.length; i++) {
        Cell c = b.getCell(3 + i);
        assertThat(c.getCellType()).as("kolom " + (3 + i)).isEqualTo(CellType.NUMERIC);
        assertThat(c.getNumericCellValue()).as("kolom " + (3 + i)).isEqualTo(harap[i]);
      }
      assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Jumlah");
      assertThat(s.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(10);
    }
  }

  @Test
  void excelNamaMenetralkanRumusDanKurvaBerangka() throws IOException {
    try (Workbook wb = xlsx("/api/pemantauan/orang.xlsx" + q + "&kolom=skpBelumDisusun",
        "pemantauan-orang-" + TAHUN + "-" + data.org.kodeOpd + ".xlsx")) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("Pemantauan Kinerja — Pengisian — SKP belum disusun");
      int kepala = s.getPaneInformation().getHorizontalSplitTopRow() - 1;
      assertThat(s.getRow(kepala).getCell(2).getStringCellValue()).isEqualTo("Nama");
      List<String> nama = new ArrayList<>();
      for (int r = kepala + 1; r <= s.getLastRowNum(); r++) {
        Cell c = s.getRow(r).getCell(2);
        assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        nama.add(c.getStringCellValue());
        assertThat(s.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      }
      assertThat(nama).hasSize(4).contains("'=1+1 Uji Rumus").noneMatch(n -> n.startsWith("="));
    }
    try (Workbook wb = xlsx("/api/pemantauan/kurva.xlsx" + q, "pemantauan-kurva-" + TAHUN + "-" + data.org.kodeOpd)) {
      Sheet s = wb.getSheetAt(0);
      int kepala = s.getPaneInformation().getHorizontalSplitTopRow() - 1;
      Row b = s.getRow(kepala + 1);
      assertThat(b.getCell(4).getNumericCellValue()).isEqualTo(6);   // jumlah dinilai
      assertThat(b.getCell(5).getNumericCellValue()).isEqualTo(1);   // Sangat Baik
      assertThat(b.getCell(6).getNumericCellValue()).isEqualTo(5);   // Baik
      assertThat(b.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(b.getCell(11).getNumericCellValue()).isEqualTo(83.3); // Baik %
      assertThat(b.getCell(15).getStringCellValue()).isEqualTo("ya");
    }
    for (String jalur : List.of("/api/pemantauan/tindak-lanjut.xlsx" + q, "/api/pemantauan/kesehatan-proses.xlsx",
        "/api/pemantauan/ringkasan-kota.xlsx?tahun=" + TAHUN)) {
      try (Workbook wb = xlsx(jalur, ".xlsx")) {
        assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("Pemantauan Kinerja — ");
        assertThat(wb.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
      }
    }
  }
}
