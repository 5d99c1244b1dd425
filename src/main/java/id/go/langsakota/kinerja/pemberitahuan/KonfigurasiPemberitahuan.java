package id.go.langsakota.kinerja.pemberitahuan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the delivery poller ({@link PengirimPemberitahuan}) and binds kinerja.notifikasi.*. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PengaturanNotifikasi.class)
public class KonfigurasiPemberitahuan {}
