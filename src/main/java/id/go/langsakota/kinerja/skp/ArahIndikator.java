package id.go.langsakota.kinerja.skp;

/** Whether a higher realisasi is better, or a lower one (e.g. days of turnaround). */
public enum ArahIndikator {
  LEBIH_TINGGI_LEBIH_BAIK, LEBIH_RENDAH_LEBIH_BAIK
}
