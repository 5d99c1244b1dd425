package id.go.langsakota.kinerja.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The operator command's exit codes and report, without ending the test JVM. */
@SpringBootTest
@ActiveProfiles("test")
class PerintahImporRegisterTest {

  @Autowired ImporRegisterService service;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path folder;

  private final ByteArrayOutputStream keluaran = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(keluaran, true, StandardCharsets.UTF_8);

  @AfterEach
  void bersihkan() {
    RegisterUjiBersih.bersihkan(jdbc);
  }

  @Test
  void berkasBenarDiimporDenganKodeKeluarNol() throws Exception {
    Path berkas = Files.write(folder.resolve("register.xlsx"), BerkasUji.organisasiAwal().xlsx());

    int kode = new PerintahImporRegister(service).jalankan(berkas, false, out);

    assertThat(kode).isZero();
    String laporan = keluaran.toString(StandardCharsets.UTF_8);
    assertThat(laporan).contains("Impor berhasil (6 baris)")
        .contains("Pegawai    : 4 dibuat, 0 diubah, 0 tidak berubah");
    assertThat(jdbc.queryForObject("select count(*) from jabatan where kode like 'UJI-%'",
        Integer.class)).isEqualTo(6);
  }

  @Test
  void berkasDitolakDenganKodeKeluarSatuDanDaftarKesalahan() throws Exception {
    BerkasUji salah = BerkasUji.baru().baris(BerkasUji.jabatan("UJI-DINKES",
        "Dinas Kesehatan Uji", "", "UJI-KADIS", "Kepala Dinas", "JPT", "0", ""));
    Path berkas = Files.write(folder.resolve("register.csv"), salah.csv(';', false));

    int kode = new PerintahImporRegister(service).jalankan(berkas, false, out);

    assertThat(kode).isEqualTo(1);
    assertThat(keluaran.toString(StandardCharsets.UTF_8))
        .contains("Berkas ditolak: 1 kesalahan. Tidak ada data yang disimpan.")
        .contains("Baris 2, kolom kelas_jabatan: kelas_jabatan harus bilangan bulat 1 sampai 17");
  }

  @Test
  void berkasTidakAdaMemberiKodeKeluarSatu() {
    int kode = new PerintahImporRegister(service).jalankan(folder.resolve("tidak-ada.xlsx"), false,
        out);

    assertThat(kode).isEqualTo(1);
    assertThat(keluaran.toString(StandardCharsets.UTF_8)).contains("Berkas tidak dapat dibaca");
  }

  @Test
  void runnerMeneruskanKodeKeluarKeFungsiKeluar() throws Exception {
    Path benar = Files.write(folder.resolve("benar.csv"), BerkasUji.organisasiAwal().csv(';', false));
    Path salah = Files.write(folder.resolve("salah.csv"), "bukan;register\n1;2\n".getBytes());
    List<Integer> kodeKeluar = new ArrayList<>();
    PerintahImporRegister perintah = new PerintahImporRegister(service);

    new ImporRegisterRunner(perintah, benar, true, kodeKeluar::add).run(null);
    new ImporRegisterRunner(perintah, salah, false, kodeKeluar::add).run(null);

    assertThat(kodeKeluar).containsExactly(0, 1);
    // validasi-saja: nothing written by the first run
    assertThat(jdbc.queryForObject("select count(*) from jabatan where kode like 'UJI-%'",
        Integer.class)).isZero();
  }
}
