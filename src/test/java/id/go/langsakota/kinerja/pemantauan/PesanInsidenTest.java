package id.go.langsakota.kinerja.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.pemantauan.KesehatanProsesService.Insiden;
import org.junit.jupiter.api.Test;

/** The common incident kinds in a process owner's words, never the engine's exception text. */
class PesanInsidenTest {

  private static String pesan(String jenis, String teks, int jumlah, String langkah) {
    return KesehatanProsesService.pesan(new Insiden("p:1:x", jenis, "Task_X", teks, jumlah), jumlah, langkah);
  }

  @Test
  void jenisUmumDalamBahasaIndonesia() {
    assertThat(pesan("failedJob", "MailConnectException: Couldn't connect to host smtp.langsakota.go.id", 3,
        "Kirim pemberitahuan")).isEqualTo("Pengiriman surel gagal pada langkah \"Kirim pemberitahuan\" (3 insiden)");
    assertThat(pesan("failedJob", "OptimisticLockingException: ENGINE-03005", 1, null))
        .isEqualTo("Data diubah bersamaan oleh proses lain; ulangi langkahnya (1 insiden)");
    assertThat(pesan("failedJob", "Communications link failure: connection timed out", 2, "Buat SKP"))
        .isEqualTo("Koneksi ke basis data atau layanan lain terputus pada langkah \"Buat SKP\" (2 insiden)");
    assertThat(pesan("failedJob", "Unknown property used in expression: ${x}", 1, null))
        .isEqualTo("Data yang diperlukan proses tidak ada (1 insiden)");
    assertThat(pesan("failedJob", "java.lang.NullPointerException at Foo.bar", 4, "Hitung capaian"))
        .isEqualTo("Langkah otomatis gagal setelah semua percobaan ulang pada langkah \"Hitung capaian\" (4 insiden)")
        .doesNotContain("NullPointer");
    assertThat(pesan("failedExternalTask", "x", 1, null)).isEqualTo("Tugas eksternal gagal (1 insiden)");
    assertThat(pesan("lainnya", null, 1, null)).isEqualTo("Masalah pada mesin proses (1 insiden)");
  }
}
