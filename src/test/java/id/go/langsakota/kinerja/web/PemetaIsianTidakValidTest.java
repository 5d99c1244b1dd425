package id.go.langsakota.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** The mapper without a server: which exceptions it takes and what it answers. */
class PemetaIsianTidakValidTest {

  private final PemetaIsianTidakValid.UntukRestException rest = new PemetaIsianTidakValid.UntukRestException();
  private final PemetaIsianTidakValid.UntukProcessEngineException engine =
      new PemetaIsianTidakValid.UntukProcessEngineException();

  /** As submit-form sees it: REST wrapper, engine's listener wrapper, the listener's exception. */
  private static RestException dibungkus(Exception asli) {
    ProcessEngineException listener =
        new ProcessEngineException("Exception while invoking TaskListener: " + asli.getMessage(), asli);
    return new RestException(Response.Status.INTERNAL_SERVER_ERROR, listener,
        "Cannot submit task form t1: " + listener.getMessage());
  }

  @Test
  void menemukanIsianTidakValidDiRantaiPenyebabDanMenjawab400() {
    IsianTidakValidException asli = new IsianTidakValidException(
        List.of("Indikator 'A': realisasi tidak boleh negatif", "Catatan terlalu panjang"));
    RestException e = dibungkus(asli);
    assertThat(rest.isMappable(e)).isTrue();

    Response r = rest.toResponse(e);
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getMediaType().toString()).isEqualTo("application/json");
    @SuppressWarnings("unchecked")
    Map<String, Object> isi = (Map<String, Object>) r.getEntity();
    assertThat(isi).containsEntry("type", "IsianTidakValidException")
        .containsEntry("message", "Isian belum benar: Indikator 'A': realisasi tidak boleh negatif; Catatan terlalu panjang")
        .containsEntry("code", 20400)
        .containsEntry("kesalahan", List.of("Indikator 'A': realisasi tidak boleh negatif", "Catatan terlalu panjang"));
  }

  @Test
  void langsungSebagaiProcessEngineException() {
    IsianTidakValidException asli = new IsianTidakValidException("Nilai wajib diisi");
    assertThat(engine.isMappable(asli)).isTrue();
    assertThat(engine.toResponse(asli).getStatus()).isEqualTo(400);
    assertThat(engine.isMappable(new ProcessEngineException("Isian belum benar: palsu"))).isFalse();
  }

  @Test
  void kesalahanLainDiserahkanKePemetaCamunda() {
    assertThat(rest.isMappable(dibungkus(new IllegalStateException("basis data mati")))).isFalse();
    assertThat(rest.isMappable(new RestException(Response.Status.NOT_FOUND, "tidak ada"))).isFalse();
    assertThat(engine.isMappable(new ProcessEngineException("lain", new RuntimeException("x")))).isFalse();
  }

  @Test
  void rantaiMelingkarTidakMembuatnyaBerputarSelamanya() {
    ProcessEngineException a = new ProcessEngineException("a");
    ProcessEngineException b = new ProcessEngineException("b", a);
    a.initCause(b);
    assertThat(PemetaIsianTidakValid.cari(a)).isEmpty();
  }
}
