package fr.passerelle.app.liaison;

import java.util.List;

/**
 * A notice as its author sees it: how many families signed, who is missing, who signed and when,
 * the replies and the reminders sent; {@code yours} when the caller wrote it (and may remind).
 */
public record NoticeDetail(
    Notice notice,
    int signed,
    int families,
    List<MissingFamily> missing,
    List<Acknowledgement> acknowledgements,
    List<Reply> replies,
    List<Reminder> reminders,
    boolean yours) {}
