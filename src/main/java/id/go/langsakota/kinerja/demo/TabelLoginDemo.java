package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints the demo logins when the default run is ready, so whoever started it knows how to log
 * in to Tasklist. The same table is in docs/demo-login.md.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
public class TabelLoginDemo {

  private static final Logger log = LoggerFactory.getLogger(TabelLoginDemo.class);
  static final String[] JUDUL = {"Peran", "Pengguna (NIP / login)", "Nama", "Kata sandi"};

  private final PegawaiRepository pegawaiRepository;
  private final Environment env;
  private final TindakLanjutDemoSeeder tindakLanjut;

  public TabelLoginDemo(PegawaiRepository pegawaiRepository, Environment env, TindakLanjutDemoSeeder tindakLanjut) {
    this.pegawaiRepository = pegawaiRepository;
    this.env = env;
    this.tindakLanjut = tindakLanjut;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void cetak() {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    log.info("\n{}", teks(baris(), "http://localhost:" + port + "/camunda/app/tasklist/"));
  }

  /** One row per {@link DemoLogin}: peran with jabatan, user id, full name, password. */
  List<String[]> baris() {
    List<String[]> hasil = new ArrayList<>();
    for (DemoLogin d : DemoLogin.values()) {
      String id;
      String nama;
      switch (d) {
        case WALIKOTA -> {
          id = env.getProperty("kinerja.ppk.id-pengguna", d.idPengguna());
          nama = env.getProperty("kinerja.ppk.nama", "Wali Kota Langsa");
        }
        case ADMIN -> {
          id = env.getProperty("camunda.bpm.admin-user.id", d.idPengguna());
          nama = (env.getProperty("camunda.bpm.admin-user.first-name", "") + " "
              + env.getProperty("camunda.bpm.admin-user.last-name", "")).trim();
        }
        default -> {
          id = d.idPengguna();
          nama = pegawaiRepository.findByNip(id).map(Pegawai::getNamaLengkap)
              .orElse("(tidak ada di register)");
        }
      }
      hasil.add(new String[] {d.peran() + " — " + d.keterangan(), id, nama, DemoLogin.KATA_SANDI});
    }
    // the follow-up walk's people (Kecamatan Langsa Barat), when that seed is on
    if (env.getProperty("kinerja.demo.tindak-lanjut", Boolean.class, false)) {
      hasil.addAll(tindakLanjut.loginTindakLanjut(java.time.LocalDate.now(id.go.langsakota.kinerja.config.Waktu.WIB)));
    }
    return hasil;
  }

  /** The table as Markdown with padded columns (readable in a console, pasteable into README). */
  static String teks(List<String[]> baris, String urlTasklist) {
    int[] lebar = new int[JUDUL.length];
    List<String[]> semua = new ArrayList<>();
    semua.add(JUDUL);
    semua.addAll(baris);
    for (String[] b : semua) {
      for (int i = 0; i < lebar.length; i++) {
        lebar[i] = Math.max(lebar[i], b[i].length());
      }
    }
    StringBuilder s = new StringBuilder("Login demo Kinerja ASN Langsa (Tasklist: ")
        .append(urlTasklist).append(")\n");
    for (int r = 0; r < semua.size(); r++) {
      s.append(garis(semua.get(r), lebar)).append('\n');
      if (r == 0) {
        String[] pemisah = new String[lebar.length];
        for (int i = 0; i < lebar.length; i++) {
          pemisah[i] = "-".repeat(lebar[i]);
        }
        s.append(garis(pemisah, lebar)).append('\n');
      }
    }
    return s.toString();
  }

  private static String garis(String[] sel, int[] lebar) {
    StringBuilder s = new StringBuilder("|");
    for (int i = 0; i < sel.length; i++) {
      s.append(' ').append(sel[i]).append(" ".repeat(lebar[i] - sel[i].length())).append(" |");
    }
    return s.toString();
  }
}
