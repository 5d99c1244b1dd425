package id.go.langsakota.kinerja.pemberitahuan;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail: plain text and HTML alternatives. Spring Boot creates the
 * JavaMailSender only when {@code spring.mail.host} is set; without it this channel is off and
 * its rows wait in the outbox.
 */
@Component
public class SaluranEmail implements SaluranPemberitahuan {

  public static final String KODE = "EMAIL";
  private static final Logger LOG = LoggerFactory.getLogger(SaluranEmail.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final BukuAlamat bukuAlamat;
  private final PengaturanNotifikasi pengaturan;

  public SaluranEmail(ObjectProvider<JavaMailSender> mailSender, BukuAlamat bukuAlamat,
      PengaturanNotifikasi pengaturan) {
    this.mailSender = mailSender;
    this.bukuAlamat = bukuAlamat;
    this.pengaturan = pengaturan;
  }

  @Override
  public String kode() {
    return KODE;
  }

  @Override
  public boolean aktif() {
    return mailSender.getIfAvailable() != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void laporSaatMulai() {
    if (!aktif()) {
      LOG.info("Pengiriman pemberitahuan lewat email nonaktif: spring.mail.host tidak diatur; "
          + "pemberitahuan tetap dicatat di tabel pemberitahuan");
    }
  }

  @Override
  public Optional<String> alamat(String idPengguna) {
    return Optional.ofNullable(bukuAlamat.kontak(idPengguna).email());
  }

  @Override
  public String alasanTanpaAlamat(String idPengguna) {
    return bukuAlamat.kontak(idPengguna).diRegister()
        ? "Pegawai " + idPengguna + " tidak mempunyai alamat email di register"
        : "Pengguna " + idPengguna + " tidak mempunyai alamat email";
  }

  @Override
  public void kirim(String alamat, Pesan pesan) throws Exception {
    JavaMailSender sender = mailSender.getObject();
    MimeMessage m = sender.createMimeMessage();
    MimeMessageHelper h = new MimeMessageHelper(m, true, StandardCharsets.UTF_8.name());
    h.setFrom(pengaturan.emailPengirim());
    h.setTo(alamat);
    h.setSubject(pesan.judul());
    h.setText(pesan.teks(), pesan.html());
    sender.send(m);
  }
}
