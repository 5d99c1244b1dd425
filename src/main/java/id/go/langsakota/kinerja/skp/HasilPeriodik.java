package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.time.LocalDate;

/**
 * The outcome of one period of an SKP, as the annual assessment needs it (no rating yet: null).
 *
 * @param cara how the period was assessed when that was not the usual way ("susulan", "tidak
 *     dinilai"), else empty: a late start (KEBIJAKAN_PERIODE_TERLAMBAT)
 */
public record HasilPeriodik(int periodeKe, LocalDate tanggalMulai, LocalDate tanggalAkhir,
    Rating ratingHasilKerja, Rating ratingPerilaku, Predikat predikat, String cara) {}
