package fr.passerelle.filtering;

import java.time.Instant;

/**
 * What is asked: from which client address and/or school, for which class if known, which URL and
 * when. The school is found from the client's network when not given.
 */
public record Request(String client, Long schoolId, Long classId, String url, Instant time) {}
