package id.go.langsakota.kinerja.skp;

import java.time.LocalDate;

/**
 * One penilaian periodik of an SKP. {@code periodeKe} is the calendar month (1–12) or quarter
 * (1–4), so a partial-year SKP keeps the same numbers (and business keys) as a full one.
 */
public record Periode(int periodeKe, LocalDate mulai, LocalDate akhir) {}
