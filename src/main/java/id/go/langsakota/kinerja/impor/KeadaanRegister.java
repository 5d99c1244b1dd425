package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as stored, loaded once per import (a handful of queries instead of one per row),
 * with the lookups the checks and the writer need. Open assignments are those without
 * tmt_selesai.
 */
final class KeadaanRegister {

  final Map<String, Opd> opd;
  final Map<String, UnitKerja> unit;
  final Map<Long, UnitKerja> unitById;
  final Map<String, Jabatan> jabatan;
  final Map<Long, Jabatan> jabatanById;
  final Map<String, Pegawai> pegawai;
  final List<PenugasanJabatan> terbuka;
  private final Map<String, List<PenugasanJabatan>> terbukaPadaJabatan;
  private final Map<String, List<PenugasanJabatan>> terbukaMilikPegawai;

  KeadaanRegister(List<Opd> opd, List<UnitKerja> unit, List<Jabatan> jabatan,
      List<Pegawai> pegawai, List<PenugasanJabatan> terbuka) {
    this.opd = peta(opd, Opd::getKode);
    this.unit = peta(unit, UnitKerja::getKode);
    this.unitById = peta(unit, UnitKerja::getId);
    this.jabatan = peta(jabatan, Jabatan::getKode);
    this.jabatanById = peta(jabatan, Jabatan::getId);
    this.pegawai = peta(pegawai, Pegawai::getNip);
    this.terbuka = List.copyOf(terbuka);
    this.terbukaPadaJabatan = terbuka.stream()
        .collect(Collectors.groupingBy(p -> p.getJabatan().getKode()));
    this.terbukaMilikPegawai = terbuka.stream()
        .collect(Collectors.groupingBy(p -> p.getPegawai().getNip()));
  }

  static KeadaanRegister kosong() {
    return new KeadaanRegister(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Kode of the stored unit induk, or null. */
  String kodeIndukTersimpan(UnitKerja u) {
    if (u.getInduk() == null) {
      return null;
    }
    UnitKerja induk = unitById.get(u.getInduk().getId());
    return induk == null ? null : induk.getKode();
  }

  /** Kode of the stored atasan, or null. */
  String kodeAtasanTersimpan(Jabatan j) {
    if (j.getAtasan() == null) {
      return null;
    }
    Jabatan atasan = jabatanById.get(j.getAtasan().getId());
    return atasan == null ? null : atasan.getKode();
  }

  String kodeOpdTersimpan(UnitKerja u) {
    return u.getOpd().getKode();
  }

  /** Open assignments of a pegawai of one kind. */
  List<PenugasanJabatan> terbukaMilik(String nip, JenisPenugasan jenis) {
    return saring(terbukaMilikPegawai.get(nip), jenis);
  }

  /** Open assignments on a jabatan of one kind. */
  List<PenugasanJabatan> terbukaPada(String kodeJabatan, JenisPenugasan jenis) {
    return saring(terbukaPadaJabatan.get(kodeJabatan), jenis);
  }

  private static List<PenugasanJabatan> saring(List<PenugasanJabatan> daftar, JenisPenugasan jenis) {
    return daftar == null ? List.of() : daftar.stream().filter(p -> p.getJenis() == jenis).toList();
  }

  private static <K, V> Map<K, V> peta(List<V> daftar, Function<V, K> kunci) {
    Map<K, V> m = new HashMap<>();
    for (V v : daftar) {
      m.put(kunci.apply(v), v);
    }
    return m;
  }
}
