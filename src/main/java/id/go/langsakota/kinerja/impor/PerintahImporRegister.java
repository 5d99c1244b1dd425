package id.go.langsakota.kinerja.impor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The operator command behind {@code --kinerja.impor.berkas=...}: imports a file, prints the report
 * in Bahasa Indonesia and answers the process exit code (0 imported or valid, 1 rejected or
 * unreadable). Kept apart from the runner so it is tested without ending the JVM.
 */
final class PerintahImporRegister {

  static final int BERHASIL = 0;
  static final int GAGAL = 1;
  private static final int KESALAHAN_DICETAK_MAKS = 500;

  private final ImporRegisterService service;

  PerintahImporRegister(ImporRegisterService service) {
    this.service = service;
  }

  int jalankan(Path berkas, boolean validasiSaja, PrintStream out) {
    out.println();
    out.println("=== Impor register organisasi" + (validasiSaja ? " (validasi saja)" : "") + ": "
        + berkas.toAbsolutePath() + " ===");
    byte[] isi;
    try {
      isi = Files.readAllBytes(berkas);
    } catch (IOException e) {
      out.println("Berkas tidak dapat dibaca: " + e.getMessage());
      return GAGAL;
    }
    HasilImpor hasil = service.impor(berkas.getFileName().toString(), isi, validasiSaja);
    if (!hasil.diterima()) {
      out.println(hasil.pesan() + ". Tidak ada data yang disimpan.");
      hasil.kesalahan().stream().limit(KESALAHAN_DICETAK_MAKS).forEach(k -> out.println("  " + k));
      if (hasil.kesalahan().size() > KESALAHAN_DICETAK_MAKS) {
        out.println("  ... dan " + (hasil.kesalahan().size() - KESALAHAN_DICETAK_MAKS)
            + " kesalahan lain");
      }
      return GAGAL;
    }
    out.println(hasil.pesan());
    out.println("  OPD        : " + hasil.opd());
    out.println("  Unit kerja : " + hasil.unitKerja());
    out.println("  Jabatan    : " + hasil.jabatan());
    out.println("  Pegawai    : " + hasil.pegawai());
    out.println("  Penugasan  : " + hasil.penugasan().dibuat() + " dibuat, "
        + hasil.penugasan().diubah() + " ditutup, " + hasil.penugasan().tidakBerubah()
        + " tidak berubah");
    if (!hasil.peringatan().isEmpty()) {
      out.println("Peringatan (" + hasil.peringatan().size() + "):");
      hasil.peringatan().forEach(k -> out.println("  " + k));
    }
    return BERHASIL;
  }
}
