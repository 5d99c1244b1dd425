package id.go.langsakota.kinerja.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo organisation at startup of the default run; before the identity reconciliation
 * (order 100) so the demo users exist when it runs.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class OrganisasiDemoRunner implements ApplicationRunner {

  private final OrganisasiDemoSeeder seeder;

  OrganisasiDemoRunner(OrganisasiDemoSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void run(ApplicationArguments args) {
    seeder.isiJikaKosong();
  }
}
