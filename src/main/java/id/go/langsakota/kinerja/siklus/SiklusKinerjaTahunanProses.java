package id.go.langsakota.kinerja.siklus;

import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code siklus-kinerja-tahunan}: key, its start form and its one user
 * task, with the fields each may send. The start listener re-checks the start form's values;
 * siklusId is set by the engine (SiklusMulaiListener) and read only by service tasks that run
 * before any user task.
 */
@Component
public class SiklusKinerjaTahunanProses implements PengikatanProses {

  public static final String KUNCI = "siklus-kinerja-tahunan";
  public static final String FORMULIR_MULAI = "siklus-kinerja-tahunan-mulai";
  public static final String TUGAS_TINJAU = "tinjau-ringkasan-siklus";

  public static final String TAHUN = "tahun";
  public static final String SEMUA_OPD = "semuaOpd";
  public static final String KODE_OPD = "kodeOpd";
  public static final String JENIS_PERIODE = "jenisPeriode";
  public static final String BATAS_PENETAPAN_SKP = "batasPenetapanSkp";

  public static final IsianFormulir ISIAN_MULAI = IsianFormulir.untuk(FORMULIR_MULAI,
      Isian.bilangan(TAHUN), Isian.ya(SEMUA_OPD), Isian.teks(KODE_OPD), Isian.teks(JENIS_PERIODE),
      Isian.tanggal(BATAS_PENETAPAN_SKP));

  /** The review task only shows the summary: nothing to send but the echoed display fields. */
  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_TINJAU, IsianFormulir.untuk(TUGAS_TINJAU,
          Isian.teks("ringkasanSiklus").sebagaiTampilan(),
          Isian.bilangan("jumlahPegawai").sebagaiTampilan(),
          Isian.bilangan("dimulai").sebagaiTampilan(),
          Isian.bilangan("sudahAda").sebagaiTampilan()));

  @Override
  public String kunciProses() {
    return KUNCI;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return ISIAN;
  }

  @Override
  public Optional<IsianFormulir> isianMulai() {
    return Optional.of(ISIAN_MULAI);
  }
}
