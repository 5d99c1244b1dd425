package id.go.langsakota.kinerja.disiplin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** /api/hukuman-disiplin over HTTP: who may read and write, and the all-or-nothing import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HukumanDisiplinHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired HukumanDisiplinRepository repository;

  String asn;
  String rekan;
  TestRestTemplate bkpsdm;

  @BeforeEach
  void siapkan() {
    asn = DataUjiIdentitas.pegawai(pegawaiRepository, "ASN Uji Disiplin").getNip();
    rekan = DataUjiIdentitas.pegawai(pegawaiRepository, "Rekan Uji Disiplin").getNip();
    Pegawai b = DataUjiIdentitas.pegawai(pegawaiRepository, "BKPSDM Uji Disiplin");
    DataUjiIdentitas.peran(peranRepository, b.getNip(), b.getNama(), Peran.BKPSDM);
    bkpsdm = sebagai(b.getNip());
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private Map<String, Object> hukuman(String nip, String nomor) {
    Map<String, Object> m = new HashMap<>();
    m.put("nip", nip);
    m.put("jenis", "TEGURAN_TERTULIS");
    m.put("tmtMulai", "2025-03-03");
    m.put("nomorKeputusan", nomor);
    m.put("tanggalKeputusan", "2025-02-25");
    m.put("keterangan", "Terlambat masuk kerja berulang");
    return m;
  }

  @Test
  void hanyaBkpsdmMenulisDanAsnHanyaMelihatMiliknya() {
    TestRestTemplate diri = sebagai(asn);
    assertThat(diri.postForEntity("/api/hukuman-disiplin", hukuman(asn, "800/1/2025"), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.findByNipOrderByTmtMulaiDescIdDesc(asn)).isEmpty();
    ResponseEntity<JsonNode> dibuat = bkpsdm.postForEntity("/api/hukuman-disiplin", hukuman(asn, "800/1/2025"), JsonNode.class);
    assertThat(dibuat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(dibuat.getBody().get("tingkat").asText()).isEqualTo("RINGAN");
    long id = dibuat.getBody().get("id").asLong();
    bkpsdm.postForEntity("/api/hukuman-disiplin", hukuman(rekan, "800/2/2025"), JsonNode.class);

    // own list: only own; someone else's: 403
    JsonNode milik = diri.getForEntity("/api/hukuman-disiplin", JsonNode.class).getBody();
    assertThat(milik.size()).isEqualTo(1);
    assertThat(milik.get(0).get("nip").asText()).isEqualTo(asn);
    assertThat(diri.getForEntity("/api/hukuman-disiplin?nip=" + rekan, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(diri.getForEntity("/api/hukuman-disiplin/pegawai/" + rekan + "/tahun/2025", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode tahun = diri.getForEntity("/api/hukuman-disiplin/pegawai/" + asn + "/tahun/2025", JsonNode.class).getBody();
    assertThat(tahun.get("adaHukuman").asBoolean()).isTrue();
    assertThat(bkpsdm.getForEntity("/api/hukuman-disiplin/pegawai/" + asn + "/tahun/2024", JsonNode.class)
        .getBody().get("adaHukuman").asBoolean()).isFalse();

    // changing and deleting: BKPSDM only
    Map<String, Object> ubah = hukuman(asn, "800/1/2025");
    ubah.put("jenis", "PEMOTONGAN_TUKIN_25_PERSEN_9_BULAN");
    assertThat(diri.exchange("/api/hukuman-disiplin/" + id, HttpMethod.PUT, new HttpEntity<>(ubah), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(diri.exchange("/api/hukuman-disiplin/" + id, HttpMethod.DELETE, null, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode diubah = bkpsdm.exchange("/api/hukuman-disiplin/" + id, HttpMethod.PUT, new HttpEntity<>(ubah),
        JsonNode.class).getBody();
    // 9 months from 3 March 2025: until 2 December 2025
    assertThat(diubah.get("tingkat").asText()).isEqualTo("SEDANG");
    assertThat(diubah.get("tmtSelesai").asText()).isEqualTo("2025-12-02");
    assertThat(diri.postForEntity("/api/hukuman-disiplin/impor", multipart(new byte[] {1}), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] isi) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("berkas", new ByteArrayResource(isi) {
      @Override
      public String getFilename() {
        return "hukuman.xlsx";
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, h);
  }

  static byte[] xlsx(List<List<String>> baris) throws IOException {
    try (XSSFWorkbook b = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = b.createSheet("hukuman_disiplin");
      for (int i = 0; i < baris.size(); i++) {
        Row r = s.createRow(i);
        for (int j = 0; j < baris.get(i).size(); j++) {
          r.createCell(j).setCellValue(baris.get(i).get(j));
        }
      }
      b.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void imporDenganBarisSalahTidakMenyimpanApaPun() throws IOException {
    List<String> judul = List.of("nip", "jenis", "tingkat", "tmt_mulai", "tmt_selesai", "nomor_keputusan",
        "tanggal_keputusan", "keterangan");
    String nomor = "800.1.6.3/" + asn.substring(14) + "/BKPSDM/2025";
    byte[] salah = xlsx(List.of(judul,
        List.of(asn, "TEGURAN_LISAN", "RINGAN", "03-03-2025", "", nomor, "25-02-2025", "Baris benar"),
        List.of("19850315201001100X", "TEGURAN_LISAN", "", "03-03-2025", "", "800/9/2025", "25-02-2025", ""),
        List.of("199912312020121999", "TEGURAN_LISAN", "", "03-03-2025", "", "800/9/2025", "25-02-2025", ""),
        List.of(rekan, "TEGURAN_LISAN", "BERAT", "03-03-2025", "", "800/8/2025", "25-02-2025", ""),
        List.of(asn, "TEGURAN_TERTULIS", "", "04-03-2025", "", nomor, "25-02-2025", "Ganda")));
    ResponseEntity<JsonNode> r = bkpsdm.exchange("/api/hukuman-disiplin/impor", HttpMethod.POST, multipart(salah), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> kesalahan = new ArrayList<>();
    r.getBody().get("kesalahan").forEach(k -> kesalahan.add(k.get("baris").asInt() + ": " + k.get("alasan").asText()));
    assertThat(kesalahan).containsExactly(
        "3: NIP harus terdiri dari 18 angka tanpa spasi atau tanda baca (diterima: '19850315201001100X')",
        "4: NIP 199912312020121999 tidak terdaftar di register",
        "5: Jenis TEGURAN_LISAN adalah hukuman disiplin tingkat RINGAN, bukan BERAT (PP 94/2021 Pasal 8)",
        "6: Keputusan " + nomor + " untuk NIP " + asn + " sudah ada di baris 2 berkas ini");
    assertThat(repository.findByNipOrderByTmtMulaiDescIdDesc(asn)).isEmpty();

    byte[] benar = xlsx(List.of(judul,
        List.of(asn, "TEGURAN_LISAN", "RINGAN", "03-03-2025", "", nomor, "25-02-2025", "Baris benar")));
    JsonNode ok = bkpsdm.exchange("/api/hukuman-disiplin/impor", HttpMethod.POST, multipart(benar), JsonNode.class).getBody();
    assertThat(ok.get("dibuat").asInt()).isEqualTo(1);
    assertThat(repository.findByNipOrderByTmtMulaiDescIdDesc(asn)).hasSize(1);
    JsonNode lagi = bkpsdm.exchange("/api/hukuman-disiplin/impor", HttpMethod.POST, multipart(benar), JsonNode.class).getBody();
    assertThat(lagi.get("tetap").asInt()).isEqualTo(1);
  }
}
