-- Hukuman disiplin PNS (PP 94/2021) in the register: jenis (Pasal 8) with its tingkat RINGAN,
-- SEDANG or BERAT, the period it runs (tmt_selesai NULL: a one-off such as a teguran, or an
-- indefinite one such as pemberhentian) and the decree (nomor and tanggal keputusan).
CREATE TABLE hukuman_disiplin (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip                 VARCHAR(18)   NOT NULL,
  jenis               VARCHAR(60)   NOT NULL,
  tingkat             VARCHAR(10)   NOT NULL,
  tmt_mulai           DATE          NOT NULL,
  tmt_selesai         DATE,
  nomor_keputusan     VARCHAR(100)  NOT NULL,
  tanggal_keputusan   DATE          NOT NULL,
  keterangan          VARCHAR(1000),
  diubah_oleh         VARCHAR(64),
  diubah_pada         TIMESTAMP,
  versi               BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_hukuman_disiplin_keputusan UNIQUE (nip, nomor_keputusan),
  CONSTRAINT ck_hukuman_disiplin_tanggal CHECK (tmt_selesai IS NULL OR tmt_selesai >= tmt_mulai)
);
CREATE INDEX ix_hukuman_disiplin_nip ON hukuman_disiplin (nip, tmt_mulai);
