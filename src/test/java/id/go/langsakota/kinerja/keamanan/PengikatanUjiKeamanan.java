package id.go.langsakota.kinerja.keamanan;

import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Declared fields of the test-only process uji-tugas-keamanan (src/test/resources/keamanan): it
 * is started over REST with the variable pemilik; its one task takes no fields.
 */
@Component
public class PengikatanUjiKeamanan implements PengikatanProses {

  @Override
  public String kunciProses() {
    return DataUjiIdentitas.PROSES_UJI;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return Map.of("Task_KerjakanUji", IsianFormulir.untuk("Task_KerjakanUji"));
  }

  @Override
  public Optional<IsianFormulir> isianMulai() {
    return Optional.of(IsianFormulir.untuk(DataUjiIdentitas.PROSES_UJI, Isian.teks("pemilik")));
  }
}
