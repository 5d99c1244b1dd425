package id.go.langsakota.kinerja.penilaian;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BuktiDukungRepository extends JpaRepository<BuktiDukung, Long> {}
