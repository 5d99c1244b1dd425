package id.go.langsakota.kinerja.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The HTTP contract; MockMvc is built on the shared context so no extra context is started. */
@SpringBootTest
@ActiveProfiles("test")
class ImporRegisterControllerTest {

  @Autowired WebApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImporRegisterService service;
  MockMvc mvc;

  @BeforeEach
  void siapkan() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    RegisterUjiBersih.bersihkan(jdbc);
  }

  @AfterEach
  void bersihkan() {
    RegisterUjiBersih.bersihkan(jdbc);
  }

  @Test
  void unggahCsvYangBenarMenjawabRingkasan() throws Exception {
    MockMultipartFile berkas = new MockMultipartFile("berkas", "register.csv", "text/csv",
        BerkasUji.organisasiAwal().csv(';', true));

    mvc.perform(multipart("/api/impor/register").file(berkas).with(csrf())
            .with(user("bkpsdm1").roles("BKPSDM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.diterima").value(true))
        .andExpect(jsonPath("$.jabatan.dibuat").value(6))
        .andExpect(jsonPath("$.pegawai.dibuat").value(4))
        .andExpect(jsonPath("$.penugasan.dibuat").value(5));

    assertThat(jdbc.queryForObject("select count(*) from jabatan where kode like 'UJI-%'",
        Integer.class)).isEqualTo(6);
  }

  @Test
  void validasiSajaLewatHttpTidakMenyimpan() throws Exception {
    MockMultipartFile berkas = new MockMultipartFile("berkas", "register.xlsx", null,
        BerkasUji.organisasiAwal().xlsx());

    mvc.perform(multipart("/api/impor/register").file(berkas).param("validasiSaja", "true")
            .with(csrf()).with(user("admin").roles("CAMUNDA_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.validasiSaja").value(true))
        .andExpect(jsonPath("$.jabatan.dibuat").value(6));

    assertThat(jdbc.queryForObject("select count(*) from jabatan where kode like 'UJI-%'",
        Integer.class)).isZero();
  }

  @Test
  void berkasSalahMenjawab400DenganDaftarKesalahan() throws Exception {
    BerkasUji salah = BerkasUji.baru().baris(BerkasUji.dengan(BerkasUji.jabatan("UJI-DINKES",
        "Dinas Kesehatan Uji", "", "UJI-KADIS", "Kepala Dinas", "JPT", "20", ""),
        "kepala_opd", "mungkin"));
    MockMultipartFile berkas = new MockMultipartFile("berkas", "register.csv", "text/csv",
        salah.csv(',', false));

    mvc.perform(multipart("/api/impor/register").file(berkas).with(csrf())
            .with(user("bkpsdm1").roles("BKPSDM")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan").value("Berkas ditolak: 2 kesalahan"))
        .andExpect(jsonPath("$.kesalahan", hasSize(2)))
        .andExpect(jsonPath("$.kesalahan[0].baris").value(2))
        .andExpect(jsonPath("$.kesalahan[0].kolom").value("kelas_jabatan"))
        .andExpect(jsonPath("$.kesalahan[1].kolom").value("kepala_opd"));
  }

  @Test
  void templatCsvDanXlsxBisaDiunduhDanLolosValidasi() throws Exception {
    byte[] csv = mvc.perform(get("/api/impor/register/templat.csv")
            .with(user("bkpsdm1").roles("BKPSDM")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"templat-register.csv\""))
        .andReturn().getResponse().getContentAsByteArray();
    String teks = new String(csv, StandardCharsets.UTF_8);
    assertThat(teks).startsWith("\uFEFFkode_opd;nama_opd;kode_unit;");
    assertThat(teks.lines()).hasSize(2);

    byte[] xlsx = mvc.perform(get("/api/impor/register/templat.xlsx")
            .with(user("bkpsdm1").roles("BKPSDM")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    for (Map.Entry<String, byte[]> templat : Map.of("templat.csv", csv, "templat.xlsx", xlsx)
        .entrySet()) {
      HasilImpor hasil = service.impor(templat.getKey(), templat.getValue(), true);
      assertThat(hasil.kesalahan()).as(templat.getKey()).isEmpty();
      assertThat(hasil.jumlahBaris()).isEqualTo(1);
      assertThat(hasil.pegawai().dibuat() + hasil.pegawai().tidakBerubah()).isEqualTo(1);
    }
  }

  @Test
  void tanpaLoginDitolak() throws Exception {
    MockMultipartFile berkas = new MockMultipartFile("berkas", "register.csv", "text/csv",
        BerkasUji.organisasiAwal().csv(';', false));

    mvc.perform(multipart("/api/impor/register").file(berkas).with(csrf()))
        .andExpect(status().isUnauthorized());
  }
}
