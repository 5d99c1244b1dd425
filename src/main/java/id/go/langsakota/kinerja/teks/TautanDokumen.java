package id.go.langsakota.kinerja.teks;

import java.util.ArrayList;
import java.util.List;

/**
 * Links from a task's form to the official documents of "Kinerja saya" (PDF) and its page, as
 * Markdown for a Camunda Forms text view or as {label, url} pairs for an embedded form. The paths
 * are those of {@code kinerjasaya.KinerjaSayaController}; the PDFs are served to the logged-in
 * Tasklist user (session authentication on /api) under that controller's own access rule (the
 * pegawai, their pejabat penilai and atasan, BKPSDM), so a link never carries a secret.
 * Tasklist's custom script opens every link of a text view in a new tab.
 */
public final class TautanDokumen {

  /** One link: what it says and where it goes. */
  public record Tautan(String label, String url) {}

  private static final String API = "/api/kinerja-saya/pegawai/";

  private TautanDokumen() {}

  public static Tautan skp(String nip, int tahun, String label) {
    return new Tautan(label, API + nip + "/" + tahun + "/skp.pdf");
  }

  /** @param ke the period's number in the year, 1-based */
  public static Tautan evaluasiPeriode(String nip, int tahun, int ke, String label) {
    return new Tautan(label, API + nip + "/" + tahun + "/periode/" + ke + "/evaluasi.pdf");
  }

  public static Tautan evaluasiTahunan(String nip, int tahun, String label) {
    return new Tautan(label, API + nip + "/" + tahun + "/evaluasi-tahunan.pdf");
  }

  /** The read-only "Kinerja saya" page of that pegawai and year. */
  public static Tautan halaman(String nip, int tahun, String label) {
    return new Tautan(label, "/kinerja-saya/?nip=" + nip + "&tahun=" + tahun);
  }

  public static Tautan panduan(String label) {
    return new Tautan(label, "/kinerja-saya/panduan.html");
  }

  /** "**Dokumen:** [a](..) · [b](..)" for a text view; empty when there is nothing to link. */
  public static String markdown(List<Tautan> daftar) {
    List<String> bagian = new ArrayList<>();
    for (Tautan t : daftar) {
      bagian.add(TeksAman.tautanMarkdown(t.label(), t.url()));
    }
    return bagian.isEmpty() ? "" : "**Dokumen (terbuka di tab baru):** " + String.join(" · ", bagian);
  }
}
