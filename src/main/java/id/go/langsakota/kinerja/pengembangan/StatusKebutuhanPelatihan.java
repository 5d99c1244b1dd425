package id.go.langsakota.kinerja.pengembangan;

/**
 * DIUSULKAN (proposals made, waiting for the assigner) → DITETAPKAN (the ASN does it) →
 * DILAPORKAN (certificate uploaded) → SELESAI (verified, JP credited) or DIKEMBALIKAN (back to
 * the ASN) → DILAPORKAN ...
 */
public enum StatusKebutuhanPelatihan {
  DIUSULKAN("Menunggu penetapan pelatihan"),
  DITETAPKAN("Pelatihan ditetapkan"),
  DILAPORKAN("Sertifikat diunggah, menunggu verifikasi"),
  DIKEMBALIKAN("Dikembalikan untuk diperbaiki"),
  SELESAI("Terverifikasi, JP dihitung");

  private final String label;

  StatusKebutuhanPelatihan(String label) {
    this.label = label;
  }

  public String label() { return label; }

  public boolean terbuka() {
    return this != SELESAI;
  }
}
