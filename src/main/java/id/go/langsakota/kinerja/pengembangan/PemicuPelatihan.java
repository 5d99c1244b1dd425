package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;

/** What started a training need, each switched on or off by its own setting. */
public enum PemicuPelatihan {
  PREDIKAT("Predikat tahunan final Butuh Perbaikan atau lebih rendah", KunciPengaturan.PEMICU_PELATIHAN_PREDIKAT),
  BERAKHLAK("Nilai BerAKHLAK Di Bawah Ekspektasi", KunciPengaturan.PEMICU_PELATIHAN_BERAKHLAK),
  JP_KURANG("JP tahunan di bawah minimal", KunciPengaturan.PEMICU_PELATIHAN_JP),
  PERMINTAAN_ASN("Permintaan ASN sendiri", KunciPengaturan.PEMICU_PELATIHAN_PERMINTAAN_ASN),
  BKPSDM("Ditetapkan BKPSDM", KunciPengaturan.PEMICU_PELATIHAN_BKPSDM),
  /** The training chosen in an agreed pembinaan plan (process pembinaan-kinerja). */
  PEMBINAAN("Rencana pembinaan kinerja", KunciPengaturan.PEMICU_PELATIHAN_PEMBINAAN);

  private final String label;
  private final KunciPengaturan pengaturan;

  PemicuPelatihan(String label, KunciPengaturan pengaturan) {
    this.label = label;
    this.pengaturan = pengaturan;
  }

  public String label() { return label; }

  /** The YA/TIDAK setting that switches this trigger. */
  public KunciPengaturan pengaturan() { return pengaturan; }
}
