-- One uploaded evidence file belongs to one realisasi: the service checks it, this index makes
-- two concurrent reports that attach the same file fail instead of sharing it.
-- (NULLs, i.e. rows without a file, are not compared: allowed on H2, MySQL and MariaDB.)
CREATE UNIQUE INDEX uk_realisasi_bukti_dukung ON realisasi_indikator (bukti_dukung_id);
