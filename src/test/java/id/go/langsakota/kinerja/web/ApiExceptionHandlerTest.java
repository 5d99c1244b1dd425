package id.go.langsakota.kinerja.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

class ApiExceptionHandlerTest {

  record DataUji(@NotBlank(message = "wajib diisi") String nama,
                 @Size(min = 18, max = 18, message = "harus 18 digit") String nip) {}

  @RestController
  static class UjiController {
    @GetMapping("/api/uji/{kasus}")
    String lempar(@PathVariable String kasus) {
      switch (kasus) {
        case "argumen" -> throw new IllegalArgumentException("Tahun harus antara 2020 dan 2100");
        case "daftar" -> throw new KesalahanValidasiException("NIP tidak sah",
            List.of("NIP harus 18 digit", "Tanggal lahir tidak sah"));
        case "dilarang" -> throw new AccessDeniedException("Access Denied");
        case "hilang" -> throw new NoSuchElementException("Pegawai dengan NIP 1 tidak ditemukan");
        case "konflik" -> throw new IllegalStateException("SKP sudah disetujui");
        case "status" -> throw new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, "Periode penilaian tidak ditemukan");
        case "ganda" -> throw new DataIntegrityViolationException("Duplicate entry 'x' for key uk_pegawai_nip");
        default -> throw new RuntimeException("rahasia internal");
      }
    }

    @PostMapping("/api/uji")
    String simpan(@Valid @RequestBody DataUji data) {
      return "ok";
    }
  }

  MockMvc mvc;

  @BeforeEach
  void siapkan() {
    mvc = MockMvcBuilders.standaloneSetup(new UjiController())
        .setControllerAdvice(new ApiExceptionHandler())
        .build();
  }

  @Test
  void illegalArgumentIs400WithTheServiceMessage() throws Exception {
    mvc.perform(get("/api/uji/argumen"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan").value("Tahun harus antara 2020 dan 2100"))
        .andExpect(jsonPath("$.kesalahan", empty()));
  }

  @Test
  void validationExceptionListsEveryProblem() throws Exception {
    mvc.perform(get("/api/uji/daftar"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan").value("NIP tidak sah"))
        .andExpect(jsonPath("$.kesalahan", contains("NIP harus 18 digit", "Tanggal lahir tidak sah")));
  }

  @Test
  void beanValidationIs400PerField() throws Exception {
    mvc.perform(post("/api/uji").contentType(MediaType.APPLICATION_JSON).content("{\"nama\":\" \",\"nip\":\"123\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan").value("Data tidak valid."))
        .andExpect(jsonPath("$.kesalahan", contains("nama: wajib diisi", "nip: harus 18 digit")));
  }

  @Test
  void unreadableJsonIs400InIndonesian() throws Exception {
    mvc.perform(post("/api/uji").contentType(MediaType.APPLICATION_JSON).content("{rusak"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("tidak dapat dibaca")));
  }

  @Test
  void accessDeniedIs403() throws Exception {
    mvc.perform(get("/api/uji/dilarang"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.pesan").value("Anda tidak berwenang melakukan tindakan ini."));
  }

  @Test
  void notFoundIs404AndConflictsAre409WithoutDatabaseInternals() throws Exception {
    mvc.perform(get("/api/uji/hilang"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.pesan").value("Pegawai dengan NIP 1 tidak ditemukan"));
    mvc.perform(get("/api/uji/konflik"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.pesan").value("SKP sudah disetujui"));
    mvc.perform(get("/api/uji/ganda"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.pesan", containsString("bertentangan dengan data yang sudah ada")))
        .andExpect(jsonPath("$.pesan", org.hamcrest.Matchers.not(containsString("uk_pegawai_nip"))));
  }

  @Test
  void unexpectedErrorsAre500WithoutInternals() throws Exception {
    mvc.perform(get("/api/uji/lain"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.pesan", containsString("Terjadi kesalahan pada server")))
        .andExpect(jsonPath("$.pesan", org.hamcrest.Matchers.not(containsString("rahasia"))));
  }

  @Test
  void responseStatusExceptionKeepsItsReason() throws Exception {
    mvc.perform(get("/api/uji/status"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.pesan").value("Periode penilaian tidak ditemukan"));
  }

  @Test
  void wrongMethodIs405InIndonesian() throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/uji"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(jsonPath("$.pesan", containsString("tidak didukung")));
  }
}
