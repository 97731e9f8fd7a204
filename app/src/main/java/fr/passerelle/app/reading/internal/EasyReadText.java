package fr.passerelle.app.reading.internal;

import fr.passerelle.app.reading.EasyReadStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An easy-to-read version of a text owned by another feature. */
@Entity
@Table(name = "easy_read")
public class EasyReadText {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "owner_kind")
  private String ownerKind = "";

  @Column(name = "owner_id")
  private long ownerId;

  @Column(name = "class_id")
  private long classId;

  @Column(name = "school_id")
  private long schoolId;

  private String body = "";

  @Enumerated(EnumType.STRING)
  private EasyReadStatus status = EasyReadStatus.DRAFT;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "created_at")
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at")
  private Instant updatedAt = Instant.EPOCH;

  @Column(name = "reviewer_id")
  private @Nullable Long reviewerId;

  @Column(name = "reviewed_at")
  private @Nullable Instant reviewedAt;

  @Column(name = "review_comment")
  private @Nullable String reviewComment;

  protected EasyReadText() {}

  public EasyReadText(
      String ownerKind,
      long ownerId,
      long classId,
      long schoolId,
      String body,
      long authorId,
      Instant now) {
    this.ownerKind = ownerKind;
    this.ownerId = ownerId;
    this.classId = classId;
    this.schoolId = schoolId;
    this.body = body;
    this.authorId = authorId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public long getId() {
    if (id == null) {
      throw new IllegalStateException("Not saved yet");
    }
    return id;
  }

  public String getOwnerKind() {
    return ownerKind;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public long getClassId() {
    return classId;
  }

  public long getSchoolId() {
    return schoolId;
  }

  public String getBody() {
    return body;
  }

  public EasyReadStatus getStatus() {
    return status;
  }

  public long getAuthorId() {
    return authorId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public @Nullable Long getReviewerId() {
    return reviewerId;
  }

  public @Nullable Instant getReviewedAt() {
    return reviewedAt;
  }

  public @Nullable String getReviewComment() {
    return reviewComment;
  }

  public void edit(String newBody, Instant now) {
    body = newBody;
    status = EasyReadStatus.DRAFT;
    updatedAt = now;
  }

  public void submit(Instant now) {
    status = EasyReadStatus.SUBMITTED;
    updatedAt = now;
  }

  public void review(EasyReadStatus outcome, long reviewer, @Nullable String comment, Instant now) {
    status = outcome;
    reviewerId = reviewer;
    reviewComment = comment;
    reviewedAt = now;
    updatedAt = now;
  }
}
