package id.go.langsakota.kinerja.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's {@code @Scheduled} housekeeping jobs (e.g. deleting unattached uploads). */
@Configuration
@EnableScheduling
public class KonfigurasiPenjadwalan {}
