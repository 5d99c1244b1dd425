package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import java.math.BigDecimal;

/** A checked catalogue entry (see {@link PemeriksaKatalogPelatihan}): every value valid. */
public record DataKatalogPelatihan(String kode, String nama, JenisPelatihan jenis,
    JenisKompetensi jenisKompetensi, String kompetensi, NilaiBerakhlak nilaiBerakhlak, int jp,
    String penyelenggara, ModaPelatihan moda, BigDecimal biaya, boolean aktif) {}
