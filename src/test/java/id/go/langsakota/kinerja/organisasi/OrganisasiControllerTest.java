package id.go.langsakota.kinerja.organisasi;

import static id.go.langsakota.kinerja.organisasi.OrganisasiUji.*;
import static id.go.langsakota.kinerja.web.PemanggilUji.sebagai;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.langsakota.kinerja.web.PemanggilUji.PemetaanGalat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The /api/organisasi endpoints over MockMvc on the real register (JPA slice), with a stubbed
 * Authentication and an exception mapping as the shared web.ApiExceptionHandler does it
 * (IllegalArgument 400, AccessDenied 403, NoSuchElement 404, IllegalState 409).
 */
@RegisterJpaTest
class OrganisasiControllerTest {

  @Autowired RegisterOrganisasiService register;
  @Autowired PengelolaanRegisterService pengelolaan;
  @Autowired PeranPenggunaRepository peranRepository;
  MockMvc mvc;

  @BeforeEach
  void siapkan() {
    new OrganisasiUji(pengelolaan).bangun();
    mvc = MockMvcBuilders.standaloneSetup(new OrganisasiController(register, pengelolaan,
        id -> peranRepository.existsByIdPenggunaAndPeran(id, Peran.ADMIN)))
        .setControllerAdvice(new PemetaanGalat())
        // ISO dates, as Spring Boot configures Jackson in the application
        .setMessageConverters(new MappingJackson2HttpMessageConverter(Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()))
        .build();
  }

  private static MockHttpServletRequestBuilder oleh(MockHttpServletRequestBuilder r, Authentication a) {
    return r.principal(a);
  }

  @Test
  void thePegawaiSeesTheirOwnDataWithJabatanAndHistory() throws Exception {
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", PEL1), sebagai(PEL1, "ROLE_PEGAWAI")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nip").value(PEL1))
        .andExpect(jsonPath("$.jabatanSekarang.kodeJabatan").value("J-PEL1"))
        .andExpect(jsonPath("$.jabatanSekarang.tmtMulai").value("2024-01-01"))
        .andExpect(jsonPath("$.riwayatJabatan", hasSize(1)));
  }

  @Test
  void pejabatPenilaiAndAtasanMayReadButNotAColleagueOrTheLevelAbove() throws Exception {
    String url = "/api/organisasi/pegawai/{nip}/pejabat-penilai";
    mvc.perform(oleh(get(url, PEL1).param("tanggal", "2025-03-01"), sebagai(KASI, "ROLE_PEGAWAI")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idPengguna").value(KASI))
        .andExpect(jsonPath("$.plt").value(false));
    mvc.perform(oleh(get(url, PEL1), sebagai(KABID, "ROLE_PEGAWAI")))
        .andExpect(status().isOk());
    mvc.perform(oleh(get(url, PEL1), sebagai(PEL2, "ROLE_PEGAWAI")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.pesan", containsString("tidak berhak")));
    mvc.perform(oleh(get(url, PEL1), sebagai(KADIS, "ROLE_PEGAWAI")))
        .andExpect(status().isForbidden());
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", PEL1), sebagai(KADIS, "ROLE_TIM_PENILAI_KINERJA")))
        .andExpect(status().isForbidden());
  }

  @Test
  void bkpsdmAndAdminReadAnybody() throws Exception {
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/atasan-pejabat-penilai", PEL1),
            sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idPengguna").value(KABID));
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/bawahan", KABID), sebagai("demo", "ROLE_CAMUNDA_ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].idPengguna", containsInAnyOrder(KASI, PEL3, PEL4)));
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/kepala-opd", PEL4), sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idPengguna").value(KADIS));
    mvc.perform(oleh(get("/api/organisasi/opd"), sebagai(PEL1, "ROLE_PEGAWAI")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kode", containsInAnyOrder("DISDIK", "SETDA")));
  }

  @Test
  void theWaliKotaAsPpkIsTheAtasanOfAKepalaDinas() throws Exception {
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/atasan-pejabat-penilai", KADIS),
            sebagai("walikota", "ROLE_WALIKOTA")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idPengguna").value("walikota"));
  }

  @Test
  void invalidNipIs400UnknownIs404NoJabatanIs404() throws Exception {
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", "12345"), sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("18 angka")));
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", "198702302010011001"), sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("tanggal lahir")));
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", nip(999)), sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.pesan", containsString("tidak terdaftar")));
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/pejabat-penilai", KASI2), sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.pesan", containsString("jabatan definitif")));
    // somebody without rights learns nothing about an unknown NIP
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}", nip(999)), sebagai(PEL1, "ROLE_PEGAWAI")))
        .andExpect(status().isForbidden());
    mvc.perform(oleh(get("/api/organisasi/pegawai/{nip}/bawahan", KASI).param("tanggal", "2025-02-30"),
            sebagai("staf", "ROLE_BKPSDM")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void onlyBkpsdmChangesTheRegister() throws Exception {
    String body = """
        {"nip":"%s","nama":"Pegawai Baru","jenisAsn":"PNS"}""".formatted(BARU);
    mvc.perform(oleh(post("/api/organisasi/pegawai"), sebagai(KADIS, "ROLE_PEGAWAI"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(oleh(post("/api/organisasi/pegawai"), sebagai("demo", "ROLE_CAMUNDA_ADMIN"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(oleh(post("/api/organisasi/pegawai"), sebagai("staf", "ROLE_BKPSDM"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.nip").value(BARU))
        .andExpect(jsonPath("$.status").value("AKTIF"));
    mvc.perform(oleh(post("/api/organisasi/pegawai"), sebagai("staf", "ROLE_BKPSDM"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict());
  }

  @Test
  void mutationEndpointsValidateAndApply() throws Exception {
    Authentication bkpsdm = sebagai("staf", "ROLE_BKPSDM");
    mvc.perform(oleh(post("/api/organisasi/pegawai"), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"\",\"nama\":\"\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(oleh(post("/api/organisasi/pegawai/{nip}/jabatan", KASI2), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON).content("{\"kodeJabatan\":\"J-KASI2\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(oleh(post("/api/organisasi/pegawai/{nip}/plt", KASI), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kodeJabatan\":\"J-KASI2\",\"tmtMulai\":\"2025-01-01\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.pltSekarang[0].kodeJabatan").value("J-KASI2"));
    mvc.perform(oleh(post("/api/organisasi/pegawai/{nip}/jabatan", KASI2), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kodeJabatan\":\"J-KASI2\",\"tmt\":\"2025-03-01\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.jabatanSekarang.kodeJabatan").value("J-KASI2"));
    mvc.perform(oleh(post("/api/organisasi/pegawai/{nip}/jabatan", PEL1), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kodeJabatan\":\"J-KASI2\",\"tmt\":\"2025-04-01\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.pesan", containsString("sudah dipangku")));
    mvc.perform(oleh(post("/api/organisasi/pegawai/{nip}/berhenti", PEL2), bkpsdm)
            .contentType(MediaType.APPLICATION_JSON).content("{\"tanggal\":\"2025-05-01\",\"alasan\":\"PENSIUN\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENSIUN"))
        .andExpect(jsonPath("$.riwayatJabatan[0].tmtSelesai").value("2025-04-30"));
  }
}
