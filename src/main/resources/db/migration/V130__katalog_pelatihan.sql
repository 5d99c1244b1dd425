-- Katalog pelatihan (pengembangan kompetensi, PP 17/2020): what BKPSDM can assign. jenis:
-- KLASIKAL, E_LEARNING, COACHING, MENTORING, MAGANG, SEMINAR; jenis_kompetensi as PermenPANRB
-- 38/2017 names them (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL); nilai_berakhlak one of the 7 core
-- values (the Perilaku Kerja it builds) or NULL; moda LURING, DARING, CAMPURAN; biaya in Rupiah.
CREATE TABLE katalog_pelatihan (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode              VARCHAR(30)   NOT NULL,
  nama              VARCHAR(200)  NOT NULL,
  jenis             VARCHAR(20)   NOT NULL,
  jenis_kompetensi  VARCHAR(20)   NOT NULL,
  kompetensi        VARCHAR(200)  NOT NULL,
  nilai_berakhlak   VARCHAR(30),
  jp                INT           NOT NULL,
  penyelenggara     VARCHAR(200)  NOT NULL,
  moda              VARCHAR(20)   NOT NULL,
  biaya             DECIMAL(15,0) NOT NULL DEFAULT 0,
  aktif             BOOLEAN       NOT NULL DEFAULT TRUE,
  diubah_oleh       VARCHAR(64),
  diubah_pada       TIMESTAMP,
  versi             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_katalog_pelatihan_kode UNIQUE (kode),
  CONSTRAINT ck_katalog_pelatihan_jp CHECK (jp BETWEEN 1 AND 1000),
  CONSTRAINT ck_katalog_pelatihan_biaya CHECK (biaya >= 0)
);
