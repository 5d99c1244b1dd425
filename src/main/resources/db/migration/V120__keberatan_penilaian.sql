-- Keberatan (appeal) against the final annual result (PP 30/2019 Pasal 59), process
-- keberatan-penilaian. Written for both H2 and MySQL 8 / MariaDB 10.11.

-- The moment the ASN received the final annual result (terima-hasil-penilaian created): the
-- appeal window starts here. tanggal_diterima stays the moment the ASN accepted it.
ALTER TABLE skp ADD COLUMN tanggal_hasil_diterima TIMESTAMP;
-- True when the final ratings/predikat were changed by an appeal decision.
ALTER TABLE skp ADD COLUMN diubah_keberatan BOOLEAN DEFAULT FALSE NOT NULL;

-- One appeal per ASN per year: the database backs "filed twice" as well.
CREATE TABLE keberatan (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  skp_id                      BIGINT        NOT NULL,
  nip                         VARCHAR(18)   NOT NULL,
  tahun                       INT           NOT NULL,
  status                      VARCHAR(30)   NOT NULL,
  alasan                      VARCHAR(4000) NOT NULL,
  diajukan_oleh               VARCHAR(64)   NOT NULL,
  diajukan_pada               TIMESTAMP     NOT NULL,
  batas_pengajuan             TIMESTAMP     NOT NULL,
  batas_keputusan             TIMESTAMP     NOT NULL,
  dinilai_oleh                VARCHAR(64),
  rating_hasil_kerja_awal     VARCHAR(30)   NOT NULL,
  rating_perilaku_awal        VARCHAR(30)   NOT NULL,
  predikat_awal               VARCHAR(30)   NOT NULL,
  dieskalasi_pada             TIMESTAMP,
  rating_hasil_kerja_akhir    VARCHAR(30),
  alasan_hasil_kerja          VARCHAR(2000),
  rating_perilaku_akhir       VARCHAR(30),
  alasan_perilaku             VARCHAR(2000),
  predikat_akhir              VARCHAR(30),
  diputuskan_oleh             VARCHAR(64),
  diputuskan_pada             TIMESTAMP,
  dibaca_pada                 TIMESTAMP,
  process_instance_id         VARCHAR(64),
  versi                       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_keberatan_nip_tahun UNIQUE (nip, tahun),
  CONSTRAINT fk_keberatan_skp FOREIGN KEY (skp_id) REFERENCES skp (id)
);
CREATE INDEX ix_keberatan_tahun ON keberatan (tahun);

-- Evidence of an appeal: ids in the evidence store (/api/bukti-dukung). An upload referred to
-- here is attached, so the orphan cleaner keeps it.
CREATE TABLE bukti_keberatan (
  keberatan_id     BIGINT NOT NULL,
  bukti_dukung_id  BIGINT NOT NULL,
  CONSTRAINT pk_bukti_keberatan PRIMARY KEY (keberatan_id, bukti_dukung_id),
  CONSTRAINT fk_bukti_keberatan FOREIGN KEY (keberatan_id) REFERENCES keberatan (id),
  CONSTRAINT fk_bukti_keberatan_bukti FOREIGN KEY (bukti_dukung_id) REFERENCES bukti_dukung (id)
);
CREATE INDEX ix_bukti_keberatan_bukti ON bukti_keberatan (bukti_dukung_id);

-- A written explanation asked of the ASN or the pejabat penilai, with its deadline.
CREATE TABLE penjelasan_keberatan (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  keberatan_id    BIGINT        NOT NULL,
  pihak           VARCHAR(20)   NOT NULL,
  diminta_kepada  VARCHAR(64)   NOT NULL,
  pertanyaan      VARCHAR(2000) NOT NULL,
  diminta_oleh    VARCHAR(64)   NOT NULL,
  diminta_pada    TIMESTAMP     NOT NULL,
  batas           TIMESTAMP     NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  penjelasan      VARCHAR(4000),
  dijawab_oleh    VARCHAR(64),
  dijawab_pada    TIMESTAMP,
  CONSTRAINT fk_penjelasan_keberatan FOREIGN KEY (keberatan_id) REFERENCES keberatan (id)
);
CREATE INDEX ix_penjelasan_keberatan ON penjelasan_keberatan (keberatan_id);

-- Every step of an appeal: who, when, what, why.
CREATE TABLE langkah_keberatan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  keberatan_id  BIGINT        NOT NULL,
  jenis         VARCHAR(40)   NOT NULL,
  oleh          VARCHAR(64),
  pada          TIMESTAMP     NOT NULL,
  uraian        VARCHAR(2000) NOT NULL,
  alasan        VARCHAR(4000),
  CONSTRAINT fk_langkah_keberatan FOREIGN KEY (keberatan_id) REFERENCES keberatan (id)
);
CREATE INDEX ix_langkah_keberatan ON langkah_keberatan (keberatan_id, id);
