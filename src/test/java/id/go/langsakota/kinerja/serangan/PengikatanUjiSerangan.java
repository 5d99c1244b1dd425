package id.go.langsakota.kinerja.serangan;

import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Declared fields of the test-only process uji-serangan (src/test/resources/serangan): its task
 * takes the fields the client-error cases send, so that those reach the engine and its error
 * mapping behind the declared-field guard; the guard's own refusals are tested elsewhere.
 */
@Component
public class PengikatanUjiSerangan implements PengikatanProses {

  @Override
  public String kunciProses() {
    return SeranganKesalahanKlienHttpTest.PROSES;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return Map.of("Task_KerjakanUji", IsianFormulir.untuk("Task_KerjakanUji",
        Isian.ya("tolak"), Isian.bilangan("jumlah"), Isian.bilangan("nilai"), Isian.json("data")));
  }

  @Override
  public Optional<IsianFormulir> isianMulai() {
    return Optional.of(IsianFormulir.untuk(SeranganKesalahanKlienHttpTest.PROSES, Isian.teks("pemilik")));
  }
}
