package id.go.langsakota.kinerja.pemberitahuan;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Composes the Indonesian e-mail of one notice or of a day's digest. Pure: no database, so the
 * wording is unit-tested. Every value that comes from users or the register is HTML-escaped.
 */
public final class PenyusunPesan {

  static final String APLIKASI = "Kinerja ASN Langsa";
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final String PENUTUP = "Pesan ini dikirim otomatis oleh " + APLIKASI
      + "; mohon tidak membalas email ini.";

  private PenyusunPesan() {}

  /** One notice as it is delivered: its title, text, link and when it was written. */
  public record Butir(Pemberitahuan.Jenis jenis, String judul, String pesan, String tautan, Instant dibuatPada) {}

  public static Pesan tunggal(String namaPenerima, Butir b) {
    String judul = "[" + APLIKASI + "] " + b.judul();
    String ajakan = ajakan(b);
    String teks = "Yth. " + namaPenerima + ",\n\n"
        + b.pesan() + "\n\n"
        + ajakan + ":\n" + b.tautan() + "\n\n"
        + "-- \n" + PENUTUP + "\n";
    String html = "<!DOCTYPE html><html lang=\"id\"><body style=\"font-family:sans-serif\">"
        + "<p>Yth. " + e(namaPenerima) + ",</p>"
        + "<p>" + e(b.pesan()) + "</p>"
        + "<p><a href=\"" + e(b.tautan()) + "\">" + e(ajakan) + "</a></p>"
        + "<p style=\"color:#666;font-size:small\">" + e(PENUTUP) + "</p></body></html>";
    return new Pesan(judul, teks, html);
  }

  /** All pending notices of one person in one message, oldest first. */
  public static Pesan ringkasan(String namaPenerima, LocalDate tanggal, List<Butir> butir) {
    String judul = "[" + APLIKASI + "] Ringkasan pemberitahuan " + TANGGAL.format(tanggal)
        + " (" + butir.size() + ")";
    StringBuilder teks = new StringBuilder("Yth. " + namaPenerima + ",\n\n"
        + "Berikut " + butir.size() + " pemberitahuan untuk Anda:\n\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><body style=\"font-family:sans-serif\">"
        + "<p>Yth. " + e(namaPenerima) + ",</p><p>Berikut " + butir.size()
        + " pemberitahuan untuk Anda:</p><ol>");
    int n = 1;
    for (Butir b : butir) {
      String waktu = JAM.format(b.dibuatPada().atZone(Waktu.WIB));
      teks.append(n++).append(". ").append(b.judul()).append(" (").append(waktu).append(")\n   ")
          .append(b.pesan()).append("\n   ").append(b.tautan()).append("\n\n");
      html.append("<li><p><strong>").append(e(b.judul())).append("</strong> (").append(e(waktu))
          .append(")<br>").append(e(b.pesan())).append("<br><a href=\"").append(e(b.tautan()))
          .append("\">").append(e(ajakan(b))).append("</a></p></li>");
    }
    teks.append("-- \n").append(PENUTUP).append('\n');
    html.append("</ol><p style=\"color:#666;font-size:small\">").append(e(PENUTUP))
        .append("</p></body></html>");
    return new Pesan(judul, teks.toString(), html.toString());
  }

  private static String ajakan(Butir b) {
    return b.tautan().contains("?task=") ? "Buka tugas di Tasklist" : "Buka Tasklist";
  }

  private static String e(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
