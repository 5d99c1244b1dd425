package id.go.langsakota.kinerja.disiplin;

import java.time.LocalDate;

/** A checked hukuman disiplin (see {@link PemeriksaHukumanDisiplin}). */
public record DataHukumanDisiplin(String nip, JenisHukumanDisiplin jenis, LocalDate tmtMulai,
    LocalDate tmtSelesai, String nomorKeputusan, LocalDate tanggalKeputusan, String keterangan) {}
