package dk.planspor.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByAccountId(long accountId);

    Optional<Subscriber> findByUnsubscribeToken(String token);
}

interface FollowRepository extends JpaRepository<Follow, Long> {

    List<Follow> findBySubscriberOrderByCreatedAtDesc(Subscriber subscriber);

    boolean existsBySubscriberAndSubjectKindAndSubjectKey(Subscriber subscriber, SubjectKind kind, String key);

    @Query("select distinct f.subscriber from Follow f where f.subscriber.unsubscribedAt is null "
            + "and ((f.subjectKind = :kind and f.subjectKey in :keys) or (f.subjectKind = :also and f.subjectKey = :alsoKey))")
    List<Subscriber> followersOf(SubjectKind kind, Collection<String> keys, SubjectKind also, String alsoKey);
}
