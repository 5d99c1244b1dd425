-- Capaian kinerja organisasi per OPD (DOMAIN.md §3: the head of an OPD is rated by the unit's
-- capaian). periode_ke = 0 is the annual figure: NOT NULL on purpose, because MySQL lets a
-- UNIQUE key hold any number of rows with NULL in it, which would allow duplicate annual rows.
CREATE TABLE capaian_kinerja_organisasi (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode_opd      VARCHAR(20)   NOT NULL,
  tahun         INT           NOT NULL,
  periode_ke    INT           NOT NULL,
  capaian       DECIMAL(7,2)  NOT NULL,
  keterangan    VARCHAR(1000),
  dicatat_oleh  VARCHAR(64)   NOT NULL,
  dicatat_pada  TIMESTAMP     NOT NULL,
  versi         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_capaian_kinerja_organisasi UNIQUE (kode_opd, tahun, periode_ke)
);

-- Which basis the suggested Rating Hasil Kerja came from: CAPAIAN_ORGANISASI or INDIKATOR
-- (periodic: the indicators of the SKP; annual: the periodic ratings).
ALTER TABLE penilaian_periodik ADD COLUMN dasar_saran_rating_hasil_kerja VARCHAR(30);
-- The OPD figure the suggestion came from (CAPAIAN_ORGANISASI only), shown to the supervisor.
ALTER TABLE penilaian_periodik ADD COLUMN capaian_organisasi DECIMAL(7,2);
ALTER TABLE skp ADD COLUMN dasar_saran_rating_hasil_kerja VARCHAR(30);
