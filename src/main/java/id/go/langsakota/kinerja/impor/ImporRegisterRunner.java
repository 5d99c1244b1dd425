package id.go.langsakota.kinerja.impor;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --kinerja.impor.berkas=/path/register.xlsx}: imports the file, prints
 * the report and ends the application with exit code 0 (imported) or 1 (rejected).
 * {@code --kinerja.impor.validasi-saja=true} only checks.
 */
@Component
@ConditionalOnProperty(name = ImporRegisterRunner.PROPERTI_BERKAS)
class ImporRegisterRunner implements ApplicationRunner {

  static final String PROPERTI_BERKAS = "kinerja.impor.berkas";

  private final PerintahImporRegister perintah;
  private final Path berkas;
  private final boolean validasiSaja;
  private final IntConsumer keluar;

  @Autowired
  ImporRegisterRunner(ImporRegisterService service, ConfigurableApplicationContext context,
      @Value("${" + PROPERTI_BERKAS + "}") String berkas,
      @Value("${kinerja.impor.validasi-saja:false}") boolean validasiSaja) {
    this(new PerintahImporRegister(service), Path.of(berkas), validasiSaja,
        kode -> System.exit(SpringApplication.exit(context, () -> kode)));
  }

  ImporRegisterRunner(PerintahImporRegister perintah, Path berkas, boolean validasiSaja,
      IntConsumer keluar) {
    this.perintah = perintah;
    this.berkas = berkas;
    this.validasiSaja = validasiSaja;
    this.keluar = keluar;
  }

  @Override
  public void run(ApplicationArguments args) {
    keluar.accept(perintah.jalankan(berkas, validasiSaja, System.out));
  }
}
