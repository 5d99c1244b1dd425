package id.go.langsakota.kinerja;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kinerja ASN Langsa: pengelolaan kinerja dan jabatan ASN Pemerintah Kota Langsa. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaAsnApplication {

  public static void main(String[] args) {
    SpringApplication.run(KinerjaAsnApplication.class, args);
  }
}
