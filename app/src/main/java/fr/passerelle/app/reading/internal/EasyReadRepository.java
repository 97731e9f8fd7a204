package fr.passerelle.app.reading.internal;

import fr.passerelle.app.reading.EasyReadStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EasyReadRepository extends JpaRepository<EasyReadText, Long> {

  Optional<EasyReadText>
      findFirstByOwnerKindAndOwnerIdAndClassIdAndStatusOrderByReviewedAtDescIdDesc(
          String ownerKind, long ownerId, long classId, EasyReadStatus status);

  List<EasyReadText> findByOwnerKindAndOwnerIdAndClassIdOrderByIdDesc(
      String ownerKind, long ownerId, long classId);

  List<EasyReadText> findBySchoolIdAndStatusAndAuthorIdNotOrderByUpdatedAtAscIdAsc(
      long schoolId, EasyReadStatus status, long authorId, Pageable page);

  long countBySchoolIdAndStatusAndAuthorIdNot(long schoolId, EasyReadStatus status, long authorId);

  List<EasyReadText> findByAuthorIdOrderByUpdatedAtDescIdDesc(long authorId, Pageable page);

  long countByAuthorId(long authorId);
}
