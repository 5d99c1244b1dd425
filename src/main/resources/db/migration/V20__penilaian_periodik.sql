-- Penilaian periodik: one row per ASN per SKP per period (bulanan/triwulanan).
-- Written for both H2 and MySQL 8 / MariaDB 10.11.
CREATE TABLE penilaian_periodik (
  id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
  skp_id                    BIGINT       NOT NULL,
  nip                       VARCHAR(18)  NOT NULL,
  tahun                     INT          NOT NULL,
  periode_ke                INT          NOT NULL,
  tanggal_mulai             DATE         NOT NULL,
  tanggal_akhir             DATE         NOT NULL,
  status                    VARCHAR(30)  NOT NULL,
  catatan_mandiri           VARCHAR(4000),
  batas_lapor               TIMESTAMP,
  dilaporkan_pada           TIMESTAMP,
  terlambat_lapor           BOOLEAN      NOT NULL DEFAULT FALSE,
  saran_rating_hasil_kerja  VARCHAR(30),
  saran_rating_perilaku     VARCHAR(30),
  rating_hasil_kerja        VARCHAR(30),
  rating_perilaku           VARCHAR(30),
  alasan_rating_hasil_kerja VARCHAR(2000),
  alasan_rating_perilaku    VARCHAR(2000),
  id_pejabat_penilai        VARCHAR(64),
  batas_penilaian           TIMESTAMP,
  dinilai_pada              TIMESTAMP,
  terlambat_nilai           BOOLEAN      NOT NULL DEFAULT FALSE,
  predikat                  VARCHAR(30),
  process_instance_id       VARCHAR(64),
  versi                     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_penilaian_periodik UNIQUE (skp_id, periode_ke)
);
CREATE INDEX ix_penilaian_periodik_nip ON penilaian_periodik (nip, tahun);
