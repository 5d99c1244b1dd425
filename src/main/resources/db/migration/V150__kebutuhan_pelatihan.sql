-- Proses pengembangan-kompetensi: one training need of one ASN in a year (business key PK-<id>).
-- pemicu: PREDIKAT (final predikat Butuh Perbaikan or worse), BERAKHLAK (a core value Di Bawah
-- Ekspektasi), JP_KURANG (yearly JP check), PERMINTAAN_ASN, BKPSDM. kunci_terbuka is
-- nip|tahun|pemicu while the need is open and NULL once it is closed: the unique index refuses a
-- second open need of the same kind (NULLs do not collide in H2 nor MySQL). The assigned training
-- itself (schedule, certificate, verification, JP) is a row of pengembangan_kompetensi
-- (pengembangan_id), so verified JP count in the existing JP register and report.
CREATE TABLE kebutuhan_pelatihan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip                VARCHAR(18)   NOT NULL,
  tahun              INT           NOT NULL,
  pemicu             VARCHAR(20)   NOT NULL,
  kesenjangan        VARCHAR(500)  NOT NULL,
  nilai_berakhlak    VARCHAR(30),
  jenis_diminta      VARCHAR(20),
  kekurangan_jp      INT,
  status             VARCHAR(20)   NOT NULL,
  kunci_terbuka      VARCHAR(80),
  penetap_nip        VARCHAR(64),
  katalog_id         BIGINT,
  tanggal_mulai      DATE,
  tanggal_selesai    DATE,
  batas_lapor        DATE,
  ditetapkan_oleh    VARCHAR(64),
  ditetapkan_pada    TIMESTAMP,
  catatan_penetapan  VARCHAR(1000),
  pengembangan_id    BIGINT,
  jp_dikreditkan     INT,
  pengingat_pada     TIMESTAMP,
  terlambat_pada     TIMESTAMP,
  process_instance_id VARCHAR(64),
  dibuat_oleh        VARCHAR(64)   NOT NULL,
  dibuat_pada        TIMESTAMP     NOT NULL,
  selesai_pada       TIMESTAMP,
  versi              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_kebutuhan_pelatihan_katalog FOREIGN KEY (katalog_id) REFERENCES katalog_pelatihan (id),
  CONSTRAINT fk_kebutuhan_pelatihan_pengembangan FOREIGN KEY (pengembangan_id) REFERENCES pengembangan_kompetensi (id)
);
CREATE UNIQUE INDEX uk_kebutuhan_pelatihan_terbuka ON kebutuhan_pelatihan (kunci_terbuka);
CREATE INDEX ix_kebutuhan_pelatihan_nip ON kebutuhan_pelatihan (nip, tahun, pemicu);
CREATE INDEX ix_kebutuhan_pelatihan_status ON kebutuhan_pelatihan (status, terlambat_pada);

-- The proposals of the ranking delegate, best first, each with the reason shown to the assigner.
CREATE TABLE usulan_pelatihan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kebutuhan_id  BIGINT        NOT NULL,
  katalog_id    BIGINT        NOT NULL,
  peringkat     INT           NOT NULL,
  skor          INT           NOT NULL,
  alasan        VARCHAR(500)  NOT NULL,
  CONSTRAINT fk_usulan_pelatihan_kebutuhan FOREIGN KEY (kebutuhan_id) REFERENCES kebutuhan_pelatihan (id),
  CONSTRAINT fk_usulan_pelatihan_katalog FOREIGN KEY (katalog_id) REFERENCES katalog_pelatihan (id),
  CONSTRAINT uk_usulan_pelatihan UNIQUE (kebutuhan_id, peringkat)
);

-- What happened to a need, in order (assigned, reported, returned with its note, verified, late...).
CREATE TABLE langkah_kebutuhan_pelatihan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kebutuhan_id  BIGINT        NOT NULL,
  jenis         VARCHAR(30)   NOT NULL,
  oleh          VARCHAR(64),
  pada          TIMESTAMP     NOT NULL,
  catatan       VARCHAR(1000),
  CONSTRAINT fk_langkah_kebutuhan_pelatihan FOREIGN KEY (kebutuhan_id) REFERENCES kebutuhan_pelatihan (id)
);
CREATE INDEX ix_langkah_kebutuhan_pelatihan ON langkah_kebutuhan_pelatihan (kebutuhan_id, id);
