package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checked file asks for. Each OPD, unit and jabatan is defined by the first row naming its
 * kode (the checks made sure later rows agree); each pegawai by its rows merged.
 *
 * @param baru rows that start an assignment
 * @param ditutup open assignments to close, with their last day (the day before the earliest
 *     new tmt that displaces them)
 * @param penugasanTetap rows whose assignment is already open as the file says
 */
record Rencana(
    List<BarisRegister> baris,
    Set<KolomRegister> kolomAda,
    Map<String, BarisRegister> opd,
    Map<String, BarisRegister> unit,
    Map<String, BarisRegister> jabatan,
    Map<String, PegawaiBerkas> pegawai,
    List<BarisRegister> baru,
    Map<PenugasanJabatan, LocalDate> ditutup,
    int penugasanTetap,
    List<Kesalahan> kesalahan,
    List<Kesalahan> peringatan) {

  boolean ada(KolomRegister kolom) {
    return kolomAda.contains(kolom);
  }
}
