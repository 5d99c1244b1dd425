package id.go.langsakota.kinerja.kalibrasi;

import java.math.BigDecimal;

/**
 * The proposed Predikat Kinerja Organisasi from the OPD's annual capaian: the first band whose
 * lower bound (configurable, local policy) the capaian reaches. A proposal only: people decide.
 */
public final class SaranPredikatOrganisasi {

  private SaranPredikatOrganisasi() {}

  /**
   * @param ambangIstimewa capaian from which ISTIMEWA is proposed (default 110)
   * @param ambangBaik from which BAIK (default 90)
   * @param ambangButuhPerbaikan from which BUTUH_PERBAIKAN (default 70)
   * @param ambangKurang from which KURANG (default 50); below it SANGAT_KURANG
   */
  public static PredikatOrganisasi saran(BigDecimal capaian, BigDecimal ambangIstimewa,
      BigDecimal ambangBaik, BigDecimal ambangButuhPerbaikan, BigDecimal ambangKurang) {
    if (capaian == null) {
      return null;
    }
    if (capaian.compareTo(ambangIstimewa) >= 0) {
      return PredikatOrganisasi.ISTIMEWA;
    }
    if (capaian.compareTo(ambangBaik) >= 0) {
      return PredikatOrganisasi.BAIK;
    }
    if (capaian.compareTo(ambangButuhPerbaikan) >= 0) {
      return PredikatOrganisasi.BUTUH_PERBAIKAN;
    }
    if (capaian.compareTo(ambangKurang) >= 0) {
      return PredikatOrganisasi.KURANG;
    }
    return PredikatOrganisasi.SANGAT_KURANG;
  }
}
