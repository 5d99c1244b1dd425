package id.go.langsakota.kinerja.skp;

import java.math.BigDecimal;
import java.util.List;

/** A checked RHK row of the susun-skp form. {@code rhkAtasan} is "RHK:<id>" or "PK:<id>". */
public record RhkMasukan(JenisRhk jenis, String uraian, String rhkAtasan,
    List<IndikatorMasukan> indikator) {

  public record IndikatorMasukan(AspekIndikator aspek, String uraian, BigDecimal target,
      String satuan, ArahIndikator arah) {}
}
