package fr.passerelle.app.liaison;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A posted notice.
 *
 * @param audience who it is for, in words: the class's name and school, or the school's name
 * @param someFamilies whether it went to some families of the class only
 */
public record Notice(
    long id,
    long schoolId,
    @Nullable Long classId,
    String audience,
    String title,
    String text,
    boolean repliesAllowed,
    boolean someFamilies,
    String authorName,
    Instant postedAt) {}
