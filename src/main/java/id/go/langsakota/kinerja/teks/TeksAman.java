package id.go.langsakota.kinerja.teks;

import java.net.URI;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Keeps text that people typed (or imported, or named a file with) inert wherever it is shown.
 *
 * <p>Two sides. On the way in, {@link #bersihkan} removes what no one types on purpose (control and
 * bidi-override characters) and keeps the rest of the user's text exactly; {@link #namaBerkas}
 * makes an uploaded file name harmless. On the way out, text is escaped for the context it lands
 * in: {@link #html} (OWASP Java Encoder), {@link #markdown} for the Markdown that Camunda Forms text
 * views render, {@link #tautanMarkdown} for links (http/https or a path of this app only),
 * {@link #selSpreadsheet} for cells of exported CSV/XLSX files.
 */
public final class TeksAman {

  /** First characters that make a spreadsheet cell a formula (OWASP "CSV injection"). */
  private static final String AWAL_RUMUS = "=+-@\t\r";
  /** ASCII punctuation that means something in Markdown (CommonMark backslash-escapable). */
  private static final String TANDA_MARKDOWN = "\\`*_{}[]()#+-.!|~";
  /** Characters never kept in a file name: path, markup, shell and spreadsheet meaning. */
  private static final String TANDA_NAMA_BERKAS = "<>:\"/\\|?*`'$&;={}[]%#";
  public static final int PANJANG_NAMA_BERKAS_MAKS = 120;

  private TeksAman() {}

  // --- on the way in ----------------------------------------------------------------------------

  /**
   * The user's text without control characters (tab and line breaks stay; CR LF becomes LF) and
   * without invisible direction overrides, which can make a text read differently than it is.
   * Null stays null.
   */
  public static String bersihkan(String teks) {
    if (teks == null) {
      return null;
    }
    String t = teks.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = new StringBuilder(t.length());
    t.codePoints().filter(c -> c == '\n' || c == '\t' || !tersembunyi(c)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Control (Cc), format (Cf: zero-width, bidi overrides) and private or unassigned code points. */
  static boolean tersembunyi(int c) {
    int jenis = Character.getType(c);
    return jenis == Character.CONTROL || jenis == Character.FORMAT
        || jenis == Character.PRIVATE_USE || jenis == Character.SURROGATE
        || jenis == Character.UNASSIGNED;
  }

  /**
   * A safe name for an uploaded file: only the last path segment, no control or markup
   * characters (they become '_'), no leading dots or dashes, at most
   * {@value #PANJANG_NAMA_BERKAS_MAKS} characters with the extension kept. Returns "" when
   * nothing usable is left.
   */
  public static String namaBerkas(String nama) {
    if (nama == null) {
      return "";
    }
    String n = bersihkan(nama).replace('\\', '/').replace('\n', ' ').replace('\t', ' ');
    int garis = n.lastIndexOf('/');
    if (garis >= 0) {
      n = n.substring(garis + 1);
    }
    StringBuilder sb = new StringBuilder(n.length());
    n.codePoints().forEach(c -> sb.appendCodePoint(TANDA_NAMA_BERKAS.indexOf(c) >= 0 ? '_' : c));
    n = sb.toString().replaceAll("\\s+", " ").replaceAll("_{2,}", "_").strip();
    n = n.replaceFirst("^[.\\-+@_ ]+", "");
    if (n.length() > PANJANG_NAMA_BERKAS_MAKS) {
      int titik = n.lastIndexOf('.');
      String ext = titik > 0 && n.length() - titik <= 10 ? n.substring(titik) : "";
      n = n.substring(0, PANJANG_NAMA_BERKAS_MAKS - ext.length()).strip() + ext;
    }
    return n;
  }

  // --- on the way out ---------------------------------------------------------------------------

  /** Text for an HTML element's content or a quoted attribute value. Null → "". */
  public static String html(String teks) {
    return teks == null ? "" : Encode.forHtml(teks);
  }

  /**
   * Text for a Markdown view (a Camunda Forms text component, any server-built Markdown): every
   * Markdown punctuation is backslash-escaped, so the text cannot open a link, an image, emphasis,
   * a heading or a list; {@code <>&"'} become HTML entities, so raw HTML in it is shown, not
   * parsed. Line breaks are kept as Markdown hard breaks. Null → "".
   */
  public static String markdown(String teks) {
    if (teks == null) {
      return "";
    }
    String t = bersihkan(teks);
    StringBuilder sb = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        sb.append("  \n"); // hard break: the next line starts a new line, not a block
      } else if (TANDA_MARKDOWN.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    // Entities after the backslashes: "&lt;" itself must not be escaped again.
    return Encode.forHtml(sb.toString());
  }

  /**
   * A Markdown link whose label is escaped ({@link #markdown}) and whose target is only used when
   * it is an http(s) URL with a host or a path of this application ("/api/..."); anything else
   * ({@code javascript:}, {@code data:}, protocol-relative "//host") yields the label as plain
   * text.
   */
  public static String tautanMarkdown(String label, String alamat) {
    String teks = markdown(label);
    if (!alamatAman(alamat)) {
      return teks;
    }
    // Inside <...>: spaces and parentheses in the URL cannot end the link early.
    String tujuan = alamat.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    return "[" + teks + "](<" + tujuan + ">)";
  }

  /** True for an absolute http/https URL with a host, or a path of this app starting with one '/'. */
  public static boolean alamatAman(String alamat) {
    if (alamat == null || alamat.isBlank() || alamat.length() > 2000) {
      return false;
    }
    for (int i = 0; i < alamat.length(); i++) {
      if (Character.isISOControl(alamat.charAt(i)) || Character.isWhitespace(alamat.charAt(i))) {
        return false;
      }
    }
    if (alamat.startsWith("/") && !alamat.startsWith("//") && !alamat.contains("\\")) {
      return true;
    }
    try {
      URI u = new URI(alamat);
      String skema = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (skema.equals("http") || skema.equals("https")) && u.getHost() != null
          && !u.getHost().isBlank();
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * A cell of an exported spreadsheet (CSV or a text cell of XLSX): a value that a spreadsheet
   * would read as a formula (first character {@code = + - @}, tab or CR) gets a leading
   * apostrophe, so it is shown as the text it is. Null → "".
   */
  public static String selSpreadsheet(String teks) {
    if (teks == null || teks.isEmpty()) {
      return teks == null ? "" : teks;
    }
    return AWAL_RUMUS.indexOf(teks.charAt(0)) >= 0 ? "'" + teks : teks;
  }

  /**
   * True when an imported cell value would start a formula in a spreadsheet: first character
   * {@code = + @}, or '-' followed by more text (a lone "-" is the usual "empty" mark).
   */
  public static boolean awalRumus(String nilai) {
    if (nilai == null || nilai.isEmpty()) {
      return false;
    }
    char c = nilai.charAt(0);
    return c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
        || (c == '-' && nilai.strip().length() > 1);
  }
}
